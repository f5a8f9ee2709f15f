import { describe, expect, it } from 'vitest';
import type { Node } from 'prosemirror-model';
import { EditorState, TextSelection, type Transaction } from 'prosemirror-state';
import { Transform } from 'prosemirror-transform';
import {
  acceptAllSuggestions,
  acceptSuggestion,
  acceptedView,
  acceptedViewWithMapping,
  openSuggestionCounts,
  pendingSuggestions,
  rejectAllSuggestions,
  rejectSuggestion,
  storedDocHoldsSuggestions,
  trackEdit,
} from '../../../shared/cowriting/suggestMode.js';
import type { NodeJSON } from '../../../shared/model/draft.js';
import { schema } from '../../../shared/model/schema.js';

const AT = '2026-03-12T10:00:00.000Z';

function docOf(...paragraphs: string[]): Node {
  return schema.node('doc', null, paragraphs.map((text) => schema.node('paragraph', null, text ? [schema.text(text)] : [])));
}

/** Applies an edit as the editor would, then rewrites it as suggestions by `author`. */
function suggest(state: EditorState, edit: (state: EditorState) => Transaction, author = 'Officer Ola'): EditorState {
  const tr = edit(state);
  const applied = state.apply(tr);
  const into = applied.tr;
  let next = 0;
  const { cursor } = trackEdit(tr, into, { author, at: AT, newId: () => `${author}-${(next += 1)}`, headBefore: state.selection.head });
  if (cursor !== null) into.setSelection(TextSelection.create(into.doc, cursor));
  return applied.apply(into);
}

/** The document as text with suggestions spelt out: [+added+] and [-removed-]. */
function marked(doc: Node): string {
  const blocks: string[] = [];
  doc.forEach((block) => {
    let text = '';
    block.forEach((node) => {
      const content = node.text ?? '';
      if (node.marks.some((mark) => mark.type.name === 'insertion')) text += `[+${content}+]`;
      else if (node.marks.some((mark) => mark.type.name === 'deletion')) text += `[-${content}-]`;
      else text += content;
    });
    blocks.push(text);
  });
  return blocks.join('\n');
}

const start = (text = 'We want to be heard.') => EditorState.create({ doc: docOf(text) });

