import './esmBuilds.js';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { choicesFromProposal } from '../electron/core/import/choices.js';
import { createCore, type Core } from '../electron/core/createCore.js';
import { dispatch } from '../shared/api/dispatch.js';
import type { CompletenessReport, Finding } from '../shared/completeness/types.js';
import { docFromJSON } from '../shared/model/docJson.js';
import type { Draft } from '../shared/model/draft.js';

/**
 * How often the completeness check is right, on published strategies read
 * as an officer would bring them in: each reference strategy beside the
 * checkout (../shared/reference/strategies) is imported through the app's
 * own API (propose, accept the proposal as it stands, apply into a new draft
 * with the shipped pack) and checked; so are variations of it made here
 * (sections reordered, headings in a house style, a section removed,
 * paragraphs numbered), and strategies written for this bench in words of
 * their own (bench/fixtures/checker/: renamed and reordered headings, a
 * house style in capitals with numbered paragraphs, sections left out, a
 * strategy from before the 2017 Act), read as they are. Each warning and error is compared with the labels
 * in checker-labels.json, written by reading the strategies: every finding
 * the app raised, judged right or wrong, and the findings a careful reviewer
 * would raise that it missed.
 *
 * Precision: judged findings that are right / judged findings raised.
 * Recall: reviewer findings raised / reviewer findings (those whose words
 * are still in the variation). A finding no label covers is listed as
 * unjudged and left out of both, so a new kind of finding is seen, not
 * silently scored.
 *
 * The rules have no fitted parameters; what can over-fit is the person
 * tuning them. So the figures are printed leave-one-strategy-out: for each
 * strategy, its own figures (as if it were the unseen one) beside the
 * pooled figures of the others, and `--held-out NAME` prints only the
 * strategy a change was not tuned on.
 */

const REFERENCE_DIR = path.resolve(__dirname, '../../shared/reference/strategies');
const LABELS_FILE = path.resolve(__dirname, 'checker-labels.json');
/** Strategies written for the bench, in the repository, so they are measured even without ../shared. */
const OWN_DIR = path.resolve(__dirname, 'fixtures/checker');
const TEMPLATES_DIR = path.resolve(__dirname, '../templates');
/** The pack a strategy is checked with unless the labels name its nation's own: an officer picks the template before importing. */
const DEFAULT_TEMPLATE_ID = 'england-strategy';
/** Info findings are hints, not claims; the reviewer judged warnings and errors. */
const JUDGED_SEVERITIES = new Set(['warning', 'error']);
/** Characters either side of a finding's text in which its label's quote is looked for. */
const EXCERPT_REACH = 120;

interface Label {
  rule: string;
  /** For findings about a whole section (no location): the section it is reported in. */
  section?: string;
  /** A few words of the text the finding points at, for findings with a location. */
  quote?: string;
  /** For a section finding whose verdict depends on the variation: words that must be (or, with `absent`, must not be) in its text for the label to apply. */
  when?: { present?: string; absent?: string };
  right: boolean;
  why: string;
  /** Written after the app had run on the strategy, to judge a finding the blind labels did not foresee: it counts for precision, not for the blind recall. */
  labelledAfterRun?: boolean;
}

interface LabelFile {
  strategies: Record<string, Label[]>;
  /** The pack each strategy of another nation is imported into, by strategy name. */
  templates?: Record<string, string>;
}

interface Variation {
  name: string;
  file: { name: string; bytes: Uint8Array };
  /** The variation's text, to tell which labels still apply (a removed section takes its findings with it). */
  text: string;
}

interface Tally {
  raisedRight: number;
  raisedWrong: number;
  unjudged: string[];
  expected: number;
  found: number;
  /** Recall on the labels written before the app ran (a reviewer's findings chosen without seeing ours). */
  blindExpected: number;
  blindFound: number;
  missed: string[];
  wrong: string[];
  /** Per rule: judged findings raised, and how many of them were right. */
  byRule: Map<string, { raised: number; right: number }>;
}

const emptyTally = (): Tally => ({ raisedRight: 0, raisedWrong: 0, unjudged: [], expected: 0, found: 0, blindExpected: 0, blindFound: 0, missed: [], wrong: [], byRule: new Map() });

/** "board-tor.quorum" is counted with the other "board-tor" checks; document rules stand alone. */
const ruleFamily = (rule: string): string => rule.split('.')[0] ?? rule;

