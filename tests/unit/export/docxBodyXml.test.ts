import { Document } from 'docx';
import { describe, expect, it } from 'vitest';
import { headingParagraph } from '../../../electron/core/export/docx/blocks.js';
import { contentsField } from '../../../electron/core/export/docx/contents.js';
import { createRenderContext, type RenderContext } from '../../../electron/core/export/docx/context.js';
import { contentsTitle } from '../../../electron/core/export/docx/inline.js';
import { tableBlock } from '../../../electron/core/export/docx/tables.js';
import { escapeXml, paragraph } from '../../../electron/core/export/docx/wordXml.js';
import type { PrintCell, PrintRun, PrintTable } from '../../../electron/core/export/printModel.js';

/**
 * The Word body is written as XML text (wordXml.ts) rather than through
 * `docx`'s objects; these check the parts of it that are easy to get subtly
 * wrong: escaping, cells merged down rows, and which headings the contents
 * list and with what page numbers.
 */

function context(): RenderContext {
  return createRenderContext(new Map(), new Document({ sections: [] }).Numbering);
}

const text = (value: string, at = 0): PrintRun => ({ kind: 'text', text: value, bold: false, italic: false, at });
const cell = (value: string, rowspan = 1, header = false): PrintCell => ({ header, colspan: 1, rowspan, paragraphs: [[text(value)]] });

