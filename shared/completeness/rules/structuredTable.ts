import type { TableCell, TableData } from '../sectionContext.js';
import { normaliseText } from '../text.js';

/**
 * A structured table read as records. Columns are found by their header text,
 * not their position, so a table whose columns were reordered (or pasted with
 * an extra column) still reads correctly.
 */
export interface TableRecord {
  cells: Map<string, TableCell>;
  from: number;
  to: number;
}

/** Other words a pack accepts for a column's header ("Now" for Baseline, "Who is responsible" for Owner), by column name. */
export type ColumnAliases = ReadonlyMap<string, readonly RegExp[]>;

export function readRecords(table: TableData, columns: readonly string[], aliases: ColumnAliases = new Map()): { records: TableRecord[]; missingColumns: string[] } {
  const header = table.rows[0] ?? [];
  const headerIndex = new Map(header.map((cell, index) => [normaliseText(cell.text), index]));
  const columnIndex = new Map<string, number>();
  for (const column of columns) {
    const index = headerIndex.get(normaliseText(column));
    if (index !== undefined) columnIndex.set(column, index);
  }
  // A header in other words is read by meaning, once every header named exactly has been taken.
  const taken = new Set(columnIndex.values());
  for (const column of columns) {
    if (columnIndex.has(column)) continue;
    const index = header.findIndex((cell, at) => !taken.has(at) && (aliases.get(column) ?? []).some((alias) => alias.test(cell.text)));
    if (index >= 0) {
      columnIndex.set(column, index);
      taken.add(index);
    }
  }
  const missingColumns = columns.filter((column) => !columnIndex.has(column));
  const records: TableRecord[] = [];
  for (const row of table.rows.slice(1)) {
    if (row.every((cell) => cell.text === '')) continue;
    const cells = new Map<string, TableCell>();
    for (const [column, index] of columnIndex) {
      const cell = row[index];
      if (cell) cells.set(column, cell);
    }
    const first = row[0];
    const last = row[row.length - 1];
    if (first && last) records.push({ cells, from: first.from, to: last.to });
  }
  return { records, missingColumns };
}

export function cellText(record: TableRecord, column: string): string {
  return record.cells.get(column)?.text.trim() ?? '';
}

/** The first structured table of a kind, or else a plain table whose header has all the given columns. */
export function findTable(tables: TableData[], kind: TableData['kind'], columns: readonly string[]): TableData | undefined {
  const marked = tables.find((table) => table.kind === kind);
  if (marked) return marked;
  const wanted = columns.map(normaliseText);
  return tables.find((table) => {
    const header = new Set((table.rows[0] ?? []).map((cell) => normaliseText(cell.text)));
    return wanted.every((column) => header.has(column));
  });
}

/** "Q1, 2 and 4", "Priority 3" → [1, 2, 4], [3]. */
export function numbersIn(text: string): number[] {
  return (text.match(/\d+/g) ?? []).map(Number);
}

/** Row numbers, as a reader counts them (the first row under the header is row 1), listed for a message. */
export function describeRows(indexes: number[]): string {
  const shown = indexes.slice(0, 5).map((index) => String(index + 1));
  const more = indexes.length > 5 ? ` and ${indexes.length - 5} more` : '';
  return shown.length === 1 ? `row ${shown[0] ?? ''}` : `rows ${shown.join(', ')}${more}`;
}