function countRule(tally: Tally, rule: string, right: boolean, times = 1): void {
  const entry = tally.byRule.get(rule) ?? { raised: 0, right: 0 };
  entry.raised += times;
  if (right) entry.right += times;
  tally.byRule.set(rule, entry);
}

function add(into: Tally, from: Tally): void {
  into.raisedRight += from.raisedRight;
  into.raisedWrong += from.raisedWrong;
  into.expected += from.expected;
  into.found += from.found;
  into.blindExpected += from.blindExpected;
  into.blindFound += from.blindFound;
  into.unjudged.push(...from.unjudged);
  into.missed.push(...from.missed);
  into.wrong.push(...from.wrong);
  for (const [rule, entry] of from.byRule) {
    countRule(into, rule, false, entry.raised - entry.right);
    countRule(into, rule, true, entry.right);
  }
}

const ratio = (part: number, whole: number): string => (whole === 0 ? '  n/a' : `${((100 * part) / whole).toFixed(0).padStart(4)}%`);

function describe(tally: Tally): string {
  const raised = tally.raisedRight + tally.raisedWrong;
  return `precision ${ratio(tally.raisedRight, raised)} (${tally.raisedRight}/${raised})  recall ${ratio(tally.found, tally.expected)} (${tally.found}/${tally.expected})  blind recall ${ratio(tally.blindFound, tally.blindExpected)} (${tally.blindFound}/${tally.blindExpected})  unjudged ${tally.unjudged.length}`;
}

async function call<T>(core: Core, method: string, payload: unknown): Promise<T> {
  const result = await dispatch(core.handlers, method, payload);
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  return result.value as T;
}

async function importAndCheck(core: Core, templateId: string, file: { name: string; bytes: Uint8Array }): Promise<{ draft: Draft; report: CompletenessReport }> {
  const proposal = await call<{ parts: unknown[] }>(core, 'import.propose', { fileName: file.name, dataBase64: Buffer.from(file.bytes).toString('base64'), templateId });
  const created = await call<Draft>(core, 'import.apply', { templateId, proposal, choices: choicesFromProposal(proposal as never) });
  const report = await call<CompletenessReport>(core, 'drafts.check', { id: created.id });
  const draft = await call<Draft>(core, 'drafts.open', { id: created.id });
  return { draft, report };
}

/** The words around a finding, as the officer sees them highlighted, in which a label's quote must appear. */
type Excerpt = [before: string, marked: string, after: string];

function excerptOf(draft: Draft, finding: Finding): Excerpt | undefined {
  const section = draft.sections.find((candidate) => candidate.id === finding.section);
  if (!section || !finding.location) return undefined;
  const parsed = docFromJSON(section.doc);
  if (!parsed.ok) return undefined;
  const doc = parsed.doc;
  const from = Math.max(0, finding.location.from - EXCERPT_REACH);
  const to = Math.min(doc.content.size, finding.location.to + EXCERPT_REACH);
  return [doc.textBetween(from, finding.location.from, ' '), doc.textBetween(finding.location.from, finding.location.to, ' '), doc.textBetween(finding.location.to, to, ' ')];
}

const squash = (text: string): string => text.replace(/\s+/g, ' ').toLowerCase();

/**
 * The label of a finding: same rule (or, for a section rule, same rule
 * id), then for a located finding the label whose quote is the highlighted
 * text or lies in its sentence, nearest first; for a section finding the
 * label of that section. A reviewer who labels a defect of the whole
 * section ("no measure has an owner") judges the first located finding of
 * that rule there too, but only the first: `taken` holds the section labels
 * already given to a located finding, so one label never counts twice.
 */
function labelFor(labels: readonly Label[], finding: Finding, excerpt: Excerpt | undefined, taken: Set<Label>): Label | undefined {
  const candidates = labels.filter((label) => label.rule === finding.rule);
  const sectionLabel = (label: Label): boolean => label.quote === undefined && (label.section === undefined || label.section === finding.section);
  if (excerpt === undefined) return candidates.find(sectionLabel);
  const [before, marked, after] = excerpt.map(squash) as Excerpt;
  const quoted = candidates.filter((label) => label.quote !== undefined);
  const byQuote =
    quoted.find((label) => marked.includes(squash(label.quote ?? ''))) ??
    quoted.find((label) => `${before.slice(-40)}${marked}${after.slice(0, 40)}`.includes(squash(label.quote ?? ''))) ??
    quoted.find((label) => `${before}${marked}${after}`.includes(squash(label.quote ?? '')));
  if (byQuote) return byQuote;
  const bySection = candidates.find((label) => label.section !== undefined && sectionLabel(label) && !taken.has(label));
  if (bySection) taken.add(bySection);
  return bySection;
}

