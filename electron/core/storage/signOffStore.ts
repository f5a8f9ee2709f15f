import type { Database } from 'better-sqlite3';
import { ApiFailure } from '../../../shared/api/errors.js';
import { transitionSignOff, type SectionSignOff, type SignOffConditions, type SignOffState } from '../../../shared/cowriting/signOff.js';
import { draftGuards } from './draftGuards.js';
import { revisionLog } from './revisionLog.js';
import { SIGN_OFF_COLUMNS, signOffFromColumns, signOffToColumns, type SignOffColumns } from './sections.js';

/** One move asked for: the conditions were read from the section at `baseRevision`, so the move is refused if the text changed since. */
export interface SignOffMove {
  sectionId: string;
  state: SignOffState;
  baseRevision: number;
  conditions: SignOffConditions;
  note?: string;
}

export interface SignOffStore {
  setState(id: string, move: SignOffMove): SectionSignOff;
  /** Several moves at once, all or none: one refused move changes nothing. */
  setStates(id: string, moves: readonly SignOffMove[]): { sectionId: string; signOff: SectionSignOff }[];
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

  function apply(id: string, move: SignOffMove, at: string): SectionSignOff {
    const row = current.get(id, move.sectionId);
    if (!row) throw new ApiFailure('not-found', `This strategy has no section "${move.sectionId}".`);
    if (move.baseRevision !== row.revision) {
      throw new ApiFailure('conflict', 'The text of this section changed after you opened it, so its review state was not changed. Reload the strategy and read the latest version first.');
    }
    const moved = transitionSignOff(signOffFromColumns(row), move.state, { by: options.author(), at, note: move.note }, move.conditions);
    if (!moved.ok) throw new ApiFailure('conflict', moved.message);
    update.run(...signOffToColumns(moved.signOff), id, move.sectionId);
    log(id, move.sectionId, 'sign-off', at, { state: move.state, note: moved.signOff.note, atRevision: row.revision });
    return moved.signOff;
  }

  const setStates = (id: string, moves: readonly SignOffMove[]) =>
    db
      .transaction(() => {
        guards.editable(id);
        const at = (options.now?.() ?? new Date()).toISOString();
        return moves.map((move) => ({ sectionId: move.sectionId, signOff: apply(id, move, at) }));
      })
      .immediate();

  return {
    setState: (id, move) => (setStates(id, [move])[0] as { signOff: SectionSignOff }).signOff,
    setStates,
  };
}
