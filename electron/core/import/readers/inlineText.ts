import type { NodeJSON } from '../../../../shared/model/draft.js';

/** The words of a node and everything inside it, blocks separated by a space. */
export function nodeText(node: NodeJSON): string {
  if (node.text !== undefined) return node.text;
  if (node.type === 'hard_break') return '\n';
  return (node.content ?? []).map(nodeText).join(node.type === 'paragraph' || node.type === 'heading' ? '' : ' ');
}
