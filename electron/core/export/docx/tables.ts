import type { PrintCell, PrintRun, PrintTable } from '../printModel.js';
import type { RenderContext } from './context.js';
import { inlineChildren } from './inline.js';
import { CELL_MARGIN_TWIPS, STYLE_IDS } from './styles.js';
import { PRINT_CONTENT_WIDTH, twips } from '../printStyle.js';
import { tableColumnShares } from '../tableColumns.js';
import { paragraph } from './wordXml.js';

/** Twips of text width on the printed page (printStyle.ts): tables fill it. */
export const TEXT_WIDTH_TWIPS = twips(PRINT_CONTENT_WIDTH);

const HEADER_FILL = 'D9E2F3';
/** Single hairlines round and between every cell, as Word's plain table grid draws them. */
const TABLE_BORDERS =
  '<w:tblBorders>' + ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((side) => `<w:${side} w:val="single" w:color="auto" w:sz="4"/>`).join('') + '</w:tblBorders>';
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

function cellParagraphs(cell: PrintCell, context: RenderContext): string {
  const style = cell.header ? STYLE_IDS.tableHeading : STYLE_IDS.tableText;
  // A cell must hold a paragraph even when the writer left it blank; this one is structure, not spacing.
  if (cell.paragraphs.length === 0) return paragraph({ style }, '');
  return cell.paragraphs.map((runs: readonly PrintRun[]) => paragraph({ style }, inlineChildren(runs, context))).join('');
}

/** A cell of the grid: one the draft wrote, or where a cell above that spans rows continues (w:vMerge). */
interface GridCell {
  cell: PrintCell;
  /** Twips: the columns it spans. */
  width: number;
  /** Rows it still spans below this one, itself included. */
  rowsLeft: number;
  continued: boolean;
}

function cellXml(grid: GridCell, context: RenderContext): string {
  const { cell } = grid;
  let properties = `<w:tcW w:type="dxa" w:w="${grid.width}"/>`;
  if (cell.colspan > 1) properties += `<w:gridSpan w:val="${cell.colspan}"/>`;
  if (grid.continued) properties += '<w:vMerge w:val="continue"/>';
  else if (grid.rowsLeft > 1) properties += '<w:vMerge w:val="restart"/>';
  if (cell.header) properties += `<w:shd w:fill="${HEADER_FILL}" w:color="auto" w:val="clear"/>`;
  // A continued cell's content is the cell above's; it holds the one empty paragraph a cell needs.
  return `<w:tc><w:tcPr>${properties}</w:tcPr>${grid.continued ? '<w:p/>' : cellParagraphs(cell, context)}</w:tc>`;
}

/**
 * The rows as Word's grid: a cell spanning rows starts a vertical merge,
 * and each row below it gets a continuing cell in its column (the model,
 * like HTML, leaves those out). Widths are given once the continuing cells
 * are in, as a cell after one is in a later column than the model's row
 * says.
 */
function gridRows(table: PrintTable, widths: readonly number[]): GridCell[][] {
  const rows: GridCell[][] = table.rows.map((row) => row.map((cell) => ({ cell, width: 0, rowsLeft: cell.rowspan, continued: false })));
  rows.forEach((row, rowIndex) => {
    const below = rows[rowIndex + 1];
    if (below === undefined) return;
    let column = 0;
    for (const grid of row) {
      if (grid.rowsLeft > 1) below.splice(insertionIndex(below, column), 0, { ...grid, rowsLeft: grid.rowsLeft - 1, continued: true });
      column += grid.cell.colspan;
    }
  });
  for (const row of rows) {
    let column = 0;
    for (const grid of row) {
      grid.width = widths.slice(column, column + grid.cell.colspan).reduce((sum, share) => sum + share, 0);
      column += grid.cell.colspan;
    }
  }
  return rows;
}

/** Where a cell starting at `column` goes in a row: before the first cell that reaches past that column. */
function insertionIndex(row: readonly GridCell[], column: number): number {
  let end = 0;
  for (let index = 0; index < row.length; index += 1) {
    end += (row[index] as GridCell).cell.colspan;
    if (end > column) return index;
  }
  return row.length;
}

export function tableBlock(table: PrintTable, context: RenderContext): string {
  const widths = columnWidths(table);
  // The header rows at the top repeat on every page, so a long table keeps its column names; Word repeats only that leading run.
  let leadingHeaders = true;
  const rows = gridRows(table, widths).map((row, index) => {
    leadingHeaders = leadingHeaders && isHeaderRow(table.rows[index] as PrintCell[]);
    const rowProperties = leadingHeaders ? '<w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>' : '';
    return `<w:tr>${rowProperties}${row.map((grid) => cellXml(grid, context)).join('')}</w:tr>`;
  });
  // The PDF draws its 0.6 pt rules over the cells' padding; Word and LibreOffice add the 0.5 pt border to each row's height, so the padding above and below gives that back and a long table breaks at the same rows.
  const vertical = CELL_MARGIN_TWIPS - BORDER_SHARE_TWIPS;
  const margins = `<w:tblCellMar><w:top w:type="dxa" w:w="${vertical}"/><w:left w:type="dxa" w:w="${CELL_MARGIN_TWIPS}"/><w:bottom w:type="dxa" w:w="${vertical}"/><w:right w:type="dxa" w:w="${CELL_MARGIN_TWIPS}"/></w:tblCellMar>`;
  return `<w:tbl><w:tblPr><w:tblW w:type="dxa" w:w="${TEXT_WIDTH_TWIPS}"/>${TABLE_BORDERS}${margins}</w:tblPr><w:tblGrid>${widths.map((width) => `<w:gridCol w:w="${width}"/>`).join('')}</w:tblGrid>${rows.join('')}</w:tbl>`;
}
