import type { Node } from 'prosemirror-model';
import type { Finding } from '../types.js';
import { MAX_FINDINGS_PER_SECTION, perSection } from './documentRule.js';

/**
 * The Word and PDF exports leave out a heading that heads nothing: one with
 * no words, or one with nothing written under it before the next heading of
 * its level or above (its own sub-headings are judged the same way). The
 * officer sees the heading on screen, so the check says it will not be
 * printed: as advice, since nothing written is lost.
 */

/** A paragraph with nothing a reader would see: no words and no picture. */
function isBlank(node: Node): boolean {
  if (node.type.name !== 'paragraph') return false;
  let seen = false;
  node.descendants((child) => {
    if (child.isText ? /\S/u.test(child.text ?? '') : child.isLeaf && child.type.name !== 'hard_break') seen = true;
    return !seen;
  });
  return !seen;
}

interface EmptyHeading {
  title: string;
  from: number;
  to: number;
}

/** Whether the heading at `index` of `children` has no words, or nothing written under it before the next heading of its level or above. */
function headsNothing(heading: Node, children: readonly Node[], index: number): boolean {
  if (heading.textContent.trim() === '') return true;
  const level = Number(heading.attrs['level']);
  for (let next = index + 1; next < children.length; next += 1) {
    const following = children[next] as Node;
    if (following.type.name === 'heading') {
      if (Number(following.attrs['level']) <= level) return true;
      continue;
    }
    if (!isBlank(following)) return false;
  }
  return true;
}

/** Runs on every keystroke in the section typed in: one pass over its top-level nodes, with nothing copied per heading. */
function emptyHeadings(doc: Node): EmptyHeading[] {
  const children = doc.content.content;
  const found: EmptyHeading[] = [];
  let pos = 0;
  children.forEach((node, index) => {
    if (node.type.name === 'heading' && headsNothing(node, children, index)) found.push({ title: node.textContent.trim(), from: pos + 1, to: pos + node.nodeSize - 1 });
    pos += node.nodeSize;
  });
  return found;
}

export const emptyHeadingsRule = perSection('empty-heading', (section) =>
  emptyHeadings(section.doc)
    .slice(0, MAX_FINDINGS_PER_SECTION)
    .map(
      ({ title, from, to }): Finding => ({
        severity: 'info',
        section: section.id,
        rule: 'empty-heading',
        message:
          title === ''
            ? 'This heading has no words, so it will be left out of the Word and PDF exports. Type the heading, or delete it.'
            : `The heading "${title}" has nothing written under it, so it will be left out of the Word and PDF exports and their contents. Write under it, or delete it.`,
        location: { from, to },
      }),
    ),
);
