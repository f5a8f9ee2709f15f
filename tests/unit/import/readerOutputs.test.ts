import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyImport } from '../../../electron/core/import/applyImport.js';
import { openDocx } from '../../../electron/core/import/readers/docxArchive.js';
import { readDocx } from '../../../electron/core/import/readers/readDocx.js';
import { wordListNumbers } from '../../../electron/core/import/readers/wordListNumbers.js';
import { exportDocx } from '../../../electron/core/export/docx/exportDocx.js';
import { generateLargeDraft, largeDraftTemplate } from '../../../bench/fixtures/generateLargeDraft.js';
import type { ImportPart, ImportProposal, SourceBlock } from '../../../shared/import/types.js';
import { buildFixtureDocx } from './fixtures.js';
import { SETS_NO_TEST_READS } from './referenceEvaluation.js';
import expected from './readerOutputs.expected.json';

/**
 * The Word reader, made faster, must read every document exactly as before:
 * `readerOutputs.expected.json` holds a digest of what `readDocx`,
 * `wordListNumbers` and `applyImport` gave for each Word fixture and for the
 * benchmark's generated strategy before the speed work, so any change to a
 * block, a list number or a built section shows here. Digests rather than the
 * blocks themselves, so no fixture's words are copied into the tests. A
 * deliberate change of output means writing the file again: run this test
 * with WRITE_READER_OUTPUTS=1.
 */

const FIXTURES = path.resolve(__dirname, '../../fixtures/import-strategies');
const EXPECTED = path.resolve(__dirname, 'readerOutputs.expected.json');

function wordFixtures(dir = FIXTURES): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return SETS_NO_TEST_READS.includes(entry.name) ? [] : wordFixtures(file);
    return entry.name.endsWith('.docx') ? [file] : [];
  });
}

const digest = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 16);

/**
 * A proposal that does not depend on the classifier (which changes on its
 * own): every heading opens a part under the nearest shallower one, and the
 * parts go to a few sections in turn, so joining, nesting and title-dropping
 * are all exercised.
 */
function fixedProposal(blocks: readonly SourceBlock[]): ImportProposal {
  const parts: ImportPart[] = [];
  const open: { index: number; level: number }[] = [];
  const sections = ['introduction', 'vision', 'unsorted', 'measures', 'vision'];
  for (const block of blocks) {
    if (block.kind === 'content') {
      if (parts.length === 0) parts.push({ index: 0, heading: null, parentIndex: null, blocks: [], preview: '', section: 'unsorted', confidence: 0, followsParent: false });
      parts[parts.length - 1]?.blocks.push(block.node);
      continue;
    }
    while ((open.at(-1)?.level ?? 0) >= block.heading.level) open.pop();
    const index = parts.length;
    parts.push({ index, heading: block.heading, parentIndex: open.at(-1)?.index ?? null, blocks: [], preview: '', section: sections[index % sections.length] ?? 'unsorted', confidence: 0, followsParent: false });
    open.push({ index, level: block.heading.level });
  }
  return { fileName: 'fixed.docx', format: 'docx', cover: { council: '', title: '', periodStart: null, periodEnd: null }, parts, messages: [] };
}

async function digests(name: string, bytes: Uint8Array): Promise<Record<string, string | number>> {
  const read = await readDocx(bytes);
  const proposal = fixedProposal(read.blocks);
  const applied = applyImport(proposal, { sections: proposal.parts.map((part) => part.section) }, { sectionTitles: new Map([['vision', 'Our vision']]) });
  return { name, blocks: read.blocks.length, read: digest(read), listNumbers: digest(wordListNumbers(openDocx(bytes))), applied: digest(applied) };
}

describe('the Word reader gives the same output as before it was made faster', () => {
  it('for every Word fixture, the fixture built in the tests and the benchmark’s generated strategy', async () => {
    const files: [string, Uint8Array][] = wordFixtures().map((file) => [path.relative(FIXTURES, file), new Uint8Array(fs.readFileSync(file))]);
    files.push(['built fixture', await buildFixtureDocx()]);
    files.push(['generated strategy', await exportDocx({ draft: generateLargeDraft(), template: largeDraftTemplate(), markDraft: false })]);
    const actual = [];
    for (const [name, bytes] of files) actual.push(await digests(name, bytes));
    if (process.env['WRITE_READER_OUTPUTS'] === '1') fs.writeFileSync(EXPECTED, `${JSON.stringify(actual, null, 1)}\n`);
    expect(actual).toEqual(expected);
  });
});
