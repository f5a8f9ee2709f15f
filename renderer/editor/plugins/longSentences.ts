import type { Node } from 'prosemirror-model';
import { Plugin, PluginKey, type EditorState, type Transaction } from 'prosemirror-state';
import { Decoration, DecorationSet } from 'prosemirror-view';
import type { TextLocation } from '../../../shared/completeness/index.js';

/**
 * Highlights the longest sentences of a foreword, as the readability check
 * found them. The check runs after a pause in typing, so its positions are
 * for the document it read: they are taken only when that is still the
 * document in the editor, and between checks the highlights move with the
 * text like any other decoration.
 */

export const longSentencesKey = new PluginKey<DecorationSet>('longSentences');

export interface LongSentences {
  /** The document the positions refer to. */
  doc: Node;
  spans: readonly TextLocation[];
}

export const LONG_SENTENCE_CLASS = 'long-sentence';

export function longSentencesPlugin(): Plugin<DecorationSet> {
  return new Plugin<DecorationSet>({
    key: longSentencesKey,
    state: {
      init: () => DecorationSet.empty,
      apply(tr, previous) {
        const next = tr.getMeta(longSentencesKey) as DecorationSet | undefined;
        return next ?? previous.map(tr.mapping, tr.doc);
      },
    },
    props: {
      decorations: (state) => longSentencesKey.getState(state),
    },
  });
}

export function longSentenceDecorations(doc: Node, spans: readonly TextLocation[]): DecorationSet {
  const size = doc.content.size;
  const decorations = spans
    .filter((span) => span.from >= 0 && span.to <= size && span.from < span.to)
    .map((span) => Decoration.inline(span.from, span.to, { class: LONG_SENTENCE_CLASS, title: 'One of the longest sentences here' }));
  return DecorationSet.create(doc, decorations);
}

/** A transaction that shows these highlights, or null when they are for another version of the text (or unchanged). */
export function showLongSentences(state: EditorState, sentences: LongSentences): Transaction | null {
  if (sentences.doc !== state.doc) return null;
  const current = longSentencesKey.getState(state);
  if (current === undefined) return null;
  const next = longSentenceDecorations(state.doc, sentences.spans);
  if (sameDecorations(current, next)) return null;
  return state.tr.setMeta(longSentencesKey, next).setMeta('addToHistory', false);
}

function sameDecorations(a: DecorationSet, b: DecorationSet): boolean {
  const left = a.find();
  const right = b.find();
  return left.length === right.length && left.every((decoration, index) => decoration.from === right[index]?.from && decoration.to === right[index]?.to);
}
