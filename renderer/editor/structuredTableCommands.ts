import { NodeSelection, Selection, type Command, type Transaction } from 'prosemirror-state';
import { CellSelection, deleteTable, findTable, isInTable } from 'prosemirror-tables';
import { isStructuredTableKind, structuredTable, type StructuredTableKind } from '../../shared/model/structuredTableNodes.js';
import { suggestModeKey } from './plugins/suggestMode.js';

/**
 * A structured table is structure, not prose, so inserting or deleting one
 * is not a suggestion even in suggest mode. Were it one, accepting or
 * rejecting it would strip the header's words cell by cell, leaving columns
 * the completeness check cannot read (and which the fixed columns refuse).
 */
function untracked(tr: Transaction): Transaction {
  return tr.setMeta(suggestModeKey, { tracked: true });
}

/**
 * Inserts a measures or Board membership table at the cursor, with its
 * fixed header and one empty row, and puts the cursor in that row's first
 * cell so the user can start filling it in (Tab moves on, "Add row" adds more).
 */
export function insertStructuredTable(kind: StructuredTableKind): Command {
  return (state, dispatch) => {
    if (isInTable(state)) return false;
    if (!dispatch) return true;
    const table = structuredTable(kind);
    const tr = state.tr.replaceSelectionWith(table);
    let tablePos = -1;
    tr.doc.nodesBetween(tr.mapping.map(state.selection.from, -1), tr.selection.to, (node, pos) => {
      if (node === table) tablePos = pos;
      return tablePos === -1;
    });
    const header = table.firstChild;
    if (tablePos !== -1 && header) tr.setSelection(Selection.near(tr.doc.resolve(tablePos + 1 + header.nodeSize + 1)));
    dispatch(untracked(tr).scrollIntoView());
    return true;
  };
}

export const insertMeasuresTable: Command = insertStructuredTable('measures');
export const insertBoardMembershipTable: Command = insertStructuredTable('board-membership');

/**
 * Deletes a structured table that is selected whole, as a node or as every
 * one of its cells. Otherwise Delete on a full cell selection would clear
 * the header too, which the fixed columns refuse, and the table could not be
 * removed at all.
 */
export const deleteSelectedStructuredTable: Command = (state, dispatch) => {
  const selection = state.selection;
  if (selection instanceof NodeSelection && selection.node.type.name === 'table') {
    if (!isStructuredTableKind(selection.node.attrs['kind'])) return false;
    if (dispatch) dispatch(untracked(state.tr.deleteSelection()).scrollIntoView());
    return true;
  }
  if (!(selection instanceof CellSelection) || !selection.isRowSelection() || !selection.isColSelection()) return false;
  if (!isStructuredTableKind(findTable(selection.$anchorCell)?.node.attrs['kind'])) return false;
  return deleteTable(state, dispatch && ((tr) => dispatch(untracked(tr))));
};
