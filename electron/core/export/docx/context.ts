import { CommentCursor, type PlacedComment } from './comments.js';

/** What the block mappers need beyond the block they are given. */
export interface RenderContext {
  /** Label of each printed numbered section ("4", "Appendix B") → its heading's bookmark, for cross-references. */
  readonly references: ReadonlyMap<string, string>;
  /** A fresh numbering instance, so the list about to be written restarts its numbers. */
  readonly nextListInstance: () => number;
  /** A fresh id for a tracked change; Word needs them unique across the document. */
  readonly nextRevisionId: () => number;
  /** Starts a section with its comments, so runs can be cut where comments begin and end. */
  readonly enterSection: (comments: readonly PlacedComment[]) => void;
  /** The comments of the current section, followed as its text is written out. */
  readonly comments: () => CommentCursor;
}

export function createRenderContext(references: ReadonlyMap<string, string>): RenderContext {
  let instance = 0;
  let revision = 0;
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
    enterSection: (comments) => {
      cursor = new CommentCursor(comments);
    },
    comments: () => cursor,
  };
}
