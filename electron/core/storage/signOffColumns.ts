import type { SectionSignOff, SignOffState } from '../../../shared/cowriting/signOff.js';

/** The sign-off columns of a `sections` row. */
export interface SignOffColumns {
  sign_off_state: SignOffState;
  sign_off_by: string | null;
  sign_off_at: string | null;
  sign_off_note: string;
}

export const SIGN_OFF_COLUMNS = 'sign_off_state, sign_off_by, sign_off_at, sign_off_note';

export function signOffFromColumns(row: SignOffColumns): SectionSignOff {
  if (row.sign_off_state === 'approved') {
    return { state: 'approved', approvedBy: row.sign_off_by ?? '', approvedAt: row.sign_off_at ?? '', note: row.sign_off_note };
  }
  return { state: row.sign_off_state, changedBy: row.sign_off_by, changedAt: row.sign_off_at, note: row.sign_off_note };
}

/** Values for `sign_off_state, sign_off_by, sign_off_at, sign_off_note`, in that order. */
export function signOffToColumns(signOff: SectionSignOff): [SignOffState, string | null, string | null, string] {
  if (signOff.state === 'approved') return [signOff.state, signOff.approvedBy, signOff.approvedAt, signOff.note];
  return [signOff.state, signOff.changedBy, signOff.changedAt, signOff.note];
}
