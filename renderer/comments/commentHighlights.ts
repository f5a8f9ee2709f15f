import { keydownHandler } from 'prosemirror-keymap';
import type { Node } from 'prosemirror-model';
import { Plugin, PluginKey, type EditorState, type Transaction } from 'prosemirror-state';
import { Decoration, DecorationSet } from 'prosemirror-view';
import { textIndex, textOffsetAt } from '../../shared/cowriting/textIndex.js';

/**
 * Marks the text that open comments are about, without touching the
 * document: the ranges are decorations, moved along with every edit, so
 * they stay on their words until the comments are read from storage again.
 * Also owns the keyboard shortcut for commenting (Mod-Alt-m), which asks the
 * comments panel around the editor to start one, as the link shortcut does.
 */

export const COMMENT_REQUEST_EVENT = 'cps-comment-request';

export interface CommentRange {
  id: string;
  from: number;
  to: number;
}

interface HighlightMeta {
  ranges: CommentRange[];
  activeId: string | null;
}

const key = new PluginKey<DecorationSet>('comment-highlights');

export function commentHighlights(): Plugin<DecorationSet> {
  return new Plugin<DecorationSet>({
    key,
    state: {
      init: () => DecorationSet.empty,
      apply(tr, decorations) {
        const meta = tr.getMeta(key) as HighlightMeta | undefined;
        if (meta) return decorationsFor(tr.doc, meta);
        return decorations.map(tr.mapping, tr.doc);
      },
    },
    props: {
      decorations: (state) => key.getState(state),
      handleKeyDown: keydownHandler({
        'Mod-Alt-m': (_state, _dispatch, view) => {
          view?.dom.dispatchEvent(new CustomEvent(COMMENT_REQUEST_EVENT, { bubbles: true }));
          return true;
        },
      }),
    },
  });
}

/** Replaces the highlighted ranges; ranges outside the document (stale positions) are left out. */
export function setCommentRanges(tr: Transaction, ranges: CommentRange[], activeId: string | null = null): Transaction {
  return tr.setMeta(key, { ranges, activeId } satisfies HighlightMeta);
}

/** Where a comment's range is now, after the edits made since it was highlighted. */
export function currentCommentRange(state: EditorState, id: string): { from: number; to: number } | null {
  const found = key.getState(state)?.find(undefined, undefined, (spec) => spec.commentId === id) ?? [];
  if (found.length === 0) return null;
  return { from: Math.min(...found.map((each) => each.from)), to: Math.max(...found.map((each) => each.to)) };
}

/** The selected text as a comment's quote, in the same form storage uses to find it again after edits. */
export function quoteOfRange(doc: Node, from: number, to: number): string {
  const index = textIndex(doc);
  return index.text.slice(textOffsetAt(index, from), textOffsetAt(index, to));
}

function decorationsFor(doc: Node, meta: HighlightMeta): DecorationSet {
  const size = doc.content.size;
  const decorations = meta.ranges
    .filter((range) => range.from >= 0 && range.to <= size && range.from < range.to)
    .map((range) =>
      Decoration.inline(
        range.from,
        range.to,
        { class: `comment-highlight${range.id === meta.activeId ? ' comment-highlight--active' : ''}`, 'data-comment-id': range.id },
        { commentId: range.id },
      ),
    );
  return DecorationSet.create(doc, decorations);
}
