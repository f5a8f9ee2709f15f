import { isHistoryTransaction } from 'prosemirror-history';
import { Plugin, PluginKey, TextSelection, type Command, type EditorState, type Transaction } from 'prosemirror-state';
import { Transform } from 'prosemirror-transform';
import {
  acceptAllSuggestions,
  acceptSuggestion,
  rejectAllSuggestions,
  rejectSuggestion,
  trackEdit,
} from '../../../shared/cowriting/suggestMode.js';

export interface SuggestModeState {
  on: boolean;
  /** The name typed in settings; edits are suggested under it. */
  author: string;
}

/** Shown as the author when nobody has typed a name in settings yet. */
export const UNNAMED_AUTHOR = 'Unnamed author';

type SuggestModeMeta = Partial<SuggestModeState> & { decided?: true; tracked?: true };

export const suggestModeKey = new PluginKey<SuggestModeState>('suggestMode');

export function suggestModeState(state: EditorState): SuggestModeState {
  return suggestModeKey.getState(state) ?? { on: false, author: UNNAMED_AUTHOR };
}

/** A transaction that only switches suggest mode or sets its author; it leaves the text alone. */
export function setSuggestMode(state: EditorState, change: Partial<SuggestModeState>): Transaction {
  return state.tr.setMeta(suggestModeKey, change satisfies SuggestModeMeta).setMeta('addToHistory', false);
}

function newSuggestionId(): string {
  return globalThis.crypto.randomUUID();
}

/**
 * Turns every edit into suggestions while suggest mode is on. The edit is
 * applied as usual and then rewritten in an appended transaction, which
 * the undo history keeps together with it, so one Undo takes back both.
 * Undo and redo themselves, and accepting or rejecting, are not rewritten.
 */
export function suggestModePlugin(): Plugin<SuggestModeState> {
  return new Plugin<SuggestModeState>({
    key: suggestModeKey,
    state: {
      init: () => ({ on: false, author: UNNAMED_AUTHOR }),
      apply(tr, value) {
        const meta = tr.getMeta(suggestModeKey) as SuggestModeMeta | undefined;
        if (meta?.on === undefined && meta?.author === undefined) return value;
        return { on: meta.on ?? value.on, author: meta.author?.trim() || value.author };
      },
    },
    appendTransaction(transactions, oldState, newState) {
      const { on, author } = suggestModeState(newState);
      if (!on) return null;
      const edits = transactions.filter((tr) => tr.docChanged);
      if (edits.length === 0 || edits.some((tr) => tr.getMeta(suggestModeKey) !== undefined || isHistoryTransaction(tr))) return null;
      // Every step since the old state, replayed on one transform, so positions from several transactions line up.
      const combined = new Transform(oldState.doc);
      for (const tr of transactions) for (const step of tr.steps) combined.step(step);
      const into = newState.tr;
      const { cursor } = trackEdit(combined, into, { author, at: new Date().toISOString(), newId: newSuggestionId, headBefore: oldState.selection.head });
      if (into.steps.length === 0) return null;
      if (cursor !== null) into.setSelection(TextSelection.create(into.doc, cursor));
      return into.setMeta(suggestModeKey, { tracked: true } satisfies SuggestModeMeta);
    },
  });
}

function decision(change: (tr: Transaction) => boolean): Command {
  return (state, dispatch) => {
    const tr = state.tr;
    if (!change(tr)) return false;
    dispatch?.(tr.setMeta(suggestModeKey, { decided: true } satisfies SuggestModeMeta).scrollIntoView());
    return true;
  };
}

export const acceptSuggestionCommand = (id: string): Command => decision((tr) => acceptSuggestion(tr, id));
export const rejectSuggestionCommand = (id: string): Command => decision((tr) => rejectSuggestion(tr, id));
export const acceptAllCommand: Command = decision(acceptAllSuggestions);
export const rejectAllCommand: Command = decision(rejectAllSuggestions);
