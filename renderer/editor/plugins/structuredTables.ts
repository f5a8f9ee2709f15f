import type { Node } from 'prosemirror-model';
import { Plugin, PluginKey, type EditorState, type Transaction } from 'prosemirror-state';
import { AddMarkStep, RemoveMarkStep, ReplaceAroundStep, ReplaceStep, type Step } from 'prosemirror-transform';
import { TableMap } from 'prosemirror-tables';
import { Decoration, DecorationSet, type EditorView } from 'prosemirror-view';
import { isStructuredTableKind, type StructuredTableKind } from '../../../shared/model/structuredTableNodes.js';
import { deleteSelectedStructuredTable } from '../structuredTableCommands.js';
import './structuredTables.css';

/**
 * Keeps the header rows of the measures and Board membership tables as they
 * are. The completeness rules find these tables' columns by their header
 * text, so a renamed, removed or added column would quietly turn a filled-in
 * table into "missing". Rows can be added, filled in and deleted freely, and
 * the whole table can be deleted; plain tables are not touched.
 */

const TABLE_NAMES: Record<StructuredTableKind, string> = {
  measures: 'measures table',
  'board-membership': 'Board membership table',
};

/** Shown above each structured table, and its accessible name. */
export const STRUCTURED_TABLE_CAPTIONS: Record<StructuredTableKind, string> = {
  measures: 'Measures of success (fixed columns)',
  'board-membership': 'Board membership (fixed columns)',
};

export function fixedColumnsMessage(kind: StructuredTableKind): string {
  return `The columns of the ${TABLE_NAMES[kind]} are fixed so the completeness check can read it. Add rows instead.`;
}

function structuredKind(node: Node): StructuredTableKind | null {
  const kind = node.attrs['kind'];
  return node.type.name === 'table' && isStructuredTableKind(kind) ? kind : null;
}

interface StructuredTable {
  node: Node;
  pos: number;
  kind: StructuredTableKind;
}

/**
 * Every keystroke needs the tables of two documents: the one before the edit (are the columns
 * kept?) and the one after (where do the captions go?). The next keystroke's "before" is this
 * one's "after", and documents never change, so each is found once: by a walk when an edit
 * may add, remove or change the kind of a table, else by moving the tables of the one before
 * (see `tablesMovedBy`).
 */
const tablesOfDoc = new WeakMap<Node, readonly StructuredTable[]>();

function structuredTables(doc: Node): readonly StructuredTable[] {
  const cached = tablesOfDoc.get(doc);
  if (cached) return cached;
  const found: StructuredTable[] = [];
  doc.descendants((node, pos) => {
    const kind = structuredKind(node);
    if (kind) found.push({ node, pos, kind });
    // Tables do not nest, and only blocks that hold blocks can hold a table.
    return node.type.name !== 'table' && !node.isTextblock;
  });
  tablesOfDoc.set(doc, found);
  return found;
}

/**
 * Whether a step could add or remove a table, or change what kind one is:
 * its new content holds a table, or its range holds one's start or end.
 * Typing inside a cell does neither: the table around it stays where it was.
 */
function stepMayMoveTables(step: Step, doc: Node): boolean {
  if (!(step instanceof ReplaceStep || step instanceof ReplaceAroundStep || step instanceof AddMarkStep || step instanceof RemoveMarkStep)) return true;
  if (step instanceof AddMarkStep || step instanceof RemoveMarkStep) return false;
  let table = false;
  step.slice.content.descendants((node) => {
    if (node.type.name === 'table') table = true;
    return !table && !node.isTextblock;
  });
  if (table || step.from === step.to) return table;
  doc.nodesBetween(step.from, step.to, (node, pos) => {
    if (node.type.name === 'table' && (pos >= step.from || pos + node.nodeSize <= step.to)) table = true;
    return !table && !node.isTextblock;
  });
  return table;
}

/**
 * The structured tables after a transaction that added, removed or retyped
 * no table (typing in a paragraph, a list or a table's cell, as almost every
 * keystroke does): those before it, moved along, without walking the
 * section. Null when a step may have changed which tables there are.
 */
function tablesMovedBy(tr: Transaction): readonly StructuredTable[] | null {
  const cached = tablesOfDoc.get(tr.doc);
  if (cached) return cached;
  if (tr.steps.some((step, index) => stepMayMoveTables(step, tr.docs[index] ?? tr.before))) return null;
  const moved: StructuredTable[] = [];
  for (const table of structuredTables(tr.before)) {
    const pos = tr.mapping.map(table.pos);
    const node = tr.doc.nodeAt(pos);
    if (!node || structuredKind(node) !== table.kind) return null;
    moved.push({ node, pos, kind: table.kind });
  }
  tablesOfDoc.set(tr.doc, moved);
  return moved;
}

