import { describe, expect, it, vi } from 'vitest';
import type { Node } from 'prosemirror-model';
import { EditorState, NodeSelection, TextSelection, type Command, type Transaction } from 'prosemirror-state';
import { addColumnAfter, addRowAfter, CellSelection, deleteColumn, deleteRow, moveTableColumn } from 'prosemirror-tables';
import { docFromJSON } from '../../../shared/model/docJson.js';
import type { NodeJSON } from '../../../shared/model/draft.js';
import { STRUCTURED_TABLE_COLUMNS } from '../../../shared/model/structuredTables.js';
import { structuredTable } from '../../../shared/model/structuredTableNodes.js';
import { createEditorState } from '../../../renderer/editor/createEditorState.js';
import { insertTable } from '../../../renderer/editor/commands.js';
import { changedStructuredTable, fixedColumnsMessage, structuredTablesKey } from '../../../renderer/editor/plugins/structuredTables.js';
import { deleteSelectedStructuredTable, insertBoardMembershipTable, insertMeasuresTable } from '../../../renderer/editor/structuredTableCommands.js';
import { hasSuggestions } from '../../../shared/cowriting/suggestMode.js';
import { setSuggestMode, suggestModeState } from '../../../renderer/editor/plugins/suggestMode.js';
import { failed as failedElements, runRule } from '../completeness/fixtures/run.js';
import { seededRandom } from '../../fixtures/seededRandom.js';

const paragraph = (text = ''): NodeJSON => ({ type: 'paragraph', ...(text ? { content: [{ type: 'text', text }] } : {}) });

function emptyState(): EditorState {
  const parsed = docFromJSON({ type: 'doc', content: [paragraph('Before'), paragraph()] });
  if (!parsed.ok) throw new Error(parsed.message);
  const state = createEditorState(parsed.doc);
  return state.apply(state.tr.setSelection(TextSelection.create(state.doc, 9)));
}

function run(state: EditorState, command: Command): EditorState {
  let next = state;
  const handled = command(state, (tr) => (next = state.apply(tr)));
  if (!handled) throw new Error('command did not apply');
  return next;
}

/** The state after a transaction, as the view would get it (unchanged when a plugin filters it out). */
function apply(state: EditorState, tr: Transaction): EditorState {
  return state.applyTransaction(tr).state;
}

function firstTable(state: EditorState): { node: Node; pos: number } {
  let found: { node: Node; pos: number } | null = null;
  state.doc.descendants((node, pos) => {
    if (!found && node.type.name === 'table') found = { node, pos };
    return found === null;
  });
  if (!found) throw new Error('no table in the document');
  return found;
}

function rowsOf(table: Node): string[][] {
  const rows: string[][] = [];
  table.forEach((row) => {
    const cells: string[] = [];
    row.forEach((cell) => cells.push(cell.textContent));
    rows.push(cells);
  });
  return rows;
}

/** The position of the text inside a cell (row and column counted from 0, the header is row 0). */
function cellTextPos(state: EditorState, row: number, column: number): number {
  const { node, pos } = firstTable(state);
  let at = pos + 1;
  for (let index = 0; index < row; index += 1) at += node.child(index).nodeSize;
  const rowNode = node.child(row);
  at += 1;
  for (let index = 0; index < column; index += 1) at += rowNode.child(index).nodeSize;
  return at + 2;
}

function cursorIn(state: EditorState, row: number, column: number): EditorState {
  return state.apply(state.tr.setSelection(TextSelection.create(state.doc, cellTextPos(state, row, column))));
}

function typeIn(state: EditorState, row: number, column: number, text: string): EditorState {
  return apply(state, state.tr.insertText(text, cellTextPos(state, row, column)));
}

const withMeasures = () => run(emptyState(), insertMeasuresTable);

describe('structuredTable', () => {
  it('builds the fixed columns as a header row and the requested number of empty rows', () => {
    const table = structuredTable('board-membership', 2);
    expect(table.attrs['kind']).toBe('board-membership');
    expect(rowsOf(table)).toEqual([['Role', 'Organisation', 'Voting member'], ['', '', ''], ['', '', '']]);
    expect(table.firstChild?.firstChild?.type.name).toBe('table_header');
    expect(table.child(1).firstChild?.type.name).toBe('table_cell');
    expect(() => table.check()).not.toThrow();
  });
});

