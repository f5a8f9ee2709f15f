import { measureRuns } from './lineBreak.js';
import { setInline, type SetLine } from './inlineLayout.js';
import { structElement, type DrawItem, type TableBlock, type TableCell, type TextLineItem, type BlockContext } from './types.js';
import { slice, type Slice } from './paginate.js';
import { CELL_PADDING, COLOURS, TYPE } from './style.js';

/**
 * Tables: column widths from the content (every column gets at least its
 * longest word when the page allows, the rest is shared in proportion to what
 * each column would need on one line), wrapped cells, the header row repeated
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

export function columnWidths(rows: readonly TableCell[][], available: number, context: Pick<BlockContext, 'measurer'>): ColumnLayout {
  const count = Math.max(1, ...rows.map((row) => row.reduce((sum, cell) => sum + cell.colspan, 0)));
  const min = new Array<number>(count).fill(0);
  const max = new Array<number>(count).fill(0);
  for (const row of rows) {
    let column = 0;
    for (const cell of row) {
      if (cell.colspan === 1 && column < count) {
        for (const paragraph of cell.paragraphs) {
          const bounds = measureRuns(paragraph, TYPE.table.size, context.measurer);
          min[column] = Math.max(min[column] as number, Math.min(bounds.minWidth, available * MAX_WORD_SHARE) + 2 * CELL_PADDING);
          max[column] = Math.max(max[column] as number, bounds.maxWidth + 2 * CELL_PADDING);
        }
      }
      column += cell.colspan;
    }
  }
  const floor = Math.min(3 * CELL_PADDING + TYPE.table.size, available / count);
  const minWidths = min.map((width) => Math.max(width, floor));
  const maxWidths = max.map((width, index) => Math.max(width, minWidths[index] as number));
  const sumMin = sum(minWidths);
  const sumMax = sum(maxWidths);
  if (sumMin >= available) {
    return { widths: minWidths.map((width) => (width * available) / sumMin), scale: Math.max(MIN_SCALE, Math.min(1, available / sumMin)) };
  }
  if (sumMax <= available) return { widths: maxWidths.map((width) => (width * available) / sumMax), scale: 1 };
  const share = (available - sumMin) / (sumMax - sumMin);
  return { widths: minWidths.map((width, index) => width + ((maxWidths[index] as number) - width) * share), scale: 1 };
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
  const { widths, scale } = columnWidths(block.rows, context.width, context);
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
