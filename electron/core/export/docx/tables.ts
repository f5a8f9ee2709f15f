import { Paragraph, ShadingType, Table, TableCell, TableRow, WidthType } from 'docx';
import type { PrintCell, PrintRun, PrintTable } from '../printModel.js';
import type { RenderContext } from './context.js';
import { inlineChildren } from './inline.js';
import { CELL_MARGIN_TWIPS, STYLE_IDS } from './styles.js';
import { PRINT_CONTENT_WIDTH, twips } from '../printStyle.js';
import { tableColumnShares } from '../tableColumns.js';

/** Twips of text width on the printed page (printStyle.ts): tables fill it. */
export const TEXT_WIDTH_TWIPS = twips(PRINT_CONTENT_WIDTH);

const HEADER_FILL = 'D9E2F3';
/** Half of the 0.5 pt border Word's table rows add to their height, in twips. */
const BORDER_SHARE_TWIPS = 5;

function isHeaderRow(row: readonly PrintCell[]): boolean {
  return row.length > 0 && row.every((cell) => cell.header);
}

/** The shared column decision (tableColumns.ts) in whole twips; the last column takes the rounding, so the grid fills the text width exactly. */
export function columnWidths(table: PrintTable): number[] {
  const widths = tableColumnShares(table).map((share) => Math.floor(share * TEXT_WIDTH_TWIPS));
  widths[widths.length - 1] = TEXT_WIDTH_TWIPS - widths.slice(0, -1).reduce((sum, width) => sum + width, 0);
  return widths;
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
