import type { Node } from 'prosemirror-model';
import { schema, TABLE_KINDS, type TableKind } from './schema.js';
import { STRUCTURED_TABLE_COLUMNS } from './structuredTables.js';

export type StructuredTableKind = Exclude<TableKind, 'plain'>;

export function isStructuredTableKind(kind: unknown): kind is StructuredTableKind {
  return kind !== 'plain' && TABLE_KINDS.includes(kind as TableKind);
}

function nodeType(name: string) {
  const type = schema.nodes[name];
  if (!type) throw new Error(`The strategy schema has no node type "${name}".`);
  return type;
}

/**
 * A new structured table: its fixed columns as the header row, then `rows`
 * empty rows to fill in. The header text is exactly the column names the
 * completeness rules look for, so the table is read as data from the start.
 */
export function structuredTable(kind: StructuredTableKind, rows = 1): Node {
  if (!Number.isInteger(rows) || rows < 0) throw new RangeError('rows must be a whole number, 0 or more');
  const paragraph = nodeType('paragraph');
  const row = nodeType('table_row');
  const columns = STRUCTURED_TABLE_COLUMNS[kind];
  const header = row.create(
    null,
    columns.map((column) => nodeType('table_header').create(null, paragraph.create(null, schema.text(column)))),
  );
  const emptyRow = () => row.create(null, columns.map(() => nodeType('table_cell').create(null, paragraph.create())));
  return nodeType('table').create({ kind }, [header, ...Array.from({ length: rows }, emptyRow)]);
}
