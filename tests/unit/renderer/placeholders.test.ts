import { describe, expect, it } from 'vitest';
import { EditorState, TextSelection, type Transaction } from 'prosemirror-state';
import { docFromJSON } from '../../../shared/model/docJson.js';
import type { NodeJSON } from '../../../shared/model/draft.js';
import { createEditorState } from '../../../renderer/editor/createEditorState.js';
import { placeholdersIn } from '../../../renderer/editor/plugins/placeholders.js';
import { setSuggestMode } from '../../../renderer/editor/plugins/suggestMode.js';
import { marks } from '../../../renderer/editor/schemaTypes.js';
import { openWritingPlace } from '../../../renderer/workshop/writingPlace.js';

const text = (value: string, ...marks: string[]): NodeJSON => ({ type: 'text', text: value, ...(marks.length ? { marks: marks.map((type) => ({ type })) } : {}) });
const paragraph = (...content: NodeJSON[]): NodeJSON => ({ type: 'paragraph', ...(content.length ? { content } : {}) });

/** The leadership foreword's starter: bold placeholders at the start of each line. */
const leadership = { type: 'doc', content: [paragraph(text('[Name]', 'strong'), text(', Lead Member')), paragraph(text('[Name]', 'strong'), text(', Director'))] };

function stateOf(json: NodeJSON): EditorState {
  const parsed = docFromJSON(json);
  if (!parsed.ok) throw new Error(parsed.message);
  return createEditorState(parsed.doc);
}

/** Moves the caret as the view does when the browser's selection changes (a click, Home, Ctrl+Home). */
const caretTo = (state: EditorState, pos: number): EditorState => state.apply(state.tr.setSelection(TextSelection.create(state.doc, pos)));

/** Types text the way the view does, so the plugins' text-input handlers get their chance first. */
function type(state: EditorState, typed: string): EditorState {
  let current = state;
  for (const char of typed) {
    const view = { state: current, composing: false, dispatch: (tr: Transaction) => (current = current.apply(tr)) };
    const { from, to } = current.selection;
    const handled = current.plugins.some((plugin) => plugin.props.handleTextInput?.call(plugin, view as never, from, to, char, () => current.tr) === true);
    if (!handled) current = current.apply(current.tr.insertText(char, from, to));
  }
  return current;
}

const boldText = (state: EditorState): string[] => {
  const found: string[] = [];
  state.doc.descendants((node) => {
    if (node.isText && node.marks.some((mark) => mark.type.name === 'strong')) found.push(node.text ?? '');
  });
  return found;
};

describe('placeholders in starter text', () => {
  it('finds the template’s kinds of placeholder, not reference numbers', () => {
    const state = stateOf({ type: 'doc', content: [paragraph(text('[First priority] by TBC: XX% of leavers [3] in dd/mm/yyyy'))] });
    const block = state.doc.firstChild;
    if (!block) throw new Error('empty document');
    const found = placeholdersIn(block, 1).map(({ from, to }) => state.doc.textBetween(from, to));
    expect(found).toEqual(['[First priority]', 'TBC', 'XX%', 'dd/mm/yyyy']);
  });

  it('Ctrl+Home then typing replaces the first placeholder, and the typed name is not bold', () => {
    let state = caretTo(caretTo(stateOf(leadership), 14), 1);
    expect(state.doc.textBetween(state.selection.from, state.selection.to)).toBe('[Name]');
    state = type(state, 'Cllr Amina Okafor');
    expect(state.doc.firstChild?.textContent).toBe('Cllr Amina Okafor, Lead Member');
    expect(boldText(state)).toEqual(['[Name]']);
  });

  it('a click inside a placeholder selects it whole; a second click inside puts the caret there', () => {
    let state = caretTo(stateOf(leadership), 4);
    expect([state.selection.from, state.selection.to]).toEqual([1, 7]);
    state = caretTo(state, 4);
    expect(state.selection.empty).toBe(true);
    expect(state.selection.from).toBe(4);
  });

  it('an arrow key out of the selected placeholder is not pulled back (no trap)', () => {
    let state = caretTo(stateOf(leadership), 3);
    state = caretTo(state, 1);
    expect(state.selection.empty).toBe(true);
    state = caretTo(state, 7);
    expect(state.selection.empty).toBe(true);
  });

  it('typing straight after a bold placeholder is not bold either', () => {
    const state = type(caretTo(stateOf({ type: 'doc', content: [paragraph(text('Date: '), text('TBC', 'em'))] }), 10), ' soon');
    expect(state.doc.textContent).toBe('Date: TBC soon');
    let italic = '';
    state.doc.descendants((node) => {
      if (node.isText && node.marks.length) italic += node.text;
    });
    expect(italic).toBe('TBC');
  });

  it('a placeholder spanning marks is still one unit, and replacing it keeps the rest of the line', () => {
    let state = stateOf({ type: 'doc', content: [paragraph(text('Our '), text('[First ', 'strong'), text('priority]', 'em'), text(' is set.'))] });
    state = caretTo(state, 9);
    expect(state.doc.textBetween(state.selection.from, state.selection.to)).toBe('[First priority]');
    state = type(state, 'stability');
    expect(state.doc.textContent).toBe('Our stability is set.');
    expect(boldText(state)).toEqual([]);
  });

  it('formatting chosen before typing (Ctrl+I at the caret) still applies', () => {
    let state = caretTo(stateOf(leadership), 7);
    state = state.apply(state.tr.setStoredMarks([marks.em.create()]));
    state = type(state, 'Jo');
    let italic = '';
    state.doc.descendants((node) => {
      if (node.isText && node.marks.some((mark) => mark.type.name === 'em')) italic += node.text;
    });
    expect(italic).toBe('Jo');
  });

  it('in suggest mode the replacement is a suggestion and nothing is lost', () => {
    let state = stateOf(leadership);
    state = state.apply(setSuggestMode(state, { on: true, author: 'Sam' }));
    state = type(caretTo(caretTo(state, 14), 1), 'Jo');
    expect(state.doc.firstChild?.textContent).toContain('[Name]');
    expect(state.doc.firstChild?.textContent).toContain('Jo');
  });
});

describe('the foreword workshop’s place to write', () => {
  const attribution = { type: 'doc', content: [paragraph(text('Written by [name of the group], [month and year].', 'em'))] };

  it('opens an empty, unformatted paragraph above the italic attribution line, with the caret in it', () => {
    const state = stateOf(attribution);
    const tr = openWritingPlace(state);
    if (!tr) throw new Error('no place to write was opened');
    const next = type(state.apply(tr), 'We want');
    expect(next.doc.firstChild?.textContent).toBe('We want');
    expect(next.doc.firstChild?.firstChild?.marks).toEqual([]);
    expect(next.doc.child(1).textContent).toBe('Written by [name of the group], [month and year].');
  });

  it('leaves a foreword the young people have started alone', () => {
    expect(openWritingPlace(stateOf({ type: 'doc', content: [paragraph(text('We want to be heard.')), ...attribution.content] }))).toBeNull();
  });
});
