import { randomUUID } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import { ApiFailure } from '../../../shared/api/errors.js';
import { anchorMapper, type CommentAnchor } from '../../../shared/cowriting/commentAnchors.js';
import type { CommentThread } from '../../../shared/cowriting/commentThread.js';
import { draftGuards } from './draftGuards.js';
import type { SectionContentListener } from './sectionWriter.js';

export interface CommentStore {
  list(id: string, filter: { sectionId?: string; includeResolved?: boolean }): CommentThread[];
  add(id: string, sectionId: string, anchor: CommentAnchor, body: string): CommentThread;
  reply(id: string, commentId: string, body: string): CommentThread;
  resolve(id: string, commentId: string): CommentThread;
  reopen(id: string, commentId: string): CommentThread;
  /** Moves the anchors of a section's comments through an edit of its text; give it to the draft and history stores. */
  followEdit: SectionContentListener;
}

interface CommentRow {
  id: string;
  draft_id: string;
  section_id: string;
  parent_id: string | null;
  anchor_from: number | null;
  anchor_to: number | null;
  quote: string | null;
  orphaned: 0 | 1;
  author: string;
  at: string;
  body: string;
  resolved_by: string | null;
  resolved_at: string | null;
}

/** Comments on ranges of text, in threads; not part of the revision log because they are about the text, not the text. */
export function createCommentStore(db: Database, options: { author: () => string; now?: () => Date }): CommentStore {
  const now = () => (options.now?.() ?? new Date()).toISOString();
  const guards = draftGuards(db);
  const write = <T>(work: () => T): T => db.transaction(work).immediate();
  const sql = {
    all: db.prepare<[string], CommentRow>('SELECT * FROM comments WHERE draft_id = ? ORDER BY at, rowid'),
    one: db.prepare<[string, string], CommentRow>('SELECT * FROM comments WHERE id = ? AND draft_id = ?'),
    hasSection: db.prepare<[string, string], { found: 1 }>('SELECT 1 AS found FROM sections WHERE draft_id = ? AND section_id = ?'),
    insert: db.prepare<[string, string, string, string | null, number | null, number | null, string | null, string, string, string]>(
      'INSERT INTO comments (id, draft_id, section_id, parent_id, anchor_from, anchor_to, quote, author, at, body) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
    ),
    setResolved: db.prepare<[string | null, string | null, string]>('UPDATE comments SET resolved_by = ?, resolved_at = ? WHERE id = ?'),
    threadsOfSection: db.prepare<[string, string], CommentRow>('SELECT * FROM comments WHERE draft_id = ? AND section_id = ? AND parent_id IS NULL'),
    moveAnchor: db.prepare<[number, number, number, string]>('UPDATE comments SET anchor_from = ?, anchor_to = ?, orphaned = ? WHERE id = ?'),
  };

  function thread(id: string, commentId: string): CommentThread {
    const rows = sql.all.all(id).filter((row) => row.id === commentId || row.parent_id === commentId);
    const built = toThreads(rows)[0];
    if (!built) throw new ApiFailure('not-found', 'That comment is not in this strategy; it may have been deleted.');
    return built;
  }

  /** The thread a comment belongs to; replying to a reply answers its thread. */
  function threadRoot(id: string, commentId: string): CommentRow {
    const row = sql.one.get(commentId, id);
    if (!row) throw new ApiFailure('not-found', 'That comment is not in this strategy; it may have been deleted.');
    return row.parent_id === null ? row : (sql.one.get(row.parent_id, id) as CommentRow);
  }

  function setResolved(id: string, commentId: string, resolved: boolean): CommentThread {
    return write(() => {
      guards.editable(id);
      const root = threadRoot(id, commentId);
      if ((root.resolved_at !== null) !== resolved) sql.setResolved.run(resolved ? options.author() : null, resolved ? now() : null, root.id);
      return thread(id, root.id);
    });
  }

  return {
    list(id, filter) {
      guards.existing(id);
      const rows = sql.all.all(id).filter((row) => filter.sectionId === undefined || row.section_id === filter.sectionId);
      return toThreads(rows).filter((built) => filter.includeResolved === true || built.resolved === null);
    },

    add(id, sectionId, anchor, body) {
      return write(() => {
        guards.editable(id);
        if (!sql.hasSection.get(id, sectionId)) throw new ApiFailure('not-found', `This strategy has no section "${sectionId}".`);
        const commentId = randomUUID();
        sql.insert.run(commentId, id, sectionId, null, anchor.from, anchor.to, anchor.quote, options.author(), now(), body.trim());
        return thread(id, commentId);
      });
    },

    reply(id, commentId, body) {
      return write(() => {
        guards.editable(id);
        const root = threadRoot(id, commentId);
        sql.insert.run(randomUUID(), id, root.section_id, root.id, null, null, null, options.author(), now(), body.trim());
        return thread(id, root.id);
      });
    },

    resolve: (id, commentId) => setResolved(id, commentId, true),
    reopen: (id, commentId) => setResolved(id, commentId, false),

    followEdit({ draftId, sectionId, before, after }) {
      const threads = sql.threadsOfSection.all(draftId, sectionId);
      if (threads.length === 0) return;
      const follow = anchorMapper(before, after);
      for (const row of threads) {
        const moved = follow({ from: row.anchor_from ?? 0, to: row.anchor_to ?? 0, quote: row.quote ?? '' });
        sql.moveAnchor.run(moved.anchor.from, moved.anchor.to, moved.orphaned ? 1 : 0, row.id);
      }
    },
  };
}

function toThreads(rows: CommentRow[]): CommentThread[] {
  const threads = new Map<string, CommentThread>();
  for (const row of rows) {
    if (row.parent_id !== null) continue;
    threads.set(row.id, {
      id: row.id,
      draftId: row.draft_id,
      sectionId: row.section_id,
      anchor: { from: row.anchor_from ?? 0, to: row.anchor_to ?? 0, quote: row.quote ?? '' },
      orphaned: row.orphaned === 1,
      author: row.author,
      at: row.at,
      body: row.body,
      resolved: row.resolved_at === null ? null : { by: row.resolved_by ?? '', at: row.resolved_at },
      replies: [],
    });
  }
  for (const row of rows) {
    if (row.parent_id !== null) threads.get(row.parent_id)?.replies.push({ id: row.id, author: row.author, at: row.at, body: row.body });
  }
  return [...threads.values()];
}
