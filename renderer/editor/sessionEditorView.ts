import type { EditorState, Transaction } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import type { DraftSession } from '../draft/draftSession.js';
import { cleanPastedHtml } from './paste/cleanPastedHtml.js';
import { isBehindModalDialog } from './paste/modalGuard.js';
import { FramedTableView } from './tableFrame.js';

interface SessionEditorViewOptions {
  attributes: Record<string, string>;
  /** Told of every new state, after the session has it. */
  onState: (state: EditorState, transaction: Transaction) => void;
}

/**
 * An editor view on one section of a session. The state belongs to the
 * session, so the text and its undo history outlive the view; pasted HTML
 * is cleaned (and refused while a dialog covers the editor), tables scroll
 * in their own frame, and leaving the editor saves straight away.
 */
export function createSessionEditorView(mount: HTMLElement, session: DraftSession, sectionId: string, { attributes, onState }: SessionEditorViewOptions): EditorView {
  const view: EditorView = new EditorView(mount, {
    state: session.editorState(sectionId),
    attributes,
    transformPastedHTML: cleanPastedHtml,
    nodeViews: { table: (node, _view, _getPos, decorations) => new FramedTableView(node, decorations) },
    dispatchTransaction(transaction) {
      const next = view.state.apply(transaction);
      view.updateState(next);
      session.updateEditorState(sectionId, next, transaction.docChanged);
      onState(next, transaction);
    },
    handleDOMEvents: {
      blur: () => {
        void session.flush(sectionId);
        return false;
      },
      paste: refuseBehindModal,
      drop: refuseBehindModal,
    },
  });
  return view;
}

/** Handled, and the browser's own insertion prevented, so neither ProseMirror nor the browser edits the hidden section. */
function refuseBehindModal(view: EditorView, event: Event): boolean {
  if (!isBehindModalDialog(view.dom)) return false;
  event.preventDefault();
  return true;
}