describe('suggest mode: applying edits as suggestions', () => {
  it('marks typed text as an insertion with author and time', () => {
    const state = suggest(start(), (s) => s.tr.insertText(' always', 8));
    expect(marked(state.doc)).toBe('We want[+ always+] to be heard.');
    expect(pendingSuggestions(state.doc)).toEqual([{ id: 'Officer Ola-1', author: 'Officer Ola', at: AT, from: 8, inserted: ' always', deleted: '' }]);
  });

  it('keeps deleted text, struck through, and puts the cursor before it on Backspace', () => {
    const base = start();
    const state = suggest(base.apply(base.tr.setSelection(TextSelection.create(base.doc, 21))), (s) => s.tr.delete(15, 21));
    expect(marked(state.doc)).toBe('We want to be [-heard.-]');
    expect(state.selection.head).toBe(15);
    const again = suggest(state, (s) => s.tr.delete(14, 15));
    expect(marked(again.doc)).toBe('We want to be[- heard.-]');
    expect(pendingSuggestions(again.doc)).toHaveLength(1);
  });

  it('puts the cursor after the struck-through text on a forward Delete', () => {
    const base = start();
    const state = suggest(base.apply(base.tr.setSelection(TextSelection.create(base.doc, 1))), (s) => s.tr.delete(1, 3));
    expect(marked(state.doc)).toBe('[-We-] want to be heard.');
    expect(state.selection.head).toBe(3);
  });

  it('treats typing over a selection as one suggestion with both parts', () => {
    const state = suggest(start(), (s) => s.tr.insertText('listened to', 15, 20));
    expect(marked(state.doc)).toBe('We want to be [-heard-][+listened to+].');
    const [only] = pendingSuggestions(state.doc);
    expect(only).toMatchObject({ deleted: 'heard', inserted: 'listened to' });
  });

  it('extends the same author’s insertion while typing on, and starts a new one for someone else', () => {
    let state = suggest(start(), (s) => s.tr.insertText('A', 1));
    state = suggest(state, (s) => s.tr.insertText('B', 2));
    expect(pendingSuggestions(state.doc)).toHaveLength(1);
    state = suggest(state, (s) => s.tr.insertText('C', 3), 'Manager Mo');
    expect(pendingSuggestions(state.doc).map((each) => [each.author, each.inserted])).toEqual([
      ['Officer Ola', 'AB'],
      ['Manager Mo', 'C'],
    ]);
  });

  it('really removes inserted text that is deleted again', () => {
    let state = suggest(start(), (s) => s.tr.insertText('really ', 4));
    state = suggest(state, (s) => s.tr.delete(4, 11));
    expect(marked(state.doc)).toBe('We want to be heard.');
    expect(pendingSuggestions(state.doc)).toEqual([]);
  });

  it('deletes across an insertion: the insertion goes, the original words stay struck through', () => {
    let state = suggest(start(), (s) => s.tr.insertText('really ', 4));
    expect(marked(state.doc)).toBe('We [+really +]want to be heard.');
    // Select "We really want" and delete it.
    state = suggest(state, (s) => s.tr.delete(1, 15));
    expect(marked(state.doc)).toBe('[-We want-] to be heard.');
  });

  it('leaves text that is already suggested for removal with its first author', () => {
    let state = suggest(start(), (s) => s.tr.delete(1, 4), 'Manager Mo');
    state = suggest(state, (s) => s.tr.delete(1, 9));
    expect(marked(state.doc)).toBe('[-We -][-want -]to be heard.');
    expect(pendingSuggestions(state.doc).map((each) => [each.author, each.deleted])).toEqual([
      ['Manager Mo', 'We '],
      ['Officer Ola', 'want '],
    ]);
  });

  it('keeps a deletion across two paragraphs instead of joining them', () => {
    const base = EditorState.create({ doc: docOf('First line.', 'Second line.') });
    const state = suggest(base, (s) => s.tr.delete(7, 20));
    expect(marked(state.doc)).toBe('First [-line.-]\n[-Second-] line.');
  });
});

describe('suggest mode: accepting and rejecting', () => {
  function withSuggestions(): Node {
    let state = suggest(start(), (s) => s.tr.insertText('listened to', 15, 20));
    state = suggest(state, (s) => s.tr.insertText('All ', 1), 'Manager Mo');
    return state.doc;
  }

  it('accepts one suggestion: the insertion becomes text and the deletion goes', () => {
    const doc = withSuggestions();
    const tr = new Transform(doc);
    expect(acceptSuggestion(tr, 'Officer Ola-1')).toBe(true);
    expect(marked(tr.doc)).toBe('[+All +]We want to be listened to.');
  });

  it('rejects one suggestion: the insertion goes and the deleted words come back', () => {
    const tr = new Transform(withSuggestions());
    expect(rejectSuggestion(tr, 'Officer Ola-1')).toBe(true);
    expect(marked(tr.doc)).toBe('[+All +]We want to be heard.');
    expect(rejectSuggestion(tr, 'no-such-id')).toBe(false);
  });

  it('accepts or rejects all at once', () => {
    const accepted = new Transform(withSuggestions());
    acceptAllSuggestions(accepted);
    expect(marked(accepted.doc)).toBe('All We want to be listened to.');
    const rejected = new Transform(withSuggestions());
    rejectAllSuggestions(rejected);
    expect(marked(rejected.doc)).toBe('We want to be heard.');
  });

  it('reads the text as if every suggestion were accepted, without changing the document', () => {
    const doc = withSuggestions();
    expect(acceptedView(doc).textContent).toBe('All We want to be listened to.');
    expect(marked(doc)).toBe('[+All +]We want to be [-heard-][+listened to+].');
  });

  it('leads from the accepted text back to the same words in the edited document', () => {
    const doc = withSuggestions();
    const { doc: accepted, toEdited } = acceptedViewWithMapping(doc);
    if (!toEdited) throw new Error('a deletion moves positions, so there must be a way back');
    const from = accepted.textContent.indexOf('listened') + 1;
    const to = from + 'listened to'.length;
    expect(accepted.textBetween(from, to)).toBe('listened to');
    expect(doc.textBetween(toEdited.map(from, 1), toEdited.map(to, -1))).toBe('listened to');
  });

  it('has no way back to give when positions do not move', () => {
    const plain = docOf('We want to be heard.');
    expect(acceptedViewWithMapping(plain)).toEqual({ doc: plain, toEdited: null });
    const inserted = suggest(start(), (state) => state.tr.insertText('All ', 1));
    expect(marked(inserted.doc)).toBe('[+All +]We want to be heard.');
    expect(acceptedViewWithMapping(inserted.doc).toEdited).toBeNull();
  });
});