describe('inserting structured tables', () => {
  it('inserts a measures table with exactly its fixed columns and puts the cursor in the first empty row', () => {
    const state = withMeasures();
    const { node } = firstTable(state);
    expect(node.attrs['kind']).toBe('measures');
    expect(rowsOf(node)).toEqual([[...STRUCTURED_TABLE_COLUMNS.measures], STRUCTURED_TABLE_COLUMNS.measures.map(() => '')]);
    expect(state.selection.from).toBe(cellTextPos(state, 1, 0));
  });

  it('inserts a Board membership table with exactly its fixed columns', () => {
    const { node } = firstTable(run(emptyState(), insertBoardMembershipTable));
    expect(node.attrs['kind']).toBe('board-membership');
    expect(rowsOf(node)[0]).toEqual(['Role', 'Organisation', 'Voting member']);
  });

  it('inserts and deletes structured tables as they are in suggest mode, so deciding on suggestions cannot strip the columns', () => {
    let state = emptyState();
    state = state.apply(setSuggestMode(state, { on: true }));
    expect(suggestModeState(state).on).toBe(true);
    state = run(state, insertMeasuresTable);
    expect(rowsOf(firstTable(state).node)[0]).toEqual([...STRUCTURED_TABLE_COLUMNS.measures]);
    expect(hasSuggestions(state.doc)).toBe(false);
    state = state.apply(state.tr.setSelection(NodeSelection.create(state.doc, firstTable(state).pos)));
    state = run(state, deleteSelectedStructuredTable);
    expect(state.doc.textContent).toBe('Before');
  });

  it('does not insert a table inside a table', () => {
    expect(insertMeasuresTable(withMeasures())).toBe(false);
  });

  it('labels each structured table with a caption, and not plain tables', () => {
    const board = run(emptyState(), insertBoardMembershipTable);
    const plain = firstTable(run(emptyState(), insertTable)).node;
    const state = apply(board, board.tr.insert(board.doc.content.size, [plain, structuredTable('measures')]));
    expect(state.doc.childCount).toBe(4);
    const captions = (structuredTablesKey.getState(state)?.find() ?? []).map((decoration) => (decoration.spec as { caption?: string }).caption);
    expect(captions.filter(Boolean)).toEqual(['Board membership (fixed columns)', 'Measures of success (fixed columns)']);
  });
});

describe('protecting the columns of structured tables', () => {
  it('refuses an edit to the header text and says why', () => {
    const state = withMeasures();
    const tr = state.tr.insertText('s', cellTextPos(state, 0, 1) + 'Indicator'.length);
    expect(changedStructuredTable(tr)).toBe('measures');
    expect(apply(state, tr)).toBe(state);
    expect(fixedColumnsMessage('measures')).toBe('The columns of the measures table are fixed so the completeness check can read it. Add rows instead.');
  });

  it('refuses deleting the header text', () => {
    const state = withMeasures();
    const from = cellTextPos(state, 0, 0);
    expect(apply(state, state.tr.delete(from, from + 'Priority'.length))).toBe(state);
  });

  it('allows typing in the body rows', () => {
    const state = typeIn(withMeasures(), 1, 1, 'Care leavers in education');
    expect(rowsOf(firstTable(state).node)[1]?.[1]).toBe('Care leavers in education');
  });

  it('refuses deleting, adding or moving a column', () => {
    const state = cursorIn(withMeasures(), 1, 2);
    expect(run(state, deleteColumn)).toBe(state);
    expect(run(state, addColumnAfter)).toBe(state);
    expect(run(state, moveTableColumn({ from: 0, to: 3 }))).toBe(state);
  });

  it('refuses deleting the header row', () => {
    const state = cursorIn(withMeasures(), 0, 0);
    expect(run(state, deleteRow)).toBe(state);
  });

  it('allows adding and deleting body rows', () => {
    let state = run(cursorIn(withMeasures(), 1, 0), addRowAfter);
    expect(firstTable(state).node.childCount).toBe(3);
    state = run(cursorIn(state, 2, 0), deleteRow);
    expect(firstTable(state).node.childCount).toBe(2);
  });

  it('allows deleting the whole table', () => {
    const state = withMeasures();
    const { node, pos } = firstTable(state);
    expect(apply(state, state.tr.delete(pos, pos + node.nodeSize)).doc.textContent).toBe('Before');
  });

  it('deletes a structured table selected whole, where clearing its cells would be refused', () => {
    const state = withMeasures();
    const selected = state.apply(state.tr.setSelection(NodeSelection.create(state.doc, firstTable(state).pos)));
    expect(selected.selection).toBeInstanceOf(CellSelection);
    expect(apply(selected, selected.tr.deleteSelection())).toBe(selected);
    expect(run(selected, deleteSelectedStructuredTable).doc.textContent).toBe('Before');
    expect(deleteSelectedStructuredTable(cursorIn(state, 1, 0))).toBe(false);
  });

  it('leaves plain tables alone', () => {
    let state = cursorIn(run(emptyState(), insertTable), 0, 0);
    state = typeIn(state, 0, 0, 'Anything');
    expect(rowsOf(firstTable(state).node)[0]?.[0]).toBe('Anything');
    state = run(state, deleteColumn);
    state = run(cursorIn(state, 0, 0), deleteRow);
    expect(rowsOf(firstTable(state).node)).toEqual([['', ''], ['', '']]);
  });
});

