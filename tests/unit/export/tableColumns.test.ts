import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Node } from 'prosemirror-model';
import { describe, expect, it } from 'vitest';
import { exportDocx } from '../../../electron/core/export/docx/exportDocx.js';
import { exportPdf } from '../../../electron/core/export/pdf/exportPdf.js';
import { printBlocks, type PrintTable } from '../../../electron/core/export/printModel.js';
import { CELL_PADDING, PRINT_CONTENT_WIDTH, PRINT_PAGE } from '../../../electron/core/export/printStyle.js';
import { tableColumnShares } from '../../../electron/core/export/tableColumns.js';
import type { NodeJSON } from '../../../shared/model/draft.js';
import { schema } from '../../../shared/model/schema.js';
import { doc, heading, paragraph, table } from '../../fixtures/docBuilders.js';
import { docxParts } from '../../fixtures/docxInspect.js';
import { sampleDraftWith } from '../../fixtures/sampleDraft.js';
import { sampleTemplate } from '../../fixtures/sampleTemplate.js';
import { POPPLER, run, wordBoxes, type WordBox } from './pdfTools.js';

/**
 * Word and the PDF give a table the same column widths (one decision,
 * export/tableColumns.ts), so its cells wrap alike and rows are as tall in
 * both: read back from the Word file's grid and from where the PDF draws
 * each heading.
 */

const prose = 'Every child in care has a named worker who visits at least every six weeks and listens to what they say';

/** Each table's header words are unique in the draft, so the PDF's words can be told apart. */
const TABLES: { name: string; header: string[]; rows: string[][]; colspanRow?: number }[] = [
  { name: 'short first column', header: ['Year', 'Children in care', 'Care leavers'], rows: [['2023', '412', '268'], ['2024', '398', '281'], ['2025', '405', '290']] },
  { name: 'long text column', header: ['Term', 'Meaning'], rows: [['EET', prose], ['PA', 'A personal adviser stays with a care leaver up to the age of 25']] },
  {
    name: 'five-column measures table',
    header: ['Measure', 'Baseline', 'Target', 'Lead', 'Rating'],
    rows: [
      ['Care leavers in education, employment or training', '52%', '65% by March 2027', 'Head of Leaving Care', 'Amber'],
      ['Health assessments on time', '81%', '95%', 'Designated Nurse', 'Green'],
    ],
  },
  {
    name: 'action plan with a spanning row',
    header: ['Action', 'Linked priority', 'Owner', 'Deadline'],
    rows: [
      ['Priority one: a home', '', '', ''],
      [prose, 'Priority 1', 'Head of Service', 'March 2027'],
      ['Set up a housing protocol with every district council so that no care leaver is found intentionally homeless', 'Priority 2', 'Housing Lead', 'June 2026'],
    ],
    colspanRow: 1,
  },
];

function tableJson(spec: (typeof TABLES)[number]): NodeJSON {
  const json = table('plain', spec.header, spec.rows);
  if (spec.colspanRow === undefined) return json;
  const rows = json['content'] as NodeJSON[];
  const row = rows[spec.colspanRow] as NodeJSON;
  const first = (row['content'] as NodeJSON[])[0] as NodeJSON;
  row['content'] = [{ ...first, attrs: { colspan: spec.header.length, rowspan: 1, colwidth: null } }];
  return json;
}

function printTable(spec: (typeof TABLES)[number]): PrintTable {
  const [block] = printBlocks(Node.fromJSON(schema, doc(tableJson(spec))), new Set());
  if (block?.kind !== 'table') throw new Error('expected a table');
  return block;
}

const draft = sampleDraftWith({ introduction: doc(paragraph('Our tables.'), ...TABLES.flatMap((spec) => [heading(2, spec.name), tableJson(spec)])) });
const input = { draft, template: sampleTemplate(), markDraft: false };

