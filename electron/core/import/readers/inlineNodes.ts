import type { NodeJSON } from '../../../../shared/model/draft.js';
import { safeHref } from '../../../../shared/model/safeHref.js';

const ADDRESS = /\b(?:https?:\/\/|www\.)[^\s<>"]+[^\s<>".,;:!?)]/gi;

/** Plain text as inline nodes, with web addresses turned into links when `safeHref` accepts them. */
export function textWithLinks(text: string): NodeJSON[] {
  const nodes: NodeJSON[] = [];
  let last = 0;
  for (const match of text.matchAll(ADDRESS)) {
    const start = match.index;
    const address = match[0];
    const href = safeHref(address);
    if (href === null) continue;
    if (start > last) nodes.push({ type: 'text', text: text.slice(last, start) });
    nodes.push({ type: 'text', text: address, marks: [{ type: 'link', attrs: { href } }] });
    last = start + address.length;
  }
  if (last < text.length) nodes.push({ type: 'text', text: text.slice(last) });
  return nodes;
}

/** Lines of one paragraph, kept apart by line breaks as the author typed them (a signature, an address). */
export function linesAsInline(lines: readonly string[]): NodeJSON[] {
  const nodes: NodeJSON[] = [];
  lines.forEach((line, index) => {
    if (index > 0) nodes.push({ type: 'hard_break' });
    nodes.push(...textWithLinks(line));
  });
  return nodes;
}