/** Each row's cells, as "continue" for a merged cell's continuation or the cell's text. */
function gridOf(xml: string): string[][] {
  return [...xml.matchAll(/<w:tr>([\s\S]*?)<\/w:tr>/g)].map((row) =>
    [...(row[1] as string).matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((found) => {
      const content = found[1] as string;
      if (content.includes('<w:vMerge w:val="continue"/>')) return 'continue';
      return [...content.matchAll(/<w:t xml:space="preserve">([^<]*)<\/w:t>/g)].map((part) => part[1]).join('');
    }),
  );
}

describe('the Word body as XML text', () => {
  it('escapes the five XML characters and drops the control codes XML forbids', () => {
    expect(escapeXml(`Fish & chips <tea> "Friday's"\u0001\u000B`)).toBe('Fish &amp; chips &lt;tea&gt; &quot;Friday&apos;s&quot;');
  });

  it('leaves ordinary text, emoji and right-to-left script as they are', () => {
    const plain = 'Care leavers 👍🏽 مرحبا שלום, 2025–2028';
    expect(escapeXml(plain)).toBe(plain);
  });

  it('writes an empty paragraph as one empty element, and keeps its look when it has one', () => {
    expect(paragraph({}, '')).toBe('<w:p/>');
    expect(paragraph({ style: 'TableText' }, '')).toBe('<w:p><w:pPr><w:pStyle w:val="TableText"/></w:pPr></w:p>');
  });

  it('continues a cell that spans rows in its own column of every row it covers', () => {
    const table: PrintTable = {
      kind: 'table',
      rows: [
        [cell('Priority', 1, true), cell('Owner', 1, true), cell('Due', 1, true)],
        [cell('Homes', 3), cell('Housing lead'), cell('June')],
        [cell('Head of service'), cell('July')],
        [cell('Leaving care team'), cell('August')],
        [cell('Health'), cell('Nurse', 2), cell('May')],
        [cell('Schools'), cell('April')],
      ],
    };
    expect(gridOf(tableBlock(table, context()))).toEqual([
      ['Priority', 'Owner', 'Due'],
      ['Homes', 'Housing lead', 'June'],
      ['continue', 'Head of service', 'July'],
      ['continue', 'Leaving care team', 'August'],
      ['Health', 'Nurse', 'May'],
      ['Schools', 'continue', 'April'],
    ]);
    expect(tableBlock(table, context()).match(/<w:vMerge w:val="restart"\/>/g)).toHaveLength(2);
  });

  it('gives each cell the width of its own column, also in the rows a merged cell continues into', () => {
    const table: PrintTable = {
      kind: 'table',
      rows: [
        [cell('Priority', 1, true), cell('Lead', 1, true), cell('What we will do by when, in a longer column', 1, true)],
        [cell('Homes', 2), cell('Housing lead'), cell('A second children’s home opened and running by the summer')],
        [cell('Head of service'), cell('More foster carers recruited in the county')],
      ],
    };
    const xml = tableBlock(table, context());
    const columns = [...xml.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((found) => found[1]);
    expect(new Set(columns).size).toBeGreaterThan(1);
    const rowWidths = [...xml.matchAll(/<w:tr>([\s\S]*?)<\/w:tr>/g)].map((row) => [...(row[1] as string).matchAll(/<w:tcW w:type="dxa" w:w="(\d+)"\/>/g)].map((found) => found[1]));
    expect(rowWidths).toEqual([columns, columns, columns]);
  });

  it('merges nothing in a table without cells spanning rows', () => {
    const table: PrintTable = { kind: 'table', rows: [[cell('Year'), cell('Children')], [cell('2025'), cell('405')]] };
    const xml = tableBlock(table, context());
    expect(xml).not.toContain('w:vMerge');
    expect(gridOf(xml)).toEqual([
      ['Year', 'Children'],
      ['2025', '405'],
    ]);
  });

  it('lists headings of levels 1 and 2 in the contents, each bookmarked for its entry', () => {
    const writing = context();
    const first = headingParagraph(1, '1. Our promise', 'inner', writing);
    const second = headingParagraph(2, 'Where children live', 'inner', writing);
    expect(writing.extras().contents.map((entry) => [entry.level, entry.title])).toEqual([
      [1, '1. Our promise'],
      [2, 'Where children live'],
    ]);
    for (const [xml, entry] of [first, second].map((xml, index) => [xml, writing.extras().contents[index]] as const)) {
      expect(xml).toMatch(new RegExp(`^<w:p><w:pPr>.*</w:pPr><w:bookmarkStart w:name="${entry?.bookmark}" w:id="(\\d+)"/>inner<w:bookmarkEnd w:id="\\1"/></w:p>$`));
    }
  });

  it('leaves third-level and blank headings out of the contents, without a bookmark', () => {
    const writing = context();
    const third = headingParagraph(3, 'A detail', 'inner', writing);
    const blank = headingParagraph(2, '   ', '', writing);
    expect(writing.extras().contents).toEqual([]);
    expect(third + blank).not.toContain('w:bookmarkStart');
  });

  it('reads a heading for the contents as a reader sees it: a line break as a space, suggested deletions left out', () => {
    const runs: PrintRun[] = [
      text('Staying'),
      { kind: 'break', text: '\n', bold: false, italic: false, at: 7 },
      text('close', 8),
      { ...text(' to home', 13), change: { kind: 'deletion', id: 's1', author: 'A young person', at: '2026-01-05T10:00:00Z' } },
      { ...text(' to school', 21), change: { kind: 'insertion', id: 's2', author: 'A young person', at: '2026-01-05T10:00:00Z' } },
    ];
    expect(contentsTitle(runs)).toBe('Staying close to school');
  });

  it('delivers each contents entry with its page inside a PAGEREF field', () => {
    const xml = contentsField(
      [
        { level: 1, title: 'Our promise', bookmark: '_Toc3' },
        { level: 2, title: 'Homes', bookmark: '_Toc4' },
      ],
      [3, 5],
    );
    expect([...xml.matchAll(/PAGEREF (_Toc\d+) \\h<\/w:instrText><w:fldChar w:fldCharType="separate"\/><w:t xml:space="preserve">(\d+)<\/w:t>/g)].map((found) => [found[1], found[2]])).toEqual([
      ['_Toc3', '3'],
      ['_Toc4', '5'],
    ]);
    expect(xml).not.toContain('w:dirty');
  });

  it('leaves the page results blank for Word when the paginator listed other headings', () => {
    const xml = contentsField([{ level: 1, title: 'Our promise', bookmark: '_Toc3' }], null);
    expect(xml).toContain('PAGEREF _Toc3 \\h</w:instrText><w:fldChar w:fldCharType="separate"/><w:fldChar w:fldCharType="end"/>');
  });
});
