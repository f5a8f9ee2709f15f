import { describe, expect, it } from 'vitest';
import { quoteAt, reanchor, type CommentAnchor } from '../../../shared/cowriting/commentAnchors.js';
import { textIndexOfJSON } from '../../../shared/cowriting/textIndex.js';
import type { NodeJSON } from '../../../shared/model/draft.js';
import { paragraphDoc } from '../core/fixtures.js';

/** The anchor of the n-th occurrence of `quote` in a document, as the editor would make it from a selection. */
function anchorOn(doc: NodeJSON, quote: string, occurrence = 0): CommentAnchor {
  const index = textIndexOfJSON(doc);
  let at = -1;
  for (let i = 0; i <= occurrence; i += 1) at = index.text.indexOf(quote, at + 1);
  if (at < 0) throw new Error(`"${quote}" is not in the document`);
  return { from: index.starts[at] as number, to: index.ends[at + quote.length - 1] as number, quote };
}

function followed(before: NodeJSON, after: NodeJSON, anchor: CommentAnchor): string | null {
  const result = reanchor(before, after, anchor);
  return result.orphaned ? null : quoteAt(after, result.anchor.from, result.anchor.to);
}

const original = paragraphDoc('We will listen to young people.', 'We will act on what they tell us.');

describe('comment anchors', () => {
  it('reads the quote of a range across the document', () => {
    const anchor = anchorOn(original, 'listen to young');
    expect(anchor).toEqual({ from: 9, to: 24, quote: 'listen to young' });
    expect(quoteAt(original, anchor.from, anchor.to)).toBe('listen to young');
  });

  it('moves with text inserted before it, in the same paragraph and in an earlier one', () => {
    const anchor = anchorOn(original, 'act on what');
    const earlier = paragraphDoc('Our promise.', 'We will always listen to young people.', 'We will act on what they tell us.');
    const result = reanchor(original, earlier, anchor);
    expect(result.orphaned).toBe(false);
    expect(result.anchor.from).toBeGreaterThan(anchor.from);
    expect(followed(original, earlier, anchor)).toBe('act on what');
  });

  it('stays put when text is changed after it', () => {
    const anchor = anchorOn(original, 'listen to young');
    const later = paragraphDoc('We will listen to young people.', 'We will act quickly.');
    expect(reanchor(original, later, anchor)).toEqual({ orphaned: false, anchor });
  });

  it('survives edits right around it', () => {
    const anchor = anchorOn(original, 'young people');
    const around = paragraphDoc('We will listen to all young people in care.', 'We will act on what they tell us.');
    expect(followed(original, around, anchor)).toBe('young people');
  });

  it('keeps to the same one of a repeated phrase', () => {
    const anchor = anchorOn(original, 'We will', 1);
    const edited = paragraphDoc('Together, we promise: We will listen to young people.', 'We will act on what they tell us.');
    const result = reanchor(original, edited, anchor);
    expect(result.orphaned).toBe(false);
    // The comment was on the second paragraph's "We will", and stays there.
    expect(result.anchor.from).toBeGreaterThan(textIndexOfJSON(edited).text.indexOf('\n'));
  });

  it('becomes orphaned when the quoted words are gone, keeping its last place and quote', () => {
    const anchor = anchorOn(original, 'act on what');
    const rewritten = paragraphDoc('We will listen to young people.', 'We will do as they ask.');
    expect(reanchor(original, rewritten, anchor)).toEqual({ orphaned: true, anchor });
  });

  it('finds a quote that spans two paragraphs', () => {
    const anchor = anchorOn(original, 'people.\nWe will act');
    const edited = paragraphDoc('Foreword.', 'We will listen to young people.', 'We will act on what they tell us.');
    expect(followed(original, edited, anchor)).toBe('people.\nWe will act');
  });
});
