import type { NodeJSON } from '../../../../shared/model/draft.js';
import { textWithLinks } from './inlineNodes.js';

/**
 * A table pasted out of a PDF arrives as rows of text, its cells kept apart
 * by tabs or runs of spaces. Those lines are a table when every row has the
 * same number of cells (two or more) and, when spaces set them out, each
 * column lines up from row to row, at its start or, for figures set to the
 * right, at its end. Prose never lines up like that, even with two spaces
 * after its full stops.
 */

const CELL_GAP = /\t+|\s{2,}/;
const CELL = /[^\t ]+(?: [^\t ]+)*/g;
/** How far a column's cells may drift from row to row, in characters. */
const ALIGNMENT = 2;

interface Cell {
  text: string;
  start: number;
  end: number;
}

/** The cells of each row, or null when the lines are not a table. */
export function textTableRows(lines: readonly string[]): string[][] | null {
  if (lines.length < 2 || !lines.every((line) => CELL_GAP.test(line.trim()))) return null;
  const rows = lines.map(cellsOf);
  const columns = rows[0]?.length ?? 0;
  if (columns < 2 || rows.some((row) => row.length !== columns)) return null;
  const tabbed = lines.every((line) => line.includes('\t'));
  for (let column = 1; column < columns && !tabbed; column += 1) {
    const cells = rows.map((row) => row[column] as Cell);
    if (!linedUp(cells.map((cell) => cell.start)) && !linedUp(cells.map((cell) => cell.end))) return null;
  }
  return rows.map((row) => row.map((cell) => cell.text));
}

/** The rows as a table whose first row heads its columns. */
export function textTable(rows: readonly string[][]): NodeJSON {
  return {
    type: 'table',
    attrs: { kind: 'plain' },
    content: rows.map((row, index) => ({
      type: 'table_row',
      content: row.map((text) => ({ type: index === 0 ? 'table_header' : 'table_cell', content: [{ type: 'paragraph', content: textWithLinks(text) }] })),
    })),
  };
}

function cellsOf(line: string): Cell[] {
  return Array.from(line.matchAll(CELL), (match) => ({ text: match[0], start: match.index, end: match.index + match[0].length }));
}

function linedUp(positions: readonly number[]): boolean {
  return Math.max(...positions) - Math.min(...positions) <= ALIGNMENT;
}
