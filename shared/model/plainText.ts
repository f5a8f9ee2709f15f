import type { Node } from 'prosemirror-model';

/** The text of a section as a reader would copy it: one line per block, cells separated by tabs. */
export function plainText(doc: Node): string {
  const lines: string[] = [];
  doc.descendants((node) => {
    if (node.type.name === 'table_row') {
      const cells: string[] = [];
      node.forEach((cell) => cells.push(cell.textBetween(0, cell.content.size, ' ', '\n')));
      lines.push(cells.join('\t'));
      return false;
    }
    if (node.isTextblock) {
      lines.push(node.textBetween(0, node.content.size, undefined, (leaf) => (leaf.type.name === 'hard_break' ? '\n' : '')));
      return false;
    }
    return true;
  });
  return lines.join('\n');
}
