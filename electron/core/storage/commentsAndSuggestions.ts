import { randomUUID } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import { ApiFailure } from '../../../shared/api/errors.js';
import { anchorMapper, type CommentAnchor, quoteFinder } from '../../../shared/cowriting/commentAnchors.js';
import type { CommentThread } from '../../../shared/cowriting/commentThread.js';
import type { ImportedSuggestion } from '../../../shared/cowriting/importedSuggestion.js';
import type { ProposedReplacement } from '../../../shared/cowriting/proposedReplacements.js';
import { draftGuards } from './draftGuards.js';
import type { SectionContentListener } from './sections.js';

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

export interface SuggestionStore {
  /** Stores proposals not already pending; returns how many were new. Must be called inside a write transaction. */
  propose(draftId: string, sectionId: string, proposals: ProposedReplacement[], from: { author: string; suggestedAt: string; importedAt: string }): number;
  pending(id: string, sectionId?: string): ImportedSuggestion[];
  decide(id: string, suggestionId: string, decision: 'accepted' | 'rejected'): ImportedSuggestion;
  /** Keeps pending suggestions on their text through edits; give it to the draft and history stores. */
  followEdit: SectionContentListener;
}

interface SuggestionRow {
  id: string;
  draft_id: string;
  section_id: string;
  range_from: number;
  range_to: number;
  context_before: string;
  deleted_text: string;
  inserted_text: string;
  orphaned: 0 | 1;
  author: string;
  suggested_at: string;
  imported_at: string;
  status: ImportedSuggestion['status'];
  decided_by: string | null;
  decided_at: string | null;
}

/**
 * Changes brought back from elsewhere, held as proposals. Deciding one only
 * records the decision: the editor applies an accepted change to the text
 * through an ordinary save, so it is in the history like any other edit.
 */
export function createSuggestionStore(db: Database, options: { author: () => string; now?: () => Date }): SuggestionStore {
  const guards = draftGuards(db);
  const sql = {
    pending: db.prepare<[string], SuggestionRow>("SELECT * FROM suggestions WHERE draft_id = ? AND status = 'pending' ORDER BY section_id, range_from, rowid"),
    pendingOfSection: db.prepare<[string, string], SuggestionRow>("SELECT * FROM suggestions WHERE draft_id = ? AND section_id = ? AND status = 'pending'"),
    one: db.prepare<[string, string], SuggestionRow>('SELECT * FROM suggestions WHERE id = ? AND draft_id = ?'),
    duplicate: db.prepare<[string, string, number, number, string, string, string], { found: 1 }>(
      `SELECT 1 AS found FROM suggestions WHERE draft_id = ? AND section_id = ? AND range_from = ? AND range_to = ?
       AND deleted_text = ? AND inserted_text = ? AND author = ? AND status = 'pending'`,
    ),
    insert: db.prepare<[string, string, string, number, number, string, string, string, string, string, string]>(
      `INSERT INTO suggestions (id, draft_id, section_id, range_from, range_to, context_before, deleted_text, inserted_text, author, suggested_at, imported_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    decide: db.prepare<[string, string, string, string]>('UPDATE suggestions SET status = ?, decided_by = ?, decided_at = ? WHERE id = ?'),
    move: db.prepare<[number, number, number, string]>('UPDATE suggestions SET range_from = ?, range_to = ?, orphaned = ? WHERE id = ?'),
  };

  return {
    propose(draftId, sectionId, proposals, from) {
      let added = 0;
      for (const proposal of proposals) {
        if (sql.duplicate.get(draftId, sectionId, proposal.from, proposal.to, proposal.deleted, proposal.inserted, from.author)) continue;
        sql.insert.run(randomUUID(), draftId, sectionId, proposal.from, proposal.to, proposal.contextBefore, proposal.deleted, proposal.inserted, from.author, from.suggestedAt, from.importedAt);
        added += 1;
      }
      return added;
    },

    pending(id, sectionId) {
      guards.existing(id);
      return sql.pending.all(id).filter((row) => sectionId === undefined || row.section_id === sectionId).map(toSuggestion);
    },

    decide(id, suggestionId, decision) {
      return db
        .transaction(() => {
          guards.editable(id);
          const row = sql.one.get(suggestionId, id);
          if (!row) throw new ApiFailure('not-found', 'That suggestion is not in this strategy.');
          if (row.status !== 'pending') throw new ApiFailure('conflict', `That suggestion was already ${row.status}.`);
          sql.decide.run(decision, options.author(), (options.now?.() ?? new Date()).toISOString(), suggestionId);
          return toSuggestion(sql.one.get(suggestionId, id) as SuggestionRow);
        })
        .immediate();
    },

    followEdit({ draftId, sectionId, before, after }) {
      const rows = sql.pendingOfSection.all(draftId, sectionId);
      if (rows.length === 0) return;
      const finder = quoteFinder(before, after);
      for (const row of rows) {
        const quote = row.context_before + row.deleted_text;
        // An insertion at the very start of the text has nothing to look for, and the start does not move.
        if (quote.length === 0) continue;
        const found = finder.find({ from: row.range_from, to: row.range_to, quote }, row.context_before.length);
        if (found === undefined) {
          sql.move.run(row.range_from, row.range_to, 1, row.id);
          continue;
        }
        const start = found + row.context_before.length;
        const range = finder.range(start, start + row.deleted_text.length);
        sql.move.run(range.from, range.to, 0, row.id);
      }
    },
  };
}

function toSuggestion(row: SuggestionRow): ImportedSuggestion {
  return {
    id: row.id,
    draftId: row.draft_id,
    sectionId: row.section_id,
    from: row.range_from,
    to: row.range_to,
    deleted: row.deleted_text,
    inserted: row.inserted_text,
    orphaned: row.orphaned === 1,
    author: row.author,
    suggestedAt: row.suggested_at,
    importedAt: row.imported_at,
    status: row.status,
    decided: row.decided_at === null ? null : { by: row.decided_by ?? '', at: row.decided_at },
  };
}
