import fs from 'node:fs';
import path from 'node:path';
import { proposeImport } from '../../../electron/core/import/proposeImport.js';
import { UNSORTED } from '../../../shared/import/types.js';

/**
 * Scores the importer against the published strategies kept beside the
 * checkout (`../shared/reference/strategies`), when they are there: for each
 * heading the answer file lists, is it found, and did it go to its section or
 * to one of the accepted alternatives?
 */

export const REFERENCE_DIR = path.resolve(__dirname, '../../../../shared/reference/strategies');

interface ExpectedHeading {
  text: string;
  level: number;
  section: string;
  accept?: string[];
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
}

const normalise = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

export function referenceNames(): string[] {
  if (!fs.existsSync(REFERENCE_DIR)) return [];
  return fs
    .readdirSync(REFERENCE_DIR)
    .filter((file) => file.endsWith('.headings.json'))
    .map((file) => file.replace(/\.headings\.json$/, ''))
    .sort();
}

export async function scoreReference(name: string, extension: 'docx' | 'md' | 'txt'): Promise<DocumentScore> {
  const file = `${name}.${extension}`;
  const expected = (JSON.parse(fs.readFileSync(path.join(REFERENCE_DIR, `${name}.headings.json`), 'utf8')) as { headings: ExpectedHeading[] }).headings;
  const proposal = await proposeImport({ name: file, bytes: new Uint8Array(fs.readFileSync(path.join(REFERENCE_DIR, file))) });
  const found = proposal.parts.filter((part) => part.heading !== null).map((part) => ({ key: normalise(part.heading?.text ?? ''), section: part.section, used: false }));
  const results = expected.map((heading): HeadingResult => {
    const answers = [heading.section, ...(heading.accept ?? [])];
    const match = found.find((candidate) => !candidate.used && candidate.key === normalise(heading.text));
    if (match) match.used = true;
    const got = match ? match.section : null;
    return { text: heading.text, expected: answers, got, right: got !== null && answers.includes(got === UNSORTED ? 'unsorted' : got) };
  });
  const right = results.filter((result) => result.right).length;
  return {
    file,
    right,
    total: results.length,
    accuracy: results.length === 0 ? 1 : right / results.length,
    misses: results.filter((result) => !result.right),
    extraHeadings: found.filter((candidate) => !candidate.used).map((candidate) => candidate.key),
  };
}
