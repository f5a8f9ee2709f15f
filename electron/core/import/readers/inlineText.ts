import type { NodeJSON } from '../../../../shared/model/draft.js';

/**
 * The words of a node and everything inside it, blocks separated by a space.
 * Joined as it goes rather than through an array per node: it is asked of
 * every block of a document, several times over.
 */
export function nodeText(node: NodeJSON): string {
  if (node.text !== undefined) return node.text;
  if (node.type === 'hard_break') return '\n';
  const content = node.content;
  if (content === undefined || content.length === 0) return '';
  const separator = node.type === 'paragraph' || node.type === 'heading' ? '' : ' ';
  let text = nodeText(content[0] as NodeJSON);
  for (let index = 1; index < content.length; index += 1) text += separator + nodeText(content[index] as NodeJSON);
  return text;
}
