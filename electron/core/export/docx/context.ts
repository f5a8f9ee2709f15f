import type { Node } from 'prosemirror-model';
import { CommentCursor, type PlacedComment } from './comments.js';

/** What the block mappers need beyond the node they are given. */
export interface RenderContext {
  /** Label of each printed numbered section ("4", "Appendix B") → its heading's bookmark, for cross-references. */
  readonly references: ReadonlyMap<string, string>;
  /** A fresh numbering instance, so the list about to be written restarts its numbers. */
  readonly nextListInstance: () => number;
  /** A fresh id for a tracked change; Word needs them unique across the document. */
  readonly nextRevisionId: () => number;
  /** Starts a section: its text blocks' positions and its comments, so runs can be cut where comments begin and end. */
  readonly enterSection: (doc: Node, comments: readonly PlacedComment[]) => void;
  /** Where a text block of the current section starts (the position of its first character). */
  readonly blockStart: (block: Node) => number | undefined;
  /** The comments of the current section, followed as its text is written out. */
  readonly comments: () => CommentCursor;
}

export function createRenderContext(references: ReadonlyMap<string, string>): RenderContext {
  let instance = 0;
  let revision = 0;
  let starts = new WeakMap<Node, number>();
  let cursor = new CommentCursor([]);
  return {
    references,
    nextListInstance: () => {
      instance += 1;
      return instance;
    },
    nextRevisionId: () => {
      revision += 1;
      return revision;
    },
    enterSection: (doc, comments) => {
      starts = new WeakMap();
      doc.descendants((node, position) => {
        if (!node.isTextblock) return true;
        starts.set(node, position + 1);
        return false;
      });
      cursor = new CommentCursor(comments);
    },
    blockStart: (block) => starts.get(block),
    comments: () => cursor,
  };
}
