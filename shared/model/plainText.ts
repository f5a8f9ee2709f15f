import type { Node } from 'prosemirror-model';
import { acceptedView } from '../cowriting/suggestMode.js';

/**
 * The text of a section as a reader would copy it: one line per block,
 * cells separated by tabs. Pending suggestions are read as if accepted
 * (suggested words in, words suggested for removal out), so search and
 * word counts see the text that is being proposed.
 */
export function plainText(doc: Node): string {
  const lines: string[] = [];
  acceptedView(doc).descendants((node) => {
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