function score(labels: readonly Label[], variation: Variation, draft: Draft, report: CompletenessReport): Tally {
  const tally = emptyTally();
  // Inline HTML and emphasis marks in the Markdown are not words the reader sees; a quote loses them too, so "A*-C" is still found.
  const readable = (words: string): string => squash(words.replace(/<[^>]+>|\*+/g, ''));
  const text = readable(variation.text);
  const holds = (label: Label): boolean =>
    (label.when?.present === undefined || text.includes(readable(label.when.present))) && (label.when?.absent === undefined || !text.includes(readable(label.when.absent)));
  const applicable = labels.filter((label) => (label.quote === undefined || text.includes(readable(label.quote))) && holds(label));
  const raisedLabels = new Set<Label>();
  const sectionLabelsTaken = new Set<Label>();
  for (const finding of report.findings) {
    if (!JUDGED_SEVERITIES.has(finding.severity)) continue;
    const excerpt = excerptOf(draft, finding);
    const label = labelFor(applicable, finding, excerpt, sectionLabelsTaken);
    const where = `${variation.name} ${finding.section} ${finding.rule}${excerpt === undefined ? '' : ` "${excerpt[1]}"`}`;
    if (!label) {
      tally.unjudged.push(where);
      continue;
    }
    raisedLabels.add(label);
    countRule(tally, ruleFamily(finding.rule), label.right);
    if (label.right) tally.raisedRight += 1;
    else {
      tally.raisedWrong += 1;
      tally.wrong.push(`${where}: ${label.why}`);
    }
  }
  for (const label of applicable.filter((candidate) => candidate.right)) {
    const found = raisedLabels.has(label);
    tally.expected += 1;
    if (found) tally.found += 1;
    else tally.missed.push(`${variation.name} ${label.section ?? ''} ${label.rule} ${label.quote ?? ''}: ${label.why}`);
    if (label.labelledAfterRun !== true) {
      tally.blindExpected += 1;
      if (found) tally.blindFound += 1;
    }
  }
  return tally;
}

