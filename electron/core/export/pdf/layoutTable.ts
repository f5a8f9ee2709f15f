import { measureRuns } from './lineBreak.js';
import { setInline, type SetLine } from './inlineLayout.js';
import { structElement, type DrawItem, type TableBlock, type TextLineItem, type BlockContext } from './types.js';
import { slice, type Slice } from './paginate.js';
import { CELL_PADDING, COLOURS, TYPE } from './style.js';

/**
 * Tables: column widths as Word gets them (export/tableColumns.ts), wrapped cells, the header row repeated
 * on each page, and rows taller than a page split between pages. A table
 * whose words cannot fit side by side is set smaller, down to a floor, and
 * then its words are broken.
 */

const PARAGRAPH_GAP = 3;
const BORDER = 0.6;
/** No single word may claim more than this share of the width: a pasted URL is broken instead. */
const MAX_WORD_SHARE = 0.45;
/** The smallest a squeezed table's text may become, as a share of the normal table size. */
const MIN_SCALE = 6.5 / TYPE.table.size;

export interface ColumnLayout {
  widths: number[];
  /** 1, or less for a table too wide for the page. */
  scale: number;
}

/**
 * The widths Word gives the table too (export/tableColumns.ts), in points.
 * Only the scale is the PDF's own: a table whose longest words, measured in
 * the embedded font, cannot sit side by side is set smaller, down to a floor.
 */
export function columnWidths(block: Pick<TableBlock, 'rows' | 'columnShares'>, available: number, context: Pick<BlockContext, 'measurer'>): ColumnLayout {
  const widths = block.columnShares.map((share) => share * available);
  const min = new Array<number>(widths.length).fill(0);
  for (const row of block.rows) {
    let column = 0;
    for (const cell of row) {
      if (cell.colspan === 1 && column < widths.length) {
        for (const paragraph of cell.paragraphs) {
          const bounds = measureRuns(paragraph, TYPE.table.size, context.measurer);
          min[column] = Math.max(min[column] as number, Math.min(bounds.minWidth, available * MAX_WORD_SHARE) + 2 * CELL_PADDING);
        }
      }
      column += cell.colspan;
    }
  }
  const sumMin = sum(min);
  return { widths, scale: sumMin > available ? Math.max(MIN_SCALE, available / sumMin) : 1 };
}

/** Narrow columns keep at least half their width for text. */
function cellPadding(width: number): number {
  return Math.min(CELL_PADDING, width / 4);
}

interface CellLines {
  x: number;
  width: number;
  header: boolean;
  lines: { line: SetLine; top: number }[];
}

export function layoutTable(block: TableBlock, context: BlockContext): Slice[] {
  const { widths, scale } = columnWidths(block, context.width, context);
  const type = scale === 1 ? TYPE.table : { ...TYPE.table, size: TYPE.table.size * scale, leading: TYPE.table.leading * scale };
  const tableElement = structElement('Table', context.parent);
  const slices: Slice[] = [];
  let repeatHeader: Slice['repeatHeader'];

  block.rows.forEach((row, rowIndex) => {
    const rowElement = structElement('TR', tableElement);
    const isHeaderRow = rowIndex === 0 && block.headerRow;
    let column = 0;
    const cells: CellLines[] = row.map((cell) => {
      const x = context.x + sum(widths.slice(0, column));
      const width = sum(widths.slice(column, column + cell.colspan)) || (widths[widths.length - 1] as number);
      column += cell.colspan;
      const element = structElement(cell.header ? 'TH' : 'TD', rowElement, cell.header && isHeaderRow ? { scope: 'Column' } : {});
      const lines: CellLines['lines'] = [];
      const padding = cellPadding(width);
      let top = 0;
      cell.paragraphs.forEach((runs, index) => {
        if (index > 0) top += PARAGRAPH_GAP;
        for (const line of setInline({ runs, x: x + padding, width: width - 2 * padding, type, colour: COLOURS.text, element }, context.measurer, context.metrics)) {
          lines.push({ line, top });
          top += line.height;
        }
      });
      return { x, width, header: cell.header, lines };
    });

    const maxChunk = context.pageHeight - 2 * CELL_PADDING - (repeatHeader?.height ?? 0);
    const chunks = chunkRow(cells, maxChunk);
    chunks.forEach((chunk, chunkIndex) => {
      const rowSlice = rowChunkSlice(chunk, context.x, sum(widths), rowIndex === 0 && chunkIndex === 0, type.leading);
      if (isHeaderRow) rowSlice.keepWithNext = true;
      else if (repeatHeader) rowSlice.repeatHeader = repeatHeader;
      slices.push(rowSlice);
    });
    if (isHeaderRow && chunks.length === 1) {
      const headerSlice = slices[slices.length - 1] as Slice;
      repeatHeader = { height: headerSlice.height, items: headerSlice.items.map(asArtifact) };
    }
  });
  return slices;
}

/** Splits a row whose tallest cell would not fit on a page into pieces that do, between lines. */
function chunkRow(cells: readonly CellLines[], maxHeight: number): CellLines[][] {
  const chunks: CellLines[][] = [];
  cells.forEach((cell, cellIndex) => {
    let chunkIndex = 0;
    let offset = 0;
    const ensure = (index: number): CellLines => {
      while (chunks.length <= index) chunks.push(cells.map((source) => ({ x: source.x, width: source.width, header: source.header, lines: [] })));
      return (chunks[index] as CellLines[])[cellIndex] as CellLines;
    };
    ensure(0);
    for (const { line, top } of cell.lines) {
      if (top - offset + line.height > maxHeight && top - offset > 0) {
        chunkIndex += 1;
        offset = top;
      }
      ensure(chunkIndex).lines.push({ line, top: top - offset });
    }
  });
  return chunks;
}

function rowChunkSlice(cells: readonly CellLines[], left: number, tableWidth: number, firstRow: boolean, leading: number): Slice {
  const contentHeight = Math.max(leading, ...cells.map((cell) => cell.lines.reduce((bottom, { line, top }) => Math.max(bottom, top + line.height), 0)));
  const height = contentHeight + 2 * CELL_PADDING;
  const items: DrawItem[] = [];
  for (const cell of cells) {
    if (cell.header) items.push({ kind: 'box', x: cell.x, y: 0, width: cell.width, height, fill: COLOURS.headerFill });
  }
  for (const cell of cells) {
    for (const { line, top } of cell.lines) items.push({ ...line.item, y: line.item.y + top + CELL_PADDING });
  }
  const rule = (x1: number, y1: number, x2: number, y2: number): DrawItem => ({ kind: 'rule', x1, y1, x2, y2, thickness: BORDER, colour: COLOURS.rule });
  if (firstRow) items.push(rule(left, 0, left + tableWidth, 0));
  items.push(rule(left, height, left + tableWidth, height));
  items.push(rule(left, 0, left, height));
  for (const cell of cells) items.push(rule(cell.x + cell.width, 0, cell.x + cell.width, height));
  return slice(height, items);
}

/** The repeated header is a copy for the eye only: tagged as an artifact so a screen reader hears it once. */
function asArtifact(item: DrawItem): DrawItem {
  if (item.kind !== 'text') return item;
  const copy: TextLineItem = { ...item, runs: item.runs.map((run) => ({ x: run.x, width: run.width, style: run.style, parts: run.parts, mark: null })) };
  return copy;
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}
