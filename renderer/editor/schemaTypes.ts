import type { MarkType, NodeType } from 'prosemirror-model';
import { schema } from '../../shared/model/schema.js';

/**
 * The schema's node and mark types by name, looked up once. A missing name
 * means the shared schema and the editor disagree, which must fail loudly at
 * start-up rather than as a dead toolbar button.
 */
function nodeType(name: string): NodeType {
  const type = schema.nodes[name];
  if (!type) throw new Error(`The strategy schema has no node type "${name}".`);
  return type;
}

function markType(name: string): MarkType {
  const type = schema.marks[name];
  if (!type) throw new Error(`The strategy schema has no mark type "${name}".`);
  return type;
}

export const nodes = {
  paragraph: nodeType('paragraph'),
  heading: nodeType('heading'),
  bulletList: nodeType('bullet_list'),
  orderedList: nodeType('ordered_list'),
  listItem: nodeType('list_item'),
  table: nodeType('table'),
  tableRow: nodeType('table_row'),
  tableCell: nodeType('table_cell'),
  tableHeader: nodeType('table_header'),
  hardBreak: nodeType('hard_break'),
};

export const marks = {
  strong: markType('strong'),
  em: markType('em'),
  link: markType('link'),
  deletion: markType('deletion'),
};
