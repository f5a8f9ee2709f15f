import { TextSelection } from 'prosemirror-state';
import { describe, expect, it } from 'vitest';
import type { ReadabilityReport } from '../../../shared/completeness/index.js';
import { docFromJSON } from '../../../shared/model/docJson.js';
import { longSentencesFor, LONG_SENTENCE_WORDS } from '../../../renderer/completeness/forewordFeedback.js';
import { readabilityVerdict } from '../../../renderer/completeness/readabilityVerdict.js';
import { createEditorState } from '../../../renderer/editor/createEditorState.js';
import { longSentencesKey, showLongSentences } from '../../../renderer/editor/plugins/longSentences.js';
import { clampLocation, revealLocation, selectionForLocation } from '../../../renderer/editor/revealLocation.js';
import { doc, p, table } from '../completeness/fixtures/build.js';

function editorState(json: ReturnType<typeof doc>) {
  const parsed = docFromJSON(json);
  if (!parsed.ok) throw new Error(parsed.message);
  return createEditorState(parsed.doc);
}

describe('revealing a finding’s location', () => {
  const state = editorState(doc(p('First paragraph here.'), p('The quorum is missing.')));

  it('selects exactly the text the finding points at', () => {
    // "quorum" in the second paragraph: paragraph 1 takes 23 positions, then 1 to enter paragraph 2, "The " is 4.
    const selection = selectionForLocation(state.doc, { from: 28, to: 34 });
    expect(selection).toBeInstanceOf(TextSelection);
    expect(state.doc.textBetween(selection.from, selection.to)).toBe('quorum');
  });

  it('clamps positions from an older version of the text into the document', () => {
    expect(clampLocation(state.doc, { from: 40, to: 500 })).toEqual({ from: 40, to: state.doc.content.size });
    expect(clampLocation(state.doc, { from: 9, to: -3 })).toEqual({ from: 0, to: 9 });
    const selection = selectionForLocation(state.doc, { from: 400, to: 900 });
    expect(selection.from).toBeLessThanOrEqual(state.doc.content.size);
  });

  it('moves ends that fall between blocks into text', () => {
    const selection = selectionForLocation(state.doc, { from: 0, to: state.doc.content.size });
    expect(selection).toBeInstanceOf(TextSelection);
    expect(state.doc.textBetween(selection.from, selection.to, '\n')).toBe('First paragraph here.\nThe quorum is missing.');
  });

  it('selects and scrolls without adding to the text', () => {
    const transaction = revealLocation(state, { from: 28, to: 34 });
    expect(transaction.docChanged).toBe(false);
    expect(transaction.scrolledIntoView).toBe(true);
    expect(revealLocation(state, undefined).selection.from).toBe(1);
  });
});

describe('long sentence highlights', () => {
  it('shows the spans when they are for the document in the editor, and follows typing afterwards', () => {
    const state = editorState(doc(p('Short one. This sentence is the long one here.')));
    const shown = showLongSentences(state, { doc: state.doc, spans: [{ from: 12, to: 48 }] });
    if (shown === null) throw new Error('expected highlights for the current document');
    const highlighted = state.apply(shown);
    expect(longSentencesKey.getState(highlighted)?.find().map((decoration) => [decoration.from, decoration.to])).toEqual([[12, 48]]);
    expect(showLongSentences(highlighted, { doc: highlighted.doc, spans: [{ from: 12, to: 48 }] })).toBeNull();

    const typed = highlighted.apply(highlighted.tr.insertText('Hi. ', 1));
    expect(longSentencesKey.getState(typed)?.find().map((decoration) => [decoration.from, decoration.to])).toEqual([[16, 52]]);
    // A check of the old text arriving late is ignored: its positions no longer fit.
    expect(showLongSentences(typed, { doc: highlighted.doc, spans: [{ from: 1, to: 5 }] })).toBeNull();
  });

  it('drops spans that fall outside the document', () => {
    const state = editorState(doc(p('Tiny.')));
    const shown = showLongSentences(state, { doc: state.doc, spans: [{ from: 1, to: 6 }, { from: 3, to: 999 }] });
    if (shown === null) throw new Error('expected highlights for the current document');
    expect(longSentencesKey.getState(state.apply(shown))?.find()).toHaveLength(1);
  });
});

const readability = (readingAge: number, words: number[], ceiling?: number): ReadabilityReport => ({
  words: words.reduce((sum, count) => sum + count, 0),
  sentences: words.length,
  grade: readingAge - 5,
  readingAge,
  ...(ceiling === undefined ? {} : { ceiling }),
  longestSentences: words.map((count, index) => ({ from: index * 10 + 1, to: index * 10 + 9, words: count, text: 'x' })),
});

describe('readability in words', () => {
  it('praises a young people’s foreword within the ceiling', () => {
    const verdict = readabilityVerdict(readability(11, [8, 6], 12));
    expect(`${verdict.headline} — ${verdict.advice}`).toBe('Reading age 11 — Good for young readers.');
    expect(verdict.tone).toBe('good');
  });

  it('suggests shorter sentences above the ceiling', () => {
    const verdict = readabilityVerdict(readability(15, [30, 25], 12));
    expect(verdict.tone).toBe('high');
    expect(verdict.advice).toContain('shorter sentences');
  });

  it('waits for a few sentences before judging', () => {
    expect(readabilityVerdict(undefined).tone).toBe('neutral');
    expect(readabilityVerdict(readability(20, [40], 12)).headline).toBe('Reading age not measured yet');
  });
});

describe('longSentencesFor', () => {
  const state = editorState(doc(p('Words.')));
  // Sections are told apart by the roles the pack gives them, whatever their ids.
  const youngPeople = { roles: ['young-people-foreword' as const] };
  const leadership = { roles: ['leadership-foreword' as const] };
  const childFriendly = { roles: ['child-friendly' as const, 'pledge' as const] };
  const other = { roles: ['measures' as const] };

  it('highlights only long sentences while the foreword reads easily', () => {
    const spans = longSentencesFor(youngPeople, readability(10, [LONG_SENTENCE_WORDS + 5, 9], 12), state.doc)?.spans;
    // The long sentence is the first built, at position 1.
    expect(spans?.map((span) => span.from)).toEqual([1]);
  });

  it('highlights the longest sentences whatever their length when the reading age is too high', () => {
    expect(longSentencesFor(youngPeople, readability(14, [15, 12], 12), state.doc)?.spans).toHaveLength(2);
  });

  it('clears highlights when the foreword has no measure, and leaves other sections alone', () => {
    expect(longSentencesFor(leadership, undefined, state.doc)).toEqual({ doc: state.doc, spans: [] });
    expect(longSentencesFor(other, readability(14, [30], 12), state.doc)).toBeNull();
    expect(longSentencesFor(leadership, readability(14, [30]), doc(table('measures', [['a']])))).toBeNull();
    expect(longSentencesFor({ roles: [] }, readability(14, [30], 12), state.doc)).toBeNull();
  });

  it('highlights in a section written for children to read', () => {
    expect(longSentencesFor(childFriendly, readability(14, [15, 12], 12), state.doc)?.spans).toHaveLength(2);
  });
});
