import type { Database } from 'better-sqlite3';
import { ApiFailure } from '../../../shared/api/errors.js';
import { transitionSignOff, type SectionSignOff, type SignOffState } from '../../../shared/cowriting/signOff.js';
import { draftGuards } from './draftGuards.js';
import { revisionLog } from './revisionLog.js';
import { SIGN_OFF_COLUMNS, signOffFromColumns, signOffToColumns, type SignOffColumns } from './signOffColumns.js';

export interface SignOffStore {
  setState(id: string, sectionId: string, state: SignOffState, change: { note?: string; baseRevision?: number }): SectionSignOff;
}

export interface SignOffStoreOptions {
  author: () => string;
  now?: () => Date;
}

/** Moves sections through review; each move is logged, with its note, so the history shows who approved what. */
export function createSignOffStore(db: Database, options: SignOffStoreOptions): SignOffStore {
  const guards = draftGuards(db);
  const log = revisionLog(db, options.author);
  const current = db.prepare<[string, string], SignOffColumns & { revision: number }>(`SELECT revision, ${SIGN_OFF_COLUMNS} FROM sections WHERE draft_id = ? AND section_id = ?`);
  const update = db.prepare<[string, string | null, string | null, string, string, string]>(
    'UPDATE sections SET sign_off_state = ?, sign_off_by = ?, sign_off_at = ?, sign_off_note = ? WHERE draft_id = ? AND section_id = ?',
  );
  return {
    setState(id, sectionId, state, change) {
      return db
        .transaction(() => {
          guards.editable(id);
          const row = current.get(id, sectionId);
          if (!row) throw new ApiFailure('not-found', `This strategy has no section "${sectionId}".`);
          if (change.baseRevision !== undefined && change.baseRevision !== row.revision) {
            throw new ApiFailure('conflict', 'The text of this section changed after you opened it, so its review state was not changed. Reload the strategy and read the latest version first.');
          }
          const at = (options.now?.() ?? new Date()).toISOString();
          const moved = transitionSignOff(signOffFromColumns(row), state, { by: options.author(), at, note: change.note });
          if (!moved.ok) throw new ApiFailure('conflict', moved.message);
          update.run(...signOffToColumns(moved.signOff), id, sectionId);
          log(id, sectionId, 'sign-off', at, { state, note: moved.signOff.note, atRevision: row.revision });
          return moved.signOff;
        })
        .immediate();
    },
  };
}
