import { Paragraph, ShadingType, Table, TableCell, TableRow, WidthType } from 'docx';
import type { Node } from 'prosemirror-model';
import type { RenderContext } from './context.js';
import { inlineChildren } from './inline.js';
import { CELL_MARGIN_TWIPS, STYLE_IDS } from './styles.js';
import { PRINT_CONTENT_WIDTH, twips } from '../printStyle.js';

/** Twips of text width on the printed page (printStyle.ts): tables fill it. */
export const TEXT_WIDTH_TWIPS = twips(PRINT_CONTENT_WIDTH);

const HEADER_FILL = 'D9E2F3';

function isHeaderRow(row: Node): boolean {
  let allHeaders = row.childCount > 0;
  row.forEach((cell) => (allHeaders = allHeaders && cell.type.name === 'table_header'));
  return allHeaders;
}

function cellSpan(cell: Node, attr: 'colspan' | 'rowspan'): number {
  const value = cell.attrs[attr];
  return typeof value === 'number' && Number.isInteger(value) && value > 1 ? value : 1;
}

function columnCount(table: Node): number {
  let widest = 0;
  table.forEach((row) => {
    let count = 0;
    row.forEach((cell) => (count += cellSpan(cell, 'colspan')));
    widest = Math.max(widest, count);
  });
  return Math.max(widest, 1);
}

/** Rows sampled to size the columns: enough to be representative, few enough for a 2,000-row table. */
const SAMPLED_ROWS = 50;
/** Characters beyond which a longer cell wraps anyway, so it earns no more width. */
const LONGEST_USEFUL = 60;
/** Rough widths of 10 pt Arial in twips (capitals and digits are wider), with a little to spare, and Word's cell padding either side. */
const CHAR_TWIPS = 108;
const WIDE_CHAR_TWIPS = 140;
const BOLD_FACTOR = 1.1;
const CELL_PADDING_TWIPS = 260;
/** Even an empty column keeps room for a few characters, so it can be filled in later. */
const NARROWEST = CELL_PADDING_TWIPS + 3 * CHAR_TWIPS;

function textTwips(text: string, bold: boolean): number {
  let width = 0;
  for (const char of text) width += /[A-Z0-9%@MW]/.test(char) || char === 'm' || char === 'w' ? WIDE_CHAR_TWIPS : CHAR_TWIPS;
  return Math.ceil(width * (bold ? BOLD_FACTOR : 1));
}

interface ColumnNeed {
  /** Wide enough for the longest word, so no word is broken across lines. */
  least: number;
  /** Wide enough for the longest text on one line, up to a point. */
  wanted: number;
}

function columnNeeds(table: Node, columns: number): ColumnNeed[] {
  const needs = Array.from({ length: columns }, () => ({ least: NARROWEST, wanted: NARROWEST }));
  for (let rowIndex = 0; rowIndex < Math.min(table.childCount, SAMPLED_ROWS); rowIndex += 1) {
    let column = 0;
    table.child(rowIndex).forEach((cell) => {
      const span = cellSpan(cell, 'colspan');
      const need = needs[column];
      if (span === 1 && need !== undefined) {
        const text = cell.textContent;
        const bold = cell.type.name === 'table_header';
        const widestWord = Math.max(0, ...text.split(/\s+/).map((word) => textTwips(word, bold)));
        need.least = Math.max(need.least, widestWord + CELL_PADDING_TWIPS);
        need.wanted = Math.max(need.wanted, textTwips(text.slice(0, LONGEST_USEFUL), bold) + CELL_PADDING_TWIPS);
      }
      column += span;
    });
  }
  return needs;
}

/**
 * Each column first gets room for its longest word; what is left of the
 * page width goes to the columns in proportion to how much more text they
 * hold, so prose columns get the space and short columns ("Yes", "8%") do
 * not break their headings mid-word.
 */
export function columnWidths(table: Node): number[] {
  const needs = columnNeeds(table, columnCount(table));
  const least = needs.reduce((sum, need) => sum + need.least, 0);
  if (least >= TEXT_WIDTH_TWIPS) return needs.map((need) => Math.floor((need.least / least) * TEXT_WIDTH_TWIPS));
  const spare = TEXT_WIDTH_TWIPS - least;
  const extra = needs.map((need) => Math.max(need.wanted - need.least, 0));
  const extraTotal = extra.reduce((sum, value) => sum + value, 0);
  return needs.map((need, index) => Math.floor(need.least + (extraTotal === 0 ? spare / needs.length : (spare * (extra[index] ?? 0)) / extraTotal)));
}

function cellParagraphs(cell: Node, header: boolean, context: RenderContext): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  const style = header ? STYLE_IDS.tableHeading : STYLE_IDS.tableText;
  cell.forEach((block) => paragraphs.push(new Paragraph({ style, children: inlineChildren(block, context) })));
  // A cell must hold a paragraph even when the writer left it blank; this one is structure, not spacing.
  return paragraphs.length > 0 ? paragraphs : [new Paragraph({ style })];
}

function tableRow(row: Node, widths: readonly number[], repeatsOnEveryPage: boolean, context: RenderContext): TableRow {
  const cells: TableCell[] = [];
  let column = 0;
  row.forEach((cell) => {
    const columnSpan = cellSpan(cell, 'colspan');
    const width = widths.slice(column, column + columnSpan).reduce((sum, share) => sum + share, 0);
    column += columnSpan;
    const isHeaderCell = cell.type.name === 'table_header';
    cells.push(
      new TableCell({
        children: cellParagraphs(cell, isHeaderCell, context),
        width: { size: width, type: WidthType.DXA },
        columnSpan: columnSpan > 1 ? columnSpan : undefined,
        rowSpan: cellSpan(cell, 'rowspan') > 1 ? cellSpan(cell, 'rowspan') : undefined,
        shading: isHeaderCell ? { type: ShadingType.CLEAR, fill: HEADER_FILL, color: 'auto' } : undefined,
      }),
    );
  });
  return new TableRow({ children: cells, tableHeader: repeatsOnEveryPage || undefined, cantSplit: repeatsOnEveryPage || undefined });
}

export function tableBlock(table: Node, context: RenderContext): Table {
  const widths = columnWidths(table);
  const rows: TableRow[] = [];
  // The header rows at the top repeat on every page, so a long table keeps its column names; Word repeats only that leading run.
  let leadingHeaders = true;
  table.forEach((row) => {
    leadingHeaders = leadingHeaders && isHeaderRow(row);
    rows.push(tableRow(row, widths, leadingHeaders, context));
  });
  return new Table({
    rows,
    width: { size: TEXT_WIDTH_TWIPS, type: WidthType.DXA },
    columnWidths: widths,
    margins: { top: CELL_MARGIN_TWIPS, bottom: CELL_MARGIN_TWIPS, left: CELL_MARGIN_TWIPS, right: CELL_MARGIN_TWIPS },
  });
}
