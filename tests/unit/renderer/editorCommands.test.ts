import { describe, expect, it } from 'vitest';
import { EditorState, TextSelection, type Transaction } from 'prosemirror-state';
import { undo, undoDepth } from 'prosemirror-history';
import { docFromJSON } from '../../../shared/model/docJson.js';
import type { NodeJSON } from '../../../shared/model/draft.js';
import { createEditorState } from '../../../renderer/editor/createEditorState.js';
import { marks } from '../../../renderer/editor/schemaTypes.js';
import { addColumn, addRow, insertTable, linkCommand, currentLinkHref, setHeading, toggleBold } from '../../../renderer/editor/commands.js';

function stateOf(json: NodeJSON, cursor = 1): EditorState {
  const parsed = docFromJSON(json);
  if (!parsed.ok) throw new Error(parsed.message);
  const state = createEditorState(parsed.doc);
  return state.apply(state.tr.setSelection(TextSelection.create(state.doc, cursor)));
}

function run(state: EditorState, command: (state: EditorState, dispatch?: (tr: Transaction) => void) => boolean): EditorState {
  let next = state;
  const handled = command(state, (tr) => (next = state.apply(tr)));
  if (!handled) throw new Error('command did not apply');
  return next;
}

/** Types text the way the view does, so input rules get their chance first. */
function type(state: EditorState, text: string): EditorState {
  let current = state;
  for (const char of text) {
    const view = {
      state: current,
      composing: false,
      dispatch: (tr: Transaction) => (current = current.apply(tr)),
    };
    const { from, to } = current.selection;
    const handled = current.plugins.some((plugin) => plugin.props.handleTextInput?.call(plugin, view as never, from, to, char, () => current.tr) === true);
    if (!handled) current = current.apply(current.tr.insertText(char, from, to));
  }
  return current;
}

const paragraph = (text = ''): NodeJSON => ({ type: 'paragraph', ...(text ? { content: [{ type: 'text', text }] } : {}) });
const doc = (...content: NodeJSON[]): NodeJSON => ({ type: 'doc', content });

describe('editor commands', () => {
  it('applies headings and bold, and undo takes them back', () => {
    let state = stateOf(doc(paragraph('Vision')));
    state = run(state, setHeading(2));
    expect(state.doc.firstChild?.type.name).toBe('heading');
    state = state.apply(state.tr.setSelection(TextSelection.create(state.doc, 1, 7)));
    state = run(state, toggleBold);
    expect(state.doc.rangeHasMark(1, 7, marks.strong)).toBe(true);
    expect(undoDepth(state)).toBeGreaterThan(0);
    state = run(state, undo);
    state = run(state, undo);
    expect(state.doc.firstChild?.type.name).toBe('paragraph');
  });

  it('inserts a plain table with a header row, and lets rows and columns be added', () => {
    let state = run(stateOf(doc(paragraph())), insertTable);
    const table = state.doc.firstChild;
    expect(table?.type.name).toBe('table');
    expect(table?.attrs['kind']).toBe('plain');
    expect(table?.firstChild?.firstChild?.type.name).toBe('table_header');
    expect(table?.childCount).toBe(3);
    expect(state.selection.$from.parent.type.name).toBe('paragraph');
    expect(state.selection.$from.node(-1).type.name).toBe('table_header');
    state = run(state, addRow);
    state = run(state, addColumn);
    expect(state.doc.firstChild?.childCount).toBe(4);
    expect(state.doc.firstChild?.firstChild?.childCount).toBe(4);
  });

  it('keeps the fixed columns of a structured table', () => {
    const cell = (type: string, text: string): NodeJSON => ({ type, content: [paragraph(text)] });
    const measures = doc({
      type: 'table',
      attrs: { kind: 'measures' },
      content: [{ type: 'table_row', content: [cell('table_header', 'Priority'), cell('table_header', 'Indicator')] }, { type: 'table_row', content: [cell('table_cell', ''), cell('table_cell', '')] }],
    });
    const state = stateOf(measures, 4);
    expect(addColumn(state)).toBe(false);
    expect(addRow(state)).toBe(true);
  });

  it('only makes web and e-mail links', () => {
    expect(linkCommand('javascript:alert(1)').ok).toBe(false);
    expect(linkCommand('file:///etc/passwd').ok).toBe(false);
    let state = stateOf(doc(paragraph('Local offer')));
    state = state.apply(state.tr.setSelection(TextSelection.create(state.doc, 1, 12)));
    const link = linkCommand('www.example.gov.uk/offer');
    if (!link.ok) throw new Error(link.message);
    state = run(state, link.command);
    expect(currentLinkHref(state)).toBe('https://www.example.gov.uk/offer');
    const removal = linkCommand('');
    if (!removal.ok) throw new Error(removal.message);
    state = run(state, removal.command);
    expect(currentLinkHref(state)).toBeNull();
  });
});

describe('input rules', () => {
  it('turns "# " and "## " into the two heading levels', () => {
    expect(type(stateOf(doc(paragraph())), '# Aims').doc.firstChild?.attrs).toEqual({ level: 2 });
    const level3 = type(stateOf(doc(paragraph())), '## Aims').doc.firstChild;
    expect(level3?.type.name).toBe('heading');
    expect(level3?.attrs).toEqual({ level: 3 });
    expect(level3?.textContent).toBe('Aims');
  });

  it('starts bullet and numbered lists', () => {
    expect(type(stateOf(doc(paragraph())), '- one').doc.firstChild?.type.name).toBe('bullet_list');
    expect(type(stateOf(doc(paragraph())), '* one').doc.firstChild?.type.name).toBe('bullet_list');
    expect(type(stateOf(doc(paragraph())), '1. one').doc.firstChild?.type.name).toBe('ordered_list');
  });

  it('makes curly quotes and an en dash', () => {
    expect(type(stateOf(doc(paragraph())), '"Yes" -- it\'s ours').doc.textContent).toBe('“Yes” – it’s ours');
  });
});
