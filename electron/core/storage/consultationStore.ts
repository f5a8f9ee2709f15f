import { randomUUID } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import { ApiFailure } from '../../../shared/api/errors.js';
import { consultationSessionInputSchema, type ConsultationSession, type ConsultationSessionInput } from '../../../shared/consultation/consultationLog.js';
import { draftGuards } from './draftGuards.js';

export interface ConsultationStore {
  /** The strategy's sessions, oldest first. */
  list(draftId: string): ConsultationSession[];
  add(draftId: string, session: ConsultationSessionInput): ConsultationSession;
  /** Refused as a conflict when the session changed since `baseRevision` (another window, the CLI). */
  update(draftId: string, sessionId: string, baseRevision: number, session: ConsultationSessionInput): ConsultationSession;
  remove(draftId: string, sessionId: string): void;
}

interface SessionRow {
  id: string;
  session_json: string;
  revision: number;
  created_at: string;
  updated_at: string;
}

/** The consultation log of each strategy, one row per session; a session's fields are stored as JSON and checked again when read. */
export function createConsultationStore(db: Database, options: { now?: () => Date } = {}): ConsultationStore {
  const now = () => (options.now?.() ?? new Date()).toISOString();
  const guards = draftGuards(db);
  const sql = {
    list: db.prepare<[string], SessionRow>('SELECT id, session_json, revision, created_at, updated_at FROM consultations WHERE draft_id = ? ORDER BY held_on, created_at, id'),
    one: db.prepare<[string, string], SessionRow>('SELECT id, session_json, revision, created_at, updated_at FROM consultations WHERE draft_id = ? AND id = ?'),
    insert: db.prepare<[string, string, string, string, string, string]>(
      'INSERT INTO consultations (id, draft_id, held_on, session_json, revision, created_at, updated_at) VALUES (?, ?, ?, ?, 0, ?, ?)',
    ),
    update: db.prepare<[string, string, string, string, string, number]>(
      'UPDATE consultations SET held_on = ?, session_json = ?, revision = revision + 1, updated_at = ? WHERE draft_id = ? AND id = ? AND revision = ?',
    ),
    remove: db.prepare<[string, string]>('DELETE FROM consultations WHERE draft_id = ? AND id = ?'),
  };
  const write = <T>(work: () => T): T => db.transaction(work).immediate();

  function missing(): ApiFailure {
    return new ApiFailure('not-found', 'That consultation session is no longer in the log; it may have been deleted in another window.');
  }

  function existing(draftId: string, sessionId: string): ConsultationSession {
    const row = sql.one.get(draftId, sessionId);
    if (!row) throw missing();
    return toSession(row);
  }

  return {
    list(draftId) {
      guards.existing(draftId);
      return sql.list.all(draftId).map(toSession);
    },
    add(draftId, session) {
      const id = randomUUID();
      write(() => {
        guards.editable(draftId);
        const at = now();
        sql.insert.run(id, draftId, session.heldOn, JSON.stringify(session), at, at);
      });
      return existing(draftId, id);
    },
    update(draftId, sessionId, baseRevision, session) {
      write(() => {
        guards.editable(draftId);
        if (!sql.one.get(draftId, sessionId)) throw missing();
        const changed = sql.update.run(session.heldOn, JSON.stringify(session), now(), draftId, sessionId, baseRevision).changes;
        if (changed === 0) {
          throw new ApiFailure('conflict', 'This session was changed somewhere else (another window or the command line) after you opened it, so your change was not saved. Reload the log to see the latest version.');
        }
      });
      return existing(draftId, sessionId);
    },
    remove(draftId, sessionId) {
      write(() => {
        guards.editable(draftId);
        if (sql.remove.run(draftId, sessionId).changes === 0) throw missing();
      });
    },
  };
}

function toSession(row: SessionRow): ConsultationSession {
  let data: unknown;
  try {
    data = JSON.parse(row.session_json);
  } catch {
    data = undefined;
  }
  const parsed = consultationSessionInputSchema.safeParse(data);
  if (!parsed.success) throw new ApiFailure('internal', `A consultation session in the library cannot be read (${parsed.error.issues[0]?.message ?? 'not valid'}); it has been left as it is.`);
  return { id: row.id, revision: row.revision, createdAt: row.created_at, updatedAt: row.updated_at, ...parsed.data };
}