/** Each column's share of the text width in the Word file's table grid, table by table (found by their header words). */
async function wordShares(): Promise<number[][]> {
  const xml = (await docxParts(await exportDocx(input), ['word/document.xml']))['word/document.xml'] ?? '';
  const tables = [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((match) => match[0]);
  return TABLES.map((spec) => {
    const found = tables.find((tableXml) => spec.header.every((text) => tableXml.includes(`>${text}<`)));
    if (found === undefined) throw new Error(`no Word table for ${spec.name}`);
    const widths = [...found.matchAll(/<w:gridCol w:w="(\d+)"/g)].map((match) => Number(match[1]));
    const total = widths.reduce((a, b) => a + b, 0);
    return widths.map((width) => width / total);
  });
}

/** Every word of the exported PDF, page by page. */
async function pdfWords(): Promise<WordBox[]> {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'table-columns-')), 'tables.pdf');
  fs.writeFileSync(file, await exportPdf(input));
  const pages = Number(/Pages:\s+(\d+)/.exec(run('pdfinfo', [file]))?.[1] ?? 0);
  return Array.from({ length: pages }, (_, index) => wordBoxes(file, index + 1)).flat();
}

/** The table's header row: its headings' first words side by side on one line. */
function headerBoxes(words: readonly WordBox[], header: readonly string[]): WordBox[] {
  const firstWords = header.map((text) => text.split(' ')[0] as string);
  for (const candidate of words.filter((box) => box.word === firstWords[0])) {
    const row = firstWords.map((word) => words.find((box) => box.word === word && Math.abs(box.yMin - candidate.yMin) < 1 && box.xMin >= candidate.xMin));
    if (row.every((box) => box !== undefined)) return row as WordBox[];
  }
  throw new Error(`no header row ${header.join(' / ')} in the PDF`);
}

/** Each column's share of the text width in the PDF, from where its heading's first word starts (one cell padding in). */
function pdfShares(words: readonly WordBox[]): number[][] {
  const right = PRINT_PAGE.marginLeft + PRINT_CONTENT_WIDTH;
  return TABLES.map((spec) => {
    const starts = headerBoxes(words, spec.header).map((box) => box.xMin - CELL_PADDING);
    return starts.map((start, index) => ((starts[index + 1] ?? right) - start) / PRINT_CONTENT_WIDTH);
  });
}

describe('table column widths', () => {
  it('add up to the text width, give every column its longest word and keep a short first column readable', () => {
    for (const spec of TABLES) {
      const shares = tableColumnShares(printTable(spec));
      expect(shares).toHaveLength(spec.header.length);
      expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 6);
    }
    const [year] = tableColumnShares(printTable(TABLES[0] as (typeof TABLES)[number]));
    expect(year).toBeGreaterThan(0.12);
    const [term, meaning] = tableColumnShares(printTable(TABLES[1] as (typeof TABLES)[number]));
    expect(meaning).toBeGreaterThan((term ?? 0) * 3);
  });

  it.skipIf(!POPPLER)('are the same in Word and in the PDF, to within 1% of the text width', async () => {
    const word = await wordShares();
    const words = await pdfWords();
    const pdf = pdfShares(words);
    expect(headerBoxes(words, TABLES[0]?.header ?? [])[0]?.xMin).toBeCloseTo(PRINT_PAGE.marginLeft + CELL_PADDING, 0);
    TABLES.forEach((spec, index) => {
      const inWord = word[index] ?? [];
      const inPdf = pdf[index] ?? [];
      expect(inWord, spec.name).toHaveLength(spec.header.length);
      inWord.forEach((share, column) => expect(Math.abs(share - (inPdf[column] ?? 0)), `${spec.name}, column ${column + 1}`).toBeLessThan(0.01));
    });
  }, 60_000);

  it.skipIf(!POPPLER)('keep a short heading such as "Linked priority" on one line in the PDF', async () => {
    const words = await pdfWords();
    const [, linked] = headerBoxes(words, TABLES[3]?.header ?? []);
    const priority = words.find((box) => box.word === 'priority' && Math.abs(box.yMin - (linked?.yMin ?? -1)) < 1 && box.xMin > (linked?.xMax ?? 0));
    expect(priority).toBeDefined();
  }, 60_000);
});