/** Top-level parts of a Markdown text: what comes before the first "# " heading, then one chunk per "# " heading. */
function topLevelChunks(markdown: string): { preamble: string; chunks: string[] } {
  const pieces = markdown.split(/^(?=# )/m);
  const first = pieces[0] ?? '';
  return first.startsWith('# ') ? { preamble: '', chunks: pieces } : { preamble: first, chunks: pieces.slice(1) };
}

/** Variations an officer's own document might show, made from the published text without changing its sentences. */
function variationsOf(name: string, docx: Uint8Array, markdown: string): Variation[] {
  const { preamble, chunks } = topLevelChunks(markdown);
  const markdownFile = (suffix: string, text: string): Variation => ({ name: `${name} ${suffix}`, file: { name: `${name}-${suffix}.md`, bytes: new TextEncoder().encode(text) }, text });
  const reordered = [preamble, ...[...chunks].reverse()].join('\n');
  const houseStyle = markdown.replace(/^(#{1,3}) +(?:\d+(?:\.\d+)*\.?\s+)?(.+)$/gm, (_line, hashes: string, title: string) => `${hashes} ${title.toUpperCase()}`);
  const removed = [preamble, ...chunks.filter((_chunk, index) => index !== 2)].join('\n');
  let chapter = 0;
  let paragraph = 0;
  const numbered = markdown
    .split('\n')
    .map((line, index, lines) => {
      if (/^# /.test(line)) {
        chapter += 1;
        paragraph = 0;
        return line;
      }
      // Only a paragraph's first line takes a number; lists, tables, quotes and numbered lines keep theirs.
      const startsParagraph = (lines[index - 1] ?? '').trim() === '';
      if (chapter === 0 || !startsParagraph || line.trim() === '' || /^(?:#|\s*[-*+>|]|\s*\d+(?:\.\d+)*[.)]?\s)/.test(line)) return line;
      paragraph += 1;
      return `${chapter}.${paragraph} ${line}`;
    })
    .join('\n');
  return [
    { name: `${name} docx`, file: { name: `${name}.docx`, bytes: docx }, text: markdown },
    markdownFile('reordered', reordered),
    markdownFile('house-style', houseStyle),
    markdownFile('section-removed', removed),
    markdownFile('numbered-paragraphs', numbered),
  ];
}

function referenceVariations(name: string): Variation[] {
  const docx = new Uint8Array(fs.readFileSync(path.join(REFERENCE_DIR, `${name}.docx`)));
  return variationsOf(name, docx, fs.readFileSync(path.join(REFERENCE_DIR, `${name}.md`), 'utf8'));
}

/** The file a strategy written for the bench is kept in: Markdown, or text pasted from a PDF. */
const ownFileName = (name: string): string | undefined => [`${name}.md`, `${name}.txt`].find((file) => fs.existsSync(path.join(OWN_DIR, file)));

/** A strategy written for the bench is already a variation (its own headings, order and house style): it is read as it is. */
function ownStrategy(name: string): Variation {
  const fileName = ownFileName(name) ?? `${name}.md`;
  const text = fs.readFileSync(path.join(OWN_DIR, fileName), 'utf8');
  return { name: `${name} own`, file: { name: fileName, bytes: new TextEncoder().encode(text) }, text };
}

async function main(): Promise<void> {
  if (!fs.existsSync(REFERENCE_DIR)) console.log(`checker bench: the reference strategies are not here (${REFERENCE_DIR}, from ../shared); measuring the bench's own strategies only.`);
  const labelFile = JSON.parse(fs.readFileSync(LABELS_FILE, 'utf8')) as LabelFile;
  const labels = labelFile.strategies;
  const heldOut = process.argv.includes('--held-out') ? process.argv[process.argv.indexOf('--held-out') + 1] : undefined;
  const verbose = process.argv.includes('--verbose');
  const isReference = (name: string): boolean => fs.existsSync(path.join(REFERENCE_DIR, `${name}.docx`));
  const isOwn = (name: string): boolean => ownFileName(name) !== undefined;
  const names = Object.keys(labels)
    .filter((name) => isReference(name) || isOwn(name))
    .sort();
  const perStrategy = new Map<string, Tally>();
  for (const name of names) {
    // A library is one council's: the local names an import fills in for one strategy must not be another council's.
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'checker-bench-'));
    const core = createCore({ dataDir, templatesDir: TEMPLATES_DIR });
    try {
      const total = emptyTally();
      for (const variation of isReference(name) ? referenceVariations(name) : [ownStrategy(name)]) {
        const { draft, report } = await importAndCheck(core, labelFile.templates?.[name] ?? DEFAULT_TEMPLATE_ID, variation.file);
        const tally = score(labels[name] ?? [], variation, draft, report);
        console.log(`  ${variation.name.padEnd(42)} ${describe(tally)}`);
        add(total, tally);
      }
      perStrategy.set(name, total);
    } finally {
      core.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  }

  console.log('\nLeave one strategy out (figures of the strategy left out, beside the others pooled):');
  for (const name of names) {
    if (heldOut !== undefined && name !== heldOut) continue;
    const own = perStrategy.get(name) ?? emptyTally();
    const others = emptyTally();
    for (const [other, tally] of perStrategy) if (other !== name) add(others, tally);
    console.log(`  held out ${name.padEnd(22)} ${describe(own)}`);
    console.log(`  ${'the others'.padEnd(31)} ${describe(others)}`);
    if (verbose) {
      for (const [rule, entry] of [...own.byRule].sort(([a], [b]) => a.localeCompare(b))) console.log(`    rule ${rule.padEnd(26)} ${ratio(entry.right, entry.raised)} (${entry.right}/${entry.raised})`);
      for (const line of own.wrong) console.log(`    wrong:    ${line}`);
      for (const line of own.missed) console.log(`    missed:   ${line}`);
      for (const line of own.unjudged) console.log(`    unjudged: ${line}`);
    }
  }
  const all = emptyTally();
  for (const tally of perStrategy.values()) add(all, tally);
  console.log(`\nAll ${names.length} strategies and their variations: ${describe(all)}`);
  console.log('Precision per rule (all strategies and variations):');
  for (const [rule, entry] of [...all.byRule].sort(([a], [b]) => a.localeCompare(b))) {
    console.log(`  ${rule.padEnd(28)} ${ratio(entry.right, entry.raised)} (${entry.right}/${entry.raised})`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
