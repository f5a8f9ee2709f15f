import { setBlockType, toggleMark } from 'prosemirror-commands';
import { redo, undo } from 'prosemirror-history';
import type { MarkType, NodeType } from 'prosemirror-model';
import { liftListItem, wrapInList } from 'prosemirror-schema-list';
import { Selection, type Command, type EditorState } from 'prosemirror-state';
import { addColumnAfter, addRowAfter, deleteColumn, deleteRow, findTable, isInTable } from 'prosemirror-tables';
import { schema } from '../../shared/model/schema.js';
import { marks, nodes } from './schemaTypes.js';
import { safeHref } from '../../shared/model/safeHref.js';

/**
 * The editing commands behind the toolbar and the keyboard shortcuts, in one
 * place so both always do the same thing.
 */

export const setParagraph: Command = setBlockType(nodes.paragraph);
export const setHeading = (level: 2 | 3): Command => setBlockType(nodes.heading, { level });
export const toggleBold: Command = toggleMark(marks.strong);
export const toggleItalic: Command = toggleMark(marks.em);
/** The kind of the innermost list the selection starts in, or null outside lists. */
export type ListKind = 'bullet' | 'numbered' | null;

function innermostList(state: EditorState): { type: NodeType; pos: number } | null {
  const { $from } = state.selection;
  for (let depth = $from.depth; depth > 0; depth -= 1) {
    const type = $from.node(depth).type;
    if (type === nodes.bulletList || type === nodes.orderedList) return { type, pos: $from.before(depth) };
  }
  return null;
}

export function currentListKind(state: EditorState): ListKind {
  const list = innermostList(state);
  return list === null ? null : list.type === nodes.bulletList ? 'bullet' : 'numbered';
}

/**
 * A list button works as Word's does: in a list of its own kind it takes the
 * item out of the list, in a list of the other kind it turns that list into
 * its kind, and elsewhere it makes a list.
 */
function toggleList(listType: NodeType): Command {
  const wrap = wrapInList(listType);
  const lift = liftListItem(nodes.listItem);
  return (state, dispatch) => {
    const list = innermostList(state);
    if (list === null) return wrap(state, dispatch);
    if (list.type === listType) return lift(state, dispatch);
    if (dispatch) dispatch(state.tr.setNodeMarkup(list.pos, listType).scrollIntoView());
    return true;
  };
}

export const toggleBulletList: Command = toggleList(nodes.bulletList);
export const toggleNumberedList: Command = toggleList(nodes.orderedList);
export { undo, redo };

/** A plain three-by-three table with a header row, inserted after the current block. */
export const insertTable: Command = (state, dispatch) => {
  if (isInTable(state)) return false;
  const cell = (type: NodeType) => type.create(null, nodes.paragraph.create());
  const row = (type: NodeType) => nodes.tableRow.create(null, [cell(type), cell(type), cell(type)]);
  const table = nodes.table.create({ kind: 'plain' }, [row(nodes.tableHeader), row(nodes.tableCell), row(nodes.tableCell)]);
  if (dispatch) {
    const tr = state.tr.replaceSelectionWith(table);
    // Put the cursor in the first cell, so typing and Tab work in the new table straight away.
    let tablePos = -1;
    tr.doc.nodesBetween(tr.mapping.map(state.selection.from, -1), tr.selection.to, (node, pos) => {
      if (node === table) tablePos = pos;
      return tablePos === -1;
    });
    if (tablePos !== -1) tr.setSelection(Selection.near(tr.doc.resolve(tablePos + 4)));
    dispatch(tr.scrollIntoView());
  }
  return true;
};

export const addRow: Command = addRowAfter;
export const removeRow: Command = deleteRow;

/** Measures and Board membership tables are read as data with fixed columns, so their columns stay as they are. */
function inPlainTable(state: EditorState): boolean {
  if (!isInTable(state)) return false;
  const table = findTable(state.selection.$from);
  return table?.node.attrs['kind'] === 'plain';
}

export const addColumn: Command = (state, dispatch) => inPlainTable(state) && addColumnAfter(state, dispatch);
export const removeColumn: Command = (state, dispatch) => inPlainTable(state) && deleteColumn(state, dispatch);

export function isMarkActive(state: EditorState, type: MarkType): boolean {
  const { from, $from, to, empty } = state.selection;
  if (empty) return type.isInSet(state.storedMarks ?? $from.marks()) !== undefined;
  return state.doc.rangeHasMark(from, to, type);
}

export type BlockKind = 'paragraph' | 'heading-2' | 'heading-3' | 'other';

export function currentBlockKind(state: EditorState): BlockKind {
  const parent = state.selection.$from.parent;
  if (parent.type === nodes.paragraph) return 'paragraph';
  if (parent.type === nodes.heading) return parent.attrs['level'] === 2 ? 'heading-2' : 'heading-3';
  return 'other';
}

export function currentLinkHref(state: EditorState): string | null {
  const { $from, from, to, empty } = state.selection;
  const found = empty ? marks.link.isInSet($from.marks()) : undefined;
  if (found) return found.attrs['href'] as string;
  let href: string | null = null;
  state.doc.nodesBetween(from, to, (node) => {
    const mark = marks.link.isInSet(node.marks);
    if (mark && href === null) href = mark.attrs['href'] as string;
  });
  return href;
}

export type LinkResult = { ok: true; command: Command } | { ok: false; message: string };

/**
 * Links the selected text (or inserts the address as linked text when
 * nothing is selected). Addresses are checked with the same rule that
 * cleans pastes, so only web and e-mail links can be made.
 */
export function linkCommand(rawHref: string): LinkResult {
  if (rawHref.trim() === '') return { ok: true, command: removeLink };
  const href = safeHref(rawHref);
  if (href === null) {
    return { ok: false, message: 'Enter a web address starting with https:// or http://, or an e-mail address starting with mailto:.' };
  }
  const command: Command = (state, dispatch) => {
    const mark = marks.link.create({ href });
    const { from, to, empty } = state.selection;
    if (dispatch) {
      const tr = empty
        ? state.tr.insert(from, schema.text(href, [mark]))
        : state.tr.removeMark(from, to, marks.link).addMark(from, to, mark);
      dispatch(tr.scrollIntoView());
    }
    return true;
  };
  return { ok: true, command };
}

export const removeLink: Command = (state, dispatch) => {
  const { from, to, $from, empty } = state.selection;
  if (empty) {
    const mark = marks.link.isInSet($from.marks());
    if (!mark) return false;
    // Remove the link from the whole linked stretch around the cursor.
    const parent = $from.parent;
    let start = $from.parentOffset;
    let end = $from.parentOffset;
    const start0 = $from.start();
    parent.forEach((child, offset) => {
      if (mark.isInSet(child.marks) && offset <= $from.parentOffset && offset + child.nodeSize >= $from.parentOffset) {
        start = Math.min(start, offset);
        end = Math.max(end, offset + child.nodeSize);
      }
    });
    if (dispatch) dispatch(state.tr.removeMark(start0 + start, start0 + end, marks.link));
    return true;
  }
  if (!state.doc.rangeHasMark(from, to, marks.link)) return false;
  if (dispatch) dispatch(state.tr.removeMark(from, to, marks.link));
  return true;
};
