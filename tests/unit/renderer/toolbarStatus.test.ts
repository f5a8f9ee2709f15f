import { describe, expect, it } from 'vitest';
import { EditorState, TextSelection } from 'prosemirror-state';
import { docFromJSON } from '../../../shared/model/docJson.js';
import type { NodeJSON } from '../../../shared/model/draft.js';
import { createEditorState } from '../../../renderer/editor/createEditorState.js';
import { insertTable, toggleBold, toggleBulletList, toggleNumberedList } from '../../../renderer/editor/commands.js';
import { sameToolbarStatus, toolbarStatus } from '../../../renderer/editor/Toolbar.js';

const paragraph = (text = ''): NodeJSON => ({ type: 'paragraph', ...(text ? { content: [{ type: 'text', text }] } : {}) });

function stateOf(json: NodeJSON, cursor: number): EditorState {
  const parsed = docFromJSON(json);
  if (!parsed.ok) throw new Error(parsed.message);
  const state = createEditorState(parsed.doc);
  return state.apply(state.tr.setSelection(TextSelection.create(state.doc, cursor)));
}

const typed = (state: EditorState, text: string): EditorState => state.apply(state.tr.insertText(text));

describe('the toolbar status', () => {
  it('stays the same while a word is typed in a paragraph, so the toolbar is not redrawn for it', () => {
    const before = typed(stateOf({ type: 'doc', content: [paragraph('Our promise')] }, 12), ' t');
    const after = typed(before, 'o');
    expect(sameToolbarStatus(toolbarStatus(before), toolbarStatus(after))).toBe(true);
  });

  it('changes when the first edit makes Undo possible, and when Bold is switched on', () => {
    const start = stateOf({ type: 'doc', content: [paragraph('Our promise')] }, 12);
    const edited = typed(start, ' to');
    expect(toolbarStatus(start).undo).toBe(false);
    expect(toolbarStatus(edited).undo).toBe(true);
    expect(sameToolbarStatus(toolbarStatus(start), toolbarStatus(edited))).toBe(false);
    let bold = edited;
    toggleBold(edited, (tr) => (bold = edited.apply(tr)));
    expect(toolbarStatus(bold).bold).toBe(true);
    expect(sameToolbarStatus(toolbarStatus(edited), toolbarStatus(bold))).toBe(false);
  });

  it('offers the row and column tools only inside a table', () => {
    const outside = stateOf({ type: 'doc', content: [paragraph('Before'), paragraph()] }, 9);
    expect(toolbarStatus(outside).can.addRow).toBe(false);
    expect(toolbarStatus(outside).can.insertTable).toBe(true);
    let inside = outside;
    insertTable(outside, (tr) => (inside = outside.apply(tr)));
    const status = toolbarStatus(inside);
    expect(status.can.addRow && status.can.addColumn && status.can.removeRow).toBe(true);
    expect(status.can.insertTable).toBe(false);
    expect(sameToolbarStatus(toolbarStatus(outside), status)).toBe(false);
  });

  it('presses the list button of the list the caret is in, and the buttons work as Word\'s: same kind leaves the list, the other kind turns it', () => {
    const plain = stateOf({ type: 'doc', content: [paragraph('Stability first')] }, 3);
    expect(toolbarStatus(plain).list).toBe(null);
    const apply = (state: EditorState, command: typeof toggleBulletList): EditorState => {
      let next = state;
      expect(command(state, (tr) => (next = state.apply(tr)))).toBe(true);
      return next;
    };
    const bulleted = apply(plain, toggleBulletList);
    expect(toolbarStatus(bulleted).list).toBe('bullet');
    expect(sameToolbarStatus(toolbarStatus(plain), toolbarStatus(bulleted))).toBe(false);
    const numbered = apply(bulleted, toggleNumberedList);
    expect(toolbarStatus(numbered).list).toBe('numbered');
    expect(numbered.doc.firstChild?.type.name).toBe('ordered_list');
    expect(numbered.doc.textContent).toBe('Stability first');
    const unlisted = apply(numbered, toggleNumberedList);
    expect(toolbarStatus(unlisted).list).toBe(null);
    expect(unlisted.doc.firstChild?.type.name).toBe('paragraph');
  });
});
