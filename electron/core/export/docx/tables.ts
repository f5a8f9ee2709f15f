import { Paragraph, ShadingType, Table, TableCell, TableRow, WidthType } from 'docx';
import type { PrintCell, PrintRun, PrintTable } from '../printModel.js';
import type { RenderContext } from './context.js';
import { inlineChildren } from './inline.js';
import { CELL_MARGIN_TWIPS, STYLE_IDS } from './styles.js';
import { PRINT_CONTENT_WIDTH, twips } from '../printStyle.js';

/** Twips of text width on the printed page (printStyle.ts): tables fill it. */
export const TEXT_WIDTH_TWIPS = twips(PRINT_CONTENT_WIDTH);

const HEADER_FILL = 'D9E2F3';
/** Half of the 0.5 pt border Word's table rows add to their height, in twips. */
const BORDER_SHARE_TWIPS = 5;

function isHeaderRow(row: readonly PrintCell[]): boolean {
  return row.length > 0 && row.every((cell) => cell.header);
}

function columnCount(table: PrintTable): number {
  const widest = Math.max(0, ...table.rows.map((row) => row.reduce((count, cell) => count + cell.colspan, 0)));
  return Math.max(widest, 1);
}

/** The cell's words run together, as its widest need is measured. */
function cellText(cell: PrintCell): string {
  return cell.paragraphs.flatMap((runs) => runs.filter((run) => run.kind === 'text').map((run) => run.text)).join('');
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

function columnNeeds(table: PrintTable, columns: number): ColumnNeed[] {
  const needs = Array.from({ length: columns }, () => ({ least: NARROWEST, wanted: NARROWEST }));
  for (const row of table.rows.slice(0, SAMPLED_ROWS)) {
    let column = 0;
    row.forEach((cell) => {
      const span = cell.colspan;
      const need = needs[column];
      if (span === 1 && need !== undefined) {
        const text = cellText(cell);
        const bold = cell.header;
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
export function columnWidths(table: PrintTable): number[] {
  const needs = columnNeeds(table, columnCount(table));
  const least = needs.reduce((sum, need) => sum + need.least, 0);
  if (least >= TEXT_WIDTH_TWIPS) return needs.map((need) => Math.floor((need.least / least) * TEXT_WIDTH_TWIPS));
  const spare = TEXT_WIDTH_TWIPS - least;
  const extra = needs.map((need) => Math.max(need.wanted - need.least, 0));
  const extraTotal = extra.reduce((sum, value) => sum + value, 0);
  return needs.map((need, index) => Math.floor(need.least + (extraTotal === 0 ? spare / needs.length : (spare * (extra[index] ?? 0)) / extraTotal)));
}

function cellParagraphs(cell: PrintCell, context: RenderContext): Paragraph[] {
  const style = cell.header ? STYLE_IDS.tableHeading : STYLE_IDS.tableText;
  const paragraphs = cell.paragraphs.map((runs: readonly PrintRun[]) => new Paragraph({ style, children: inlineChildren(runs, context) }));
  // A cell must hold a paragraph even when the writer left it blank; this one is structure, not spacing.
  return paragraphs.length > 0 ? paragraphs : [new Paragraph({ style })];
}

function tableRow(row: readonly PrintCell[], widths: readonly number[], repeatsOnEveryPage: boolean, context: RenderContext): TableRow {
  const cells: TableCell[] = [];
  let column = 0;
  row.forEach((cell) => {
    const columnSpan = cell.colspan;
    const width = widths.slice(column, column + columnSpan).reduce((sum, share) => sum + share, 0);
    column += columnSpan;
    cells.push(
      new TableCell({
        children: cellParagraphs(cell, context),
        width: { size: width, type: WidthType.DXA },
        columnSpan: columnSpan > 1 ? columnSpan : undefined,
        rowSpan: cell.rowspan > 1 ? cell.rowspan : undefined,
        shading: cell.header ? { type: ShadingType.CLEAR, fill: HEADER_FILL, color: 'auto' } : undefined,
      }),
    );
  });
  return new TableRow({ children: cells, tableHeader: repeatsOnEveryPage || undefined, cantSplit: repeatsOnEveryPage || undefined });
}

export function tableBlock(table: PrintTable, context: RenderContext): Table {
  const widths = columnWidths(table);
  const rows: TableRow[] = [];
  // The header rows at the top repeat on every page, so a long table keeps its column names; Word repeats only that leading run.
  let leadingHeaders = true;
  table.rows.forEach((row) => {
    leadingHeaders = leadingHeaders && isHeaderRow(row);
    rows.push(tableRow(row, widths, leadingHeaders, context));
  });
  return new Table({
    rows,
    width: { size: TEXT_WIDTH_TWIPS, type: WidthType.DXA },
    columnWidths: widths,
    // The PDF draws its 0.6 pt rules over the cells' padding; Word and LibreOffice add the 0.5 pt border to each row's height, so the padding above and below gives that back and a long table breaks at the same rows.
    margins: { top: CELL_MARGIN_TWIPS - BORDER_SHARE_TWIPS, bottom: CELL_MARGIN_TWIPS - BORDER_SHARE_TWIPS, left: CELL_MARGIN_TWIPS, right: CELL_MARGIN_TWIPS },
  });
}
