import type { Node } from 'prosemirror-model';
import type { EditorState, Transaction } from 'prosemirror-state';
import type { ImportedSuggestion } from '../../shared/cowriting/importedSuggestion.js';
import { OBJECT_CHARACTER } from '../../shared/cowriting/textIndex.js';
import { quoteOfRange } from '../comments/commentHighlights.js';

type Placed = Pick<ImportedSuggestion, 'id' | 'from' | 'to' | 'deleted' | 'inserted' | 'orphaned'>;

export interface AppliedSuggestions {
  transaction: Transaction;
  applied: string[];
  /** Suggestions left alone: their words are no longer where they were, or another accepted change overlaps them. */
  skipped: string[];
}

/**
 * Applies accepted suggestions to a section as one ordinary editor
 * transaction, so they can be undone like typing. Each is checked first:
 * the text it would replace must still be exactly what it says it
 * replaces. They are applied from the end of the text backwards, so each
 * one's positions are still right when its turn comes.
 */
export function applySuggestions(state: EditorState, suggestions: readonly Placed[]): AppliedSuggestions {
  const tr = state.tr;
  const applied: string[] = [];
  const skipped: string[] = [];
  let limit = state.doc.content.size + 1;
  const ordered = [...suggestions].sort((a, b) => b.from - a.from || b.to - a.to);
  for (const suggestion of ordered) {
    const fits =
      !suggestion.orphaned &&
      suggestion.from <= suggestion.to &&
      suggestion.to <= state.doc.content.size &&
      // Strictly before the previous one, so an insertion at the same point cannot land inside it.
      suggestion.to < limit &&
      quoteOfRange(state.doc, suggestion.from, suggestion.to) === suggestion.deleted;
    if (!fits) {
      skipped.push(suggestion.id);
      continue;
    }
    replaceText(tr, suggestion.from, suggestion.to, suggestion.inserted);
    limit = suggestion.from;
    applied.push(suggestion.id);
  }
  return { transaction: tr, applied: applied.reverse(), skipped };
}

/** The last few words before a position, cut at a word, for showing where a suggestion would go. */
export function textBefore(doc: Node, position: number, length = 40): string {
  const at = Math.max(0, Math.min(position, doc.content.size));
  const text = quoteOfRange(doc, 0, at).split('\n').pop() ?? '';
  if (text.length <= length) return text;
  const cut = text.slice(-length);
  const space = cut.indexOf(' ');
  return space >= 0 && space < length / 2 ? cut.slice(space + 1) : cut;
}

/** Replaces a range with text, where a newline starts a new block as it does in the text the suggestion came from. */
function replaceText(tr: Transaction, from: number, to: number, inserted: string): void {
  if (to > from) tr.delete(from, to);
  let position = from;
  inserted
    .replaceAll(OBJECT_CHARACTER, '')
    .split('\n')
    .forEach((line, index) => {
      if (index > 0) {
        tr.split(position);
        position += 2;
      }
      if (line !== '') {
        tr.insertText(line, position);
        position += line.length;
      }
    });
}
