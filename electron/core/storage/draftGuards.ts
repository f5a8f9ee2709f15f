import type { Database } from 'better-sqlite3';
import { ApiFailure } from '../../../shared/api/errors.js';

export interface DraftState {
  id: string;
  trashed_at: string | null;
}

export interface DraftGuards {
  /** The draft, or `not-found`. */
  existing(id: string): DraftState;
  /** The draft if it may be changed: `not-found`, or `conflict` while it is in the trash. */
  editable(id: string): DraftState;
}

export function draftGuards(db: Database): DraftGuards {
  const find = db.prepare<[string], DraftState>('SELECT id, trashed_at FROM drafts WHERE id = ?');
  const existing = (id: string): DraftState => {
    const row = find.get(id);
    if (!row) throw new ApiFailure('not-found', `There is no strategy with the id "${id}" in the library; it may have been deleted.`);
    return row;
  };
  return {
    existing,
    editable(id) {
      const row = existing(id);
      if (row.trashed_at !== null) throw new ApiFailure('conflict', 'This strategy is in the trash. Restore it before changing it.');
      return row;
    },
  };
}

export function staleWrite(what: 'title page' | 'section' | 'foreword attribution'): ApiFailure {
  return new ApiFailure(
    'conflict',
    `This ${what} was changed somewhere else (another window or the command line) after you opened it, so your change was not saved. Reload the strategy to see the latest version.`,
  );
}
