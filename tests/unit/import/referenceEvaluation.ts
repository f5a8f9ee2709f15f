import fs from 'node:fs';
import path from 'node:path';
import { proposeImport } from '../../../electron/core/import/proposeImport.js';
import { UNSORTED } from '../../../shared/import/types.js';
import { shippedTemplate } from '../../fixtures/shippedTemplate.js';
import { ENGLAND } from './helpers.js';

/**
 * Scores the importer against labelled strategies: the published ones kept
 * beside the checkout (`../shared/reference/strategies`), when they are
 * there, and the ones written for these tests (`tests/fixtures/import-strategies`),
 * which the cues were not tuned on. For each heading the answer file lists:
 * is it found, and did it go to its section or to an accepted alternative?
 */

export const REFERENCE_DIR = path.resolve(__dirname, '../../../../shared/reference/strategies');
export const OWN_STRATEGIES_DIR = path.resolve(__dirname, '../../fixtures/import-strategies');
/**
 * Each written after the cues were last changed and scored before any change
 * was made for it (the figures are in the commit messages); the broad fixes
 * its misses led to make it a regression set, no longer unseen.
 */
export const HELD_OUT_DIR = path.join(OWN_STRATEGIES_DIR, 'held-out');
/**
 * Written after a change to the cues and the classifier and scored before
 * any change was made for them: the honest figure for strategies import has
 * not seen. The four here before session 8 (hollinsbay, millbrook, oakridge,
 * westfold) had their misses fixed as classes then, and so did the four
 * written blind early in session 8 (ashwick-down, calderbrook, kingsmere,
 * llanfeirion) once they had been measured: they now measure only as well
 * as the held-out set. The unseen figure is the blind set's.
 */
export const UNSEEN_DIR = path.join(OWN_STRATEGIES_DIR, 'unseen');
/**
 * Written blind (labels committed before anything of ours ran on them) and
 * measured with no change made for them: the honest unseen figure is
 * printed from here. Set 7 was written late in session 10 and measured on
 * its final code. Sets 5 and 6, measured honestly earlier in that session
 * and tuned on since, print with the earlier blind sets.
 */
export const BLIND_SETS = ['blind7'];
export const BLIND_DIRS = BLIND_SETS.map((set) => path.join(OWN_STRATEGIES_DIR, set));
export const EARLIER_BLIND_DIRS = ['blind3', 'blind4', 'blind5', 'blind6'].map((set) => path.join(OWN_STRATEGIES_DIR, set));
/**
 * The blind sets no test reads: no test holds a floor on them (a floor on
 * files nobody has tuned on would make their first honest measurement a
 * failing build), and the tests that read every fixture (reader outputs,
 * HTML cases) were written before them, so a new set is added here and
 * touches no test.
 */
export const SETS_NO_TEST_READS = ['blind5', 'blind6', ...BLIND_SETS];

interface ExpectedHeading {
  text: string;
  section: string;
  accept?: string[];
}

/** What a reviewer says of a canonical section after reading the file: it is there (under some heading) or it is not. */
export type SectionVerdict = 'present' | 'absent';

/**
 * A labelled strategy. `sections` (optional, so older answer files still
 * load) gives the reviewer's verdict for the pack's sections the file
 * decides, and for "unsorted": whether anything in it fits no section.
 */
interface AnswerFile {
  /** The pack an officer would import the strategy into (a Scottish plan into Scotland's); England's when absent. */
  template?: string;
  headings: ExpectedHeading[];
  sections?: Record<string, SectionVerdict>;
}

export interface VerdictResult {
  section: string;
  expected: SectionVerdict;
  got: SectionVerdict;
}

export interface HeadingResult {
  text: string;
  expected: string[];
  got: string | null;
  right: boolean;
}

export interface DocumentScore {
  file: string;
  right: number;
  total: number;
  accuracy: number;
  misses: HeadingResult[];
  extraHeadings: string[];
  /** Headings that open a chapter (no labelled heading above them), right of all of them. */
  topRight: number;
  topTotal: number;
  /** Section verdicts as import leaves them, against the reviewer's; none when the answer file has no `sections`. */
  verdictsAgreeing: number;
  verdicts: VerdictResult[];
}

const normalise = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** The labelled strategies in `dir`: each `NAME.headings.json` with the files beside it (`NAME.docx`, `.md`, `.txt`). */
export function labelledStrategies(dir: string): { name: string; files: string[] }[] {
  if (!fs.existsSync(dir)) return [];
  const entries = fs.readdirSync(dir).sort();
  return entries
    .filter((file) => file.endsWith('.headings.json'))
    .map((file) => file.replace(/\.headings\.json$/, ''))
    .map((name) => ({ name, files: entries.filter((file) => file.startsWith(`${name}.`) && /\.(docx|md|txt)$/.test(file)) }));
}

export function referenceNames(): string[] {
  return labelledStrategies(REFERENCE_DIR).map((strategy) => strategy.name);
}

export async function scoreReference(name: string, extension: 'docx' | 'md' | 'txt'): Promise<DocumentScore> {
  return scoreStrategy(REFERENCE_DIR, name, `${name}.${extension}`);
}

export async function scoreStrategy(dir: string, name: string, file: string): Promise<DocumentScore> {
  const answers = JSON.parse(fs.readFileSync(path.join(dir, `${name}.headings.json`), 'utf8')) as AnswerFile;
  const expected = answers.headings;
  const labelled = new Set(expected.map((heading) => normalise(heading.text)));
  const proposal = await proposeImport({ name: file, bytes: new Uint8Array(fs.readFileSync(path.join(dir, file))) }, { template: answers.template === undefined ? ENGLAND : shippedTemplate(answers.template) });
  const found = proposal.parts
    .filter((part) => part.heading !== null)
    .map((part) => {
      const parent = part.parentIndex === null ? null : proposal.parts[part.parentIndex]?.heading;
      // A heading is top-level when nothing labelled sits above it: a title heading ("# Oakridge Council") over the chapters is not a chapter.
      const top = parent == null || !labelled.has(normalise(parent.text));
      return { key: normalise(part.heading?.text ?? ''), section: part.section, top, used: false };
    });
  const results = expected.map((heading): HeadingResult & { top: boolean } => {
    const accepted = [heading.section, ...(heading.accept ?? [])];
    const match = found.find((candidate) => !candidate.used && candidate.key === normalise(heading.text));
    if (match) match.used = true;
    const got = match ? match.section : null;
    // A heading import did not find counts as a missed chapter: it may well have been one.
    return { text: heading.text, expected: accepted, got, right: got !== null && accepted.includes(got === UNSORTED ? 'unsorted' : got), top: match?.top ?? true };
  });
  const right = results.filter((result) => result.right).length;
  const top = results.filter((result) => result.top);
  const verdicts = Object.entries(answers.sections ?? {}).map(([section, verdict]): VerdictResult => {
    return { section, expected: verdict, got: proposal.parts.some((part) => part.heading !== null && part.section === section) ? 'present' : 'absent' };
  });
  return {
    file,
    right,
    total: results.length,
    accuracy: results.length === 0 ? 1 : right / results.length,
    misses: results.filter((result) => !result.right).map(({ top: _top, ...miss }) => miss),
    extraHeadings: found.filter((candidate) => !candidate.used).map((candidate) => candidate.key),
    topRight: top.filter((result) => result.right).length,
    topTotal: top.length,
    verdictsAgreeing: verdicts.filter((verdict) => verdict.expected === verdict.got).length,
    verdicts,
  };
}
