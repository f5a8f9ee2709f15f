import type { CommentAnchor } from './commentAnchors.js';

export interface CommentReply {
  id: string;
  author: string;
  at: string;
  body: string;
}

/** A comment on a range of one section, with its replies oldest first. */
export interface CommentThread {
  id: string;
  draftId: string;
  sectionId: string;
  /** The last place the quoted text was found; when `orphaned`, the text is gone and this is where it was. */
  anchor: CommentAnchor;
  orphaned: boolean;
  author: string;
  at: string;
  body: string;
  resolved: { by: string; at: string } | null;
  replies: CommentReply[];
}
