import { describe, expect, it } from 'vitest';
import type { Node } from 'prosemirror-model';
import { EditorState, TextSelection, type Command } from 'prosemirror-state';
import { docFromJSON } from '../../../shared/model/docJson.js';
import type { NodeJSON } from '../../../shared/model/draft.js';
import { structuredTable } from '../../../shared/model/structuredTableNodes.js';
import { createEditorState } from '../../../renderer/editor/createEditorState.js';
import { leaveTableBelow, nextCellOrNewRow, previousCell } from '../../../renderer/editor/tableNavigation.js';

const paragraph = (text = ''): NodeJSON => ({ type: 'paragraph', ...(text ? { content: [{ type: 'text', text }] } : {}) });

/** A document with a paragraph and then a measures table (header and `rows` body rows), with `after` following it. */
function stateWithTable(rows: number, after: NodeJSON[] = []): EditorState {
  const parsed = docFromJSON({ type: 'doc', content: [paragraph('Before'), paragraph('x'), ...after] });
  if (!parsed.ok) throw new Error(parsed.message);
  const base = createEditorState(parsed.doc);
  const para = base.doc.child(1);
  const start = base.doc.child(0).nodeSize;
  const tr = base.tr.replaceWith(start, start + para.nodeSize, structuredTable('measures', rows));
  return base.apply(tr);
}

function table(state: EditorState): { node: Node; pos: number } {
  let found: { node: Node; pos: number } | null = null;
  state.doc.forEach((node, pos) => {
    if (!found && node.type.name === 'table') found = { node, pos };
  });
  if (!found) throw new Error('no table');
  return found;
}

/** Puts the caret in a cell (row 0 is the header). */
function inCell(state: EditorState, row: number, column: number): EditorState {
  const { node, pos } = table(state);
  let cellPos = pos + 1;
  for (let index = 0; index < row; index += 1) cellPos += node.child(index).nodeSize;
  cellPos += 1;
  for (let index = 0; index < column; index += 1) cellPos += node.child(row).child(index).nodeSize;
  return state.apply(state.tr.setSelection(TextSelection.create(state.doc, cellPos + 2)));
}

function cellOf(state: EditorState): { row: number; column: number } {
  const $from = state.selection.$from;
  for (let depth = $from.depth; depth > 0; depth -= 1) {
    if ($from.node(depth).type.name === 'table_row') return { row: $from.index(depth - 1), column: $from.index(depth) };
  }
  throw new Error('caret not in a cell');
}

function run(state: EditorState, command: Command): { handled: boolean; state: EditorState } {
  let next = state;
  const handled = command(state, (tr) => (next = state.apply(tr)));
  return { handled, state: next };
}

describe('Tab and Shift+Tab in a table', () => {
  it('Tab moves to the next cell, wrapping to the next row', () => {
    const width = table(stateWithTable(2)).node.child(0).childCount;
    let state = inCell(stateWithTable(2), 1, width - 2);
    state = run(state, nextCellOrNewRow).state;
    expect(cellOf(state)).toEqual({ row: 1, column: width - 1 });
    state = run(state, nextCellOrNewRow).state;
    expect(cellOf(state)).toEqual({ row: 2, column: 0 });
  });

  it('Tab in the last cell adds a row and moves into its first cell, keeping the columns', () => {
    const before = stateWithTable(1);
    const width = table(before).node.child(0).childCount;
    const result = run(inCell(before, 1, width - 1), nextCellOrNewRow);
    expect(result.handled).toBe(true);
    const after = table(result.state).node;
    expect(after.childCount).toBe(3);
    expect(after.child(2).childCount).toBe(width);
    expect(cellOf(result.state)).toEqual({ row: 2, column: 0 });
  });

  it('Tab held down keeps adding rows and never leaves the table', () => {
    const width = table(stateWithTable(1)).node.child(0).childCount;
    let state = inCell(stateWithTable(1), 1, 0);
    for (let press = 0; press < width * 3; press += 1) {
      const result = run(state, nextCellOrNewRow);
      expect(result.handled).toBe(true);
      state = result.state;
    }
    expect(table(state).node.childCount).toBe(5);
    expect(cellOf(state)).toEqual({ row: 4, column: 0 });
  });

  it('Shift+Tab moves back, and in the first cell stays there (handled, so the focus does not leave the editor)', () => {
    let state = inCell(stateWithTable(1), 1, 0);
    state = run(state, previousCell).state;
    expect(cellOf(state).row).toBe(0);
    const first = inCell(stateWithTable(1), 0, 0);
    const result = run(first, previousCell);
    expect(result.handled).toBe(true);
    expect(cellOf(result.state)).toEqual({ row: 0, column: 0 });
  });

  it('outside a table neither command does anything', () => {
    const state = stateWithTable(1);
    const outside = state.apply(state.tr.setSelection(TextSelection.create(state.doc, 2)));
    expect(run(outside, nextCellOrNewRow).handled).toBe(false);
    expect(run(outside, previousCell).handled).toBe(false);
  });
});

describe('a way below a table that ends the section', () => {
  it('Down in the last row adds an empty paragraph under the table and moves there', () => {
    const state = inCell(stateWithTable(1), 1, 0);
    const result = run(state, leaveTableBelow('down'));
    expect(result.handled).toBe(true);
    const last = result.state.doc.lastChild;
    expect(last?.type.name).toBe('paragraph');
    expect(result.state.selection.$from.parent).toBe(last);
  });

  it('Right only from the last cell', () => {
    const width = table(stateWithTable(1)).node.child(0).childCount;
    expect(run(inCell(stateWithTable(1), 1, 0), leaveTableBelow('right')).handled).toBe(false);
    expect(run(inCell(stateWithTable(1), 1, width - 1), leaveTableBelow('right')).handled).toBe(true);
  });

  it('leaves the keys alone when something follows the table, or above the last row', () => {
    expect(run(inCell(stateWithTable(1, [paragraph('After')]), 1, 0), leaveTableBelow('down')).handled).toBe(false);
    expect(run(inCell(stateWithTable(2), 1, 0), leaveTableBelow('down')).handled).toBe(false);
  });
});
