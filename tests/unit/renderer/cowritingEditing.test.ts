import { describe, expect, it } from 'vitest';
import { EditorState, TextSelection } from 'prosemirror-state';
import { schema } from '../../../shared/model/schema.js';
import { docFromJSON } from '../../../shared/model/docJson.js';
import { proposedReplacements } from '../../../shared/cowriting/proposedReplacements.js';
import { applySuggestions, textBefore } from '../../../renderer/cowriting/applySuggestions.js';
import { commentHighlights, currentCommentRange, quoteOfRange, setCommentRanges } from '../../../renderer/comments/commentHighlights.js';
import { highlightedRanges, shortQuote, threadsInTextOrder } from '../../../renderer/comments/commentText.js';
import type { CommentThread } from '../../../shared/cowriting/commentThread.js';
import type { NodeJSON } from '../../../shared/model/draft.js';

const docJSON = (...paragraphs: string[]): NodeJSON => ({ type: 'doc', content: paragraphs.map((text) => ({ type: 'paragraph', content: text ? [{ type: 'text', text }] : [] })) });

function stateOf(json: NodeJSON): EditorState {
  const parsed = docFromJSON(json);
  if (!parsed.ok) throw new Error(parsed.message);
  return EditorState.create({ doc: parsed.doc, schema, plugins: [commentHighlights()] });
}

function suggestionsFor(current: NodeJSON, incoming: NodeJSON) {
  return proposedReplacements(current, incoming).map((proposal, index) => ({ id: `s${index}`, from: proposal.from, to: proposal.to, deleted: proposal.deleted, inserted: proposal.inserted, orphaned: false }));
}

const paragraphs = (state: EditorState) => {
  const texts: string[] = [];
  state.doc.forEach((node) => texts.push(node.textContent));
  return texts;
};

describe('applySuggestions', () => {
  it('turns the current text into the incoming one when every suggestion is accepted', () => {
    const current = docJSON('We will listen to young people.', 'Councillors meet twice a year.');
    const incoming = docJSON('We will always listen to children and young people.', 'Councillors meet four times a year.');
    const state = stateOf(current);
    const result = applySuggestions(state, suggestionsFor(current, incoming));
    expect(result.skipped).toEqual([]);
    expect(paragraphs(state.apply(result.transaction))).toEqual(['We will always listen to children and young people.', 'Councillors meet four times a year.']);
  });

  it('applies one suggestion alone and leaves the rest of the text as it was', () => {
    const current = docJSON('The cat sat on the mat.');
    const all = suggestionsFor(current, docJSON('The dog sat on the rug.'));
    expect(all).toHaveLength(2);
    const state = stateOf(current);
    const result = applySuggestions(state, all.slice(1));
    expect(paragraphs(state.apply(result.transaction))).toEqual(['The cat sat on the rug.']);
  });

  it('starts a new paragraph where the suggested text has a line break', () => {
    const current = docJSON('First part. Second part.');
    const state = stateOf(current);
    const result = applySuggestions(state, suggestionsFor(current, docJSON('First part.', 'Second part.')));
    expect(result.skipped).toEqual([]);
    expect(paragraphs(state.apply(result.transaction))).toEqual(['First part.', 'Second part.']);
  });

  it('skips a suggestion whose words are no longer where it says, or that is orphaned', () => {
    const current = docJSON('Keep children safe.');
    const suggestion = suggestionsFor(current, docJSON('Keep all children safe.'))[0] as ReturnType<typeof suggestionsFor>[number];
    const state = stateOf(docJSON('Keep young people safe.'));
    const moved = { ...suggestion, to: suggestion.from + 5, deleted: 'xxxxx' };
    expect(applySuggestions(state, [moved]).skipped).toEqual([suggestion.id]);
    expect(applySuggestions(stateOf(current), [{ ...suggestion, orphaned: true }]).applied).toEqual([]);
  });

  it('applies only the first of two overlapping suggestions', () => {
    const current = docJSON('Listen to us.');
    const state = stateOf(current);
    const a = { id: 'a', from: 1, to: 7, deleted: 'Listen', inserted: 'Hear', orphaned: false };
    const b = { id: 'b', from: 1, to: 14, deleted: 'Listen to us.', inserted: 'Talk.', orphaned: false };
    const result = applySuggestions(state, [a, b]);
    expect(result.applied).toHaveLength(1);
    expect(result.skipped).toHaveLength(1);
  });
});

describe('comment highlights', () => {
  it('quotes a selection the way storage finds it again, blocks on separate lines', () => {
    const state = stateOf(docJSON('One two', 'three four'));
    expect(quoteOfRange(state.doc, 5, 15)).toBe('two\nthree');
  });

  it('keeps a highlighted range on its words as text is typed before it', () => {
    let state = stateOf(docJSON('Young people want stability.'));
    state = state.apply(setCommentRanges(state.tr, [{ id: 'c1', from: 19, to: 28 }]));
    expect(state.doc.textBetween(19, 28)).toBe('stability');
    state = state.apply(state.tr.insertText('All ', 1));
    expect(currentCommentRange(state, 'c1')).toEqual({ from: 23, to: 32 });
    expect(state.doc.textBetween(23, 32)).toBe('stability');
  });

  it('leaves out ranges that fall outside the text and can be cleared', () => {
    let state = stateOf(docJSON('Short.'));
    state = state.apply(setCommentRanges(state.tr, [{ id: 'far', from: 50, to: 60 }, { id: 'ok', from: 1, to: 6 }]));
    expect(currentCommentRange(state, 'far')).toBeNull();
    expect(currentCommentRange(state, 'ok')).toEqual({ from: 1, to: 6 });
    state = state.apply(setCommentRanges(state.tr, []));
    expect(currentCommentRange(state, 'ok')).toBeNull();
    expect(state.selection).toBeInstanceOf(TextSelection);
  });
});

describe('comment lists', () => {
  const thread = (id: string, from: number, extra: Partial<CommentThread> = {}): CommentThread => ({
    id,
    draftId: 'd',
    sectionId: 's',
    anchor: { from, to: from + 3, quote: 'abc' },
    orphaned: false,
    author: 'Sam',
    at: '2025-01-01T00:00:00Z',
    body: 'b',
    resolved: null,
    replies: [],
    ...extra,
  });

  it('orders threads as the text reads, with orphaned ones last', () => {
    const ordered = threadsInTextOrder([thread('late', 40), thread('gone', 1, { orphaned: true }), thread('early', 2)]);
    expect(ordered.map((each) => each.id)).toEqual(['early', 'late', 'gone']);
  });

  it('highlights only open comments whose words are still there', () => {
    const ranges = highlightedRanges([thread('open', 1), thread('done', 5, { resolved: { by: 'Jo', at: '' } }), thread('gone', 9, { orphaned: true })]);
    expect(ranges).toEqual([{ id: 'open', from: 1, to: 4 }]);
  });

  it('shortens long quotes at a word', () => {
    expect(shortQuote('short')).toBe('short');
    expect(shortQuote('one two three four five', 12)).toBe('one two…');
  });
});

describe('textBefore', () => {
  it('gives the words just before a position in the same paragraph, cut at a word', () => {
    const state = stateOf(docJSON('First paragraph.', 'We will always listen to children and young people in care.'));
    const at = state.doc.content.size - 1 - ' in care.'.length;
    expect(textBefore(state.doc, at, 20)).toBe('and young people');
    expect(textBefore(state.doc, 7)).toBe('First ');
  });
});