/** What the rules depend on: the header cells' text, in order, and how many columns the table has. */
function columnsOf(table: Node): { header: string[]; width: number } {
  const first = table.firstChild;
  const header = first && first.firstChild?.type.name === 'table_header' ? Array.from({ length: first.childCount }, (_, index) => first.child(index).textContent) : [];
  return { header, width: TableMap.get(table).width };
}

function sameColumns(before: Node, after: Node): boolean {
  const a = columnsOf(before);
  const b = columnsOf(after);
  return a.width === b.width && a.header.length === b.header.length && a.header.every((text, index) => text === b.header[index]);
}

/**
 * The structured table whose columns this transaction would change, or null
 * when it leaves every structured table's columns alone. A table that is
 * gone after the transaction was deleted whole, which is allowed.
 */
export function changedStructuredTable(tr: Transaction): StructuredTableKind | null {
  if (!tr.docChanged) return null;
  const moved = tablesMovedBy(tr);
  for (const [index, table] of structuredTables(tr.before).entries()) {
    const kept = moved?.[index];
    if (kept && (kept.node === table.node || sameColumns(table.node, kept.node))) continue;
    const from = tr.mapping.map(table.pos, 1);
    const to = tr.mapping.map(table.pos + table.node.nodeSize, -1);
    if (from >= to) continue;
    let after: Node | null = null;
    tr.doc.nodesBetween(from, to, (node) => {
      if (!after && structuredKind(node) === table.kind) after = node;
      return after === null && node.type.name !== 'table' && !node.isTextblock;
    });
    if (after && !sameColumns(table.node, after)) return table.kind;
  }
  return null;
}

function captionDecorations(doc: Node): DecorationSet {
  const decorations = structuredTables(doc).flatMap(({ node, pos, kind }) => {
    const caption = STRUCTURED_TABLE_CAPTIONS[kind];
    return [
      Decoration.widget(
        pos,
        () => {
          const element = document.createElement('div');
          element.className = 'structured-table__caption';
          element.contentEditable = 'false';
          element.textContent = caption;
          element.title = 'Add or delete rows as you need; the columns stay as they are.';
          // The table itself carries this text as its accessible name (tableFrame.ts), so it is not read twice.
          element.setAttribute('aria-hidden', 'true');
          return element;
        },
        { side: -1, key: `structured-caption-${kind}`, ignoreSelection: true },
      ),
      Decoration.node(pos, pos + node.nodeSize, { class: 'structured-table' }, { caption }),
    ];
  });
  return DecorationSet.create(doc, decorations);
}

export const structuredTablesKey = new PluginKey<DecorationSet>('structuredTables');

type RefusalListener = (message: string) => void;

/** A polite live region under the editor that says why an edit did nothing. */
function noticeView(view: EditorView, listeners: Set<RefusalListener>) {
  const notice = document.createElement('p');
  notice.className = 'structured-table__notice';
  notice.setAttribute('role', 'status');
  notice.setAttribute('aria-live', 'polite');
  notice.hidden = true;
  view.dom.after(notice);
  const show: RefusalListener = (message) => {
    notice.textContent = message;
    notice.hidden = false;
  };
  listeners.add(show);
  return {
    update(updated: EditorView, previous: EditorState) {
      if (updated.state.doc !== previous.doc && !notice.hidden) {
        notice.hidden = true;
        notice.textContent = '';
      }
    },
    destroy() {
      listeners.delete(show);
      notice.remove();
    },
  };
}

export function structuredTablesPlugin(): Plugin<DecorationSet> {
  const listeners = new Set<RefusalListener>();
  return new Plugin<DecorationSet>({
    key: structuredTablesKey,
    state: {
      init: (_, state) => captionDecorations(state.doc),
      // Rebuilt from the table list rather than mapped: a caption sits at the table's very start, and mapping loses or strands it when an edit
      // begins or ends exactly there (a paragraph inserted above, Delete in an empty line above). The list itself is moved, not walked.
      apply: (tr, previous) => {
        if (!tr.docChanged) return previous;
        tablesMovedBy(tr);
        return captionDecorations(tr.doc);
      },
    },
    filterTransaction(tr) {
      const kind = changedStructuredTable(tr);
      if (kind === null) return true;
      for (const listener of listeners) listener(fixedColumnsMessage(kind));
      return false;
    },
    props: {
      decorations: (state) => structuredTablesKey.getState(state),
      handleKeyDown: (view, event) => (event.key === 'Backspace' || event.key === 'Delete') && deleteSelectedStructuredTable(view.state, view.dispatch),
    },
    view: (view) => noticeView(view, listeners),
  });
}
