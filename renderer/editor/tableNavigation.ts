import { TextSelection, type Command } from 'prosemirror-state';
import { addRow, goToNextCell, isInTable, selectedRect, TableMap } from 'prosemirror-tables';

/**
 * Tab and Shift+Tab in a table, as Word does them: Tab moves to the next
 * cell, and in the last cell adds a row and moves into its first cell;
 * Shift+Tab moves back and stops in the first cell. While the caret is in a
 * table neither key ever falls through to the browser, which would move the
 * focus out of the editor and let the next keystrokes work the page's
 * controls. (Arrow keys still leave the table, and Tab leaves the editor
 * from anywhere else.)
 */

export const nextCellOrNewRow: Command = (state, dispatch) => {
  if (!isInTable(state)) return false;
  if (goToNextCell(1)(state, dispatch)) return true;
  if (!dispatch) return true;
  const rect = selectedRect(state);
  const row = rect.bottom;
  const tr = addRow(state.tr, rect, row);
  const table = tr.doc.nodeAt(rect.tableStart - 1);
  if (table) {
    const cell = TableMap.get(table).positionAt(row, 0, table);
    tr.setSelection(TextSelection.near(tr.doc.resolve(rect.tableStart + cell + 1)));
  }
  dispatch(tr.scrollIntoView());
  return true;
};

export const previousCell: Command = (state, dispatch) => {
  if (!isInTable(state)) return false;
  goToNextCell(-1)(state, dispatch);
  return true;
};

/**
 * A way out below a table that nothing follows (a section often ends with
 * its measures table): Down in the last row, or Right at the end of the last
 * cell, adds an empty paragraph under the table and puts the caret there.
 * Where something does follow, the keys move as usual.
 */
export function leaveTableBelow(direction: 'down' | 'right'): Command {
  return (state, dispatch, view) => {
    const { selection } = state;
    if (!selection.empty || !isInTable(state)) return false;
    const rect = selectedRect(state);
    if (rect.bottom !== rect.map.height || (direction === 'right' && rect.right !== rect.map.width)) return false;
    if (view && !view.endOfTextblock(direction)) return false;
    const tableEnd = rect.tableStart - 1 + rect.table.nodeSize;
    const $end = state.doc.resolve(tableEnd);
    const paragraph = state.schema.nodes['paragraph'];
    if (!paragraph || $end.index() < $end.parent.childCount || !$end.parent.canReplaceWith($end.index(), $end.index(), paragraph)) return false;
    if (dispatch) {
      const tr = state.tr.insert(tableEnd, paragraph.create());
      dispatch(tr.setSelection(TextSelection.create(tr.doc, tableEnd + 1)).scrollIntoView());
    }
    return true;
  };
}