describe('the completeness check reads an inserted table', () => {
  it('finds the measures table and its rows', () => {
    // One measure cannot cover every theme of the pledge; that check is tested with the other measure rules.
    const failed = (checks: Parameters<typeof failedElements>[0]): string[] => failedElements(checks).filter((element) => element !== 'measure-per-pledge-theme');
    const inserted = withMeasures();
    expect(failed(runRule('measures', inserted.doc.toJSON() as NodeJSON))).toEqual(['rows']);
    const values = ['1', 'Care leavers who say they feel ready for adult life', '52%', 'March 2024', '65%', 'March 2027', 'Care leavers survey 2024', 'Head of Leaving Care'];
    const filled = values.reduce((state, value, column) => typeIn(state, 1, column, value), inserted);
    expect(failed(runRule('measures', filled.doc.toJSON() as NodeJSON))).toEqual([]);
    const noTarget = apply(filled, filled.tr.delete(cellTextPos(filled, 1, 4), cellTextPos(filled, 1, 4) + '65%'.length));
    expect(failed(runRule('measures', noTarget.doc.toJSON() as NodeJSON))).toEqual(['target']);
  });
});

describe('following the tables as the writer types', () => {
  /** Where the captions and table decorations are, as a walk of the document finds them. */
  const walked = (state: EditorState): { from: number; to: number }[] => {
    const found: { from: number; to: number }[] = [];
    state.doc.descendants((node, pos) => {
      if (node.type.name === 'table' && node.attrs['kind']) found.push({ from: pos, to: pos }, { from: pos, to: pos + node.nodeSize });
      return node.type.name !== 'table';
    });
    return found;
  };
  const decorated = (state: EditorState) => (structuredTablesKey.getState(state)?.find() ?? []).map(({ from, to }) => ({ from, to }));

  it('keeps the captions on the tables after random typing, deleting and splitting around and inside them (seed 7)', () => {
    const random = seededRandom(7);
    const board = run(emptyState(), insertBoardMembershipTable);
    const text = (value: string): Node => board.schema.nodeFromJSON(paragraph(value));
    let state = apply(board, board.tr.insert(board.doc.content.size, [text('Between the tables.'), structuredTable('measures'), text('After them.')]));
    for (let step = 0; step < 200; step += 1) {
      const at = TextSelection.near(state.doc.resolve(Math.floor(random() * (state.doc.content.size + 1)))).from;
      const choice = random();
      const tr = choice < 0.6 ? state.tr.insertText(random() < 0.2 ? ' ' : 'e', at) : choice < 0.85 ? state.tr.delete(at, Math.min(state.doc.content.size, at + 1 + Math.floor(random() * 4))) : state.tr.split(at);
      try {
        state = apply(state, tr);
      } catch {
        // A split the schema refuses here is one the writer could not make either.
      }
      expect(decorated(state)).toEqual(walked(state));
    }
  });

  it('keeps the caption on its table when a paragraph is inserted exactly where the table starts, and after typing in it', () => {
    const state = withMeasures();
    const { pos } = firstTable(state);
    const inserted = apply(state, state.tr.insert(pos, state.schema.nodeFromJSON(paragraph('Moved down by this line.'))));
    expect(decorated(inserted)).toEqual(walked(inserted));
    const typed = typeIn(inserted, 1, 0, 'Care leavers in work');
    expect(decorated(typed)).toEqual(walked(typed));
  });

  it('does not walk the document for typing in a paragraph', () => {
    const state = withMeasures();
    const walks = vi.spyOn(state.doc.constructor.prototype as Node, 'descendants');
    const typed = apply(state, state.tr.insertText('Our priorities.', 2));
    walks.mockRestore();
    expect(typed.doc.firstChild?.textContent).toBe('BOur priorities.efore');
    expect(walks).not.toHaveBeenCalled();
    expect(decorated(typed)).toEqual(walked(typed));
  });

  it('does not walk the document for typing in a body cell of a structured table, and keeps its caption on it', () => {
    const state = withMeasures();
    const { node, pos } = firstTable(state);
    const at = cellTextPos(state, 1, 0);
    const walks = vi.spyOn(state.doc.constructor.prototype as Node, 'descendants');
    const typed = apply(state, state.tr.insertText('Care leavers in work', at));
    walks.mockRestore();
    expect(rowsOf(firstTable(typed).node)[1]?.[0]).toBe('Care leavers in work');
    expect(firstTable(typed).node).not.toBe(node);
    expect(walks).not.toHaveBeenCalled();
    expect(decorated(typed)).toEqual(walked(typed));
    expect(decorated(typed)[0]?.from).toBe(pos);
  });
});