describe('pending suggestions as the writer types', () => {
  it('are found again after an edit elsewhere, with their places moved, without looking into the blocks the edit left alone', () => {
    let state = EditorState.create({ doc: docOf('We will listen.', 'A second paragraph.', 'We will act.') });
    state = suggest(state, (current) => current.tr.insertText(' always', 8));
    state = suggest(state, (current) => current.tr.insertText(' now', 17 + 7 + 21 + 7), 'Tom');
    expect(pendingSuggestions(state.doc).map(({ from, inserted }) => [from, inserted])).toEqual([
      [8, ' always'],
      [52, ' now'],
    ]);
    const untouched = [state.doc.child(0), state.doc.child(2)];
    let lookedInto = 0;
    for (const block of untouched) {
      block.forEach((text) => {
        const marks = text.marks;
        Object.defineProperty(text, 'marks', { get: () => ((lookedInto += 1), marks) });
      });
    }
    const typed = state.apply(state.tr.insertText('Our ', 1 + state.doc.child(0).nodeSize));
    expect(typed.doc.child(0)).toBe(untouched[0]);
    expect(pendingSuggestions(typed.doc).map(({ from, inserted }) => [from, inserted])).toEqual([
      [8, ' always'],
      [56, ' now'],
    ]);
    expect(lookedInto).toBe(0);
  });
});

describe('suggestions in a stored draft, read without parsing it', () => {
  it('finds an insertion or a deletion anywhere in a section, and counts the suggestions of those sections only', () => {
    let state = start();
    state = suggest(state, (current) => current.tr.insertText(' really', 8));
    const withInsertion = state.doc.toJSON() as NodeJSON;
    state = suggest(start(), (current) => current.tr.delete(8, 14), 'Tom');
    const withDeletion = state.doc.toJSON() as NodeJSON;
    const plain = docOf('We want to be heard.', 'Nothing pending here.').toJSON() as NodeJSON;
    expect([withInsertion, withDeletion].map(storedDocHoldsSuggestions)).toEqual([true, true]);
    expect(openSuggestionCounts([
      { id: 'plain', doc: plain },
      { id: 'inserted', doc: withInsertion },
      { id: 'deleted', doc: withDeletion },
    ])).toEqual(new Map([['inserted', 1], ['deleted', 1]]));
  });

  it('finds none in a section whose only marks are bold, italic and links', () => {
    const formatted: NodeJSON = {
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Our pledge', marks: [{ type: 'strong' }, { type: 'link', attrs: { href: 'https://example.org/' } }] }] }],
    };
    expect(storedDocHoldsSuggestions(formatted)).toBe(false);
    expect(openSuggestionCounts([{ id: 'formatted', doc: formatted }]).size).toBe(0);
  });
});
