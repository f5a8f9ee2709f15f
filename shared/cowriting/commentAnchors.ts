import type { NodeJSON } from '../model/draft.js';
import { documentRange, textIndexOfJSON, textOffsetAt } from './textIndex.js';
import { diffWords, type DiffPart } from './wordDiff.js';

/** Where a comment points: a document range of its section and the text that was there when it was made. */
export interface CommentAnchor {
  from: number;
  to: number;
  quote: string;
}

/** An orphaned anchor keeps its last known range and quote so the comment can still show what it was about. */
export type ReanchorResult = { orphaned: false; anchor: CommentAnchor } | { orphaned: true; anchor: CommentAnchor };

/**
 * Follows anchors through one edit of a section. The old position is
 * carried through a word diff of the two texts to where it should now be,
 * then the quote is looked for and the occurrence nearest that point wins,
 * so a repeated phrase keeps the comment on the right one. A quote that no
 * longer appears anywhere leaves the comment orphaned rather than pinned to
 * the wrong words.
 */
export function anchorMapper(before: NodeJSON, after: NodeJSON): (anchor: CommentAnchor) => ReanchorResult {
  const finder = quoteFinder(before, after);
  return (anchor) => {
    const found = finder.find(anchor);
    if (found === undefined) return { orphaned: true, anchor };
    return { orphaned: false, anchor: { ...finder.range(found, found + anchor.quote.length), quote: anchor.quote } };
  };
}

export interface QuoteFinder {
  /**
   * The text offset in the new document of the occurrence of `anchor.quote`
   * nearest to where `anchor.from` moved; `lead` says how many characters of
   * the quote come before `anchor.from` (context quoted ahead of the range).
   */
  find(anchor: CommentAnchor, lead?: number): number | undefined;
  /** The new document's range for characters [from, to) of its text. */
  range(from: number, to: number): { from: number; to: number };
}

export function quoteFinder(before: NodeJSON, after: NodeJSON): QuoteFinder {
  const oldIndex = textIndexOfJSON(before);
  const newIndex = textIndexOfJSON(after);
  const parts = diffWords(oldIndex.text, newIndex.text);
  return {
    find: (anchor, lead = 0) => nearestOccurrence(newIndex.text, anchor.quote, mapOffset(parts, textOffsetAt(oldIndex, anchor.from)) - lead),
    range: (from, to) => documentRange(newIndex, from, to),
  };
}

export function reanchor(before: NodeJSON, after: NodeJSON, anchor: CommentAnchor): ReanchorResult {
  return anchorMapper(before, after)(anchor);
}

/** The text a range of the document covers, as an anchor's quote (blocks separated by a newline). */
export function quoteAt(doc: NodeJSON, from: number, to: number): string {
  const index = textIndexOfJSON(doc);
  return index.text.slice(textOffsetAt(index, from), textOffsetAt(index, to));
}

/** Where a character offset of the old text lands in the new one; inside deleted text it lands where the deletion was. */
function mapOffset(parts: DiffPart[], offset: number): number {
  let oldOffset = 0;
  let newOffset = 0;
  for (const part of parts) {
    const length = part.text.length;
    if (part.kind === 'insert') {
      newOffset += length;
      continue;
    }
    if (offset < oldOffset + length) return part.kind === 'equal' ? newOffset + (offset - oldOffset) : newOffset;
    oldOffset += length;
    if (part.kind === 'equal') newOffset += length;
  }
  return newOffset;
}

function nearestOccurrence(text: string, quote: string, expected: number): number | undefined {
  if (quote.length === 0) return undefined;
  let best: number | undefined;
  for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) {
    if (best === undefined || Math.abs(at - expected) < Math.abs(best - expected)) best = at;
    if (at > expected) break;
  }
  return best;
}
