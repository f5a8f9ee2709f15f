import type { Finding } from '../completeness/types.js';
import type { NodeJSON } from '../model/draft.js';
import { UNSORTED } from './types.js';

/**
 * The Unsorted pile: what an import could not place, kept with the draft as
 * a section with the id `UNSORTED` after the template's sections. It is the
 * officer's to sort, so the exports leave it out and the completeness check
 * keeps reminding them it is there.
 */

/** Anything a reader would see: some text or an image (an empty table or list is nothing to sort). */
export function hasVisibleContent(doc: NodeJSON): boolean {
  if (doc.type === 'image') return true;
  if (doc.text !== undefined && doc.text.trim() !== '') return true;
  return (doc.content ?? []).some(hasVisibleContent);
}

/**
 * How many parts of the imported document the pile still holds. The import
 * heads each part it puts here, so a part is a run under one of the
 * outermost headings, plus the text before the first of them; the count
 * follows the officer's edits because it is read from the text as it is now.
 */
export function unsortedPartCount(doc: NodeJSON): number {
  const blocks = doc.content ?? [];
  const levels = blocks.flatMap((block) => (block.type === 'heading' ? [Number(block.attrs?.['level'] ?? 1)] : []));
  const outermost = levels.length > 0 ? Math.min(...levels) : null;
  let parts = 0;
  let leading = true;
  for (const block of blocks) {
    if (block.type === 'heading' && Number(block.attrs?.['level'] ?? 1) === outermost) {
      parts += 1;
      leading = false;
    } else if (leading && hasVisibleContent(block)) {
      parts += 1;
      leading = false;
    }
  }
  return parts;
}

/** The reminder the completeness check adds while the pile has anything in it; null once it is empty. */
export function unsortedFinding(sections: readonly { id: string; doc: NodeJSON }[]): Finding | null {
  const pile = sections.find((section) => section.id === UNSORTED);
  if (!pile || !hasVisibleContent(pile.doc)) return null;
  const parts = Math.max(unsortedPartCount(pile.doc), 1);
  const what = parts === 1 ? '1 part of the imported document is' : `${parts} parts of the imported document are`;
  return {
    severity: 'warning',
    section: UNSORTED,
    rule: `${UNSORTED}.remaining`,
    message: `${what} still unsorted. Move each into the section where it belongs, or delete what is no longer needed: unsorted text is left out of the Word and PDF exports.`,
  };
}
