/**
 * Review and sign-off of one section: written (draft), handed to reviewers
 * (ready for review), signed off (approved). Approval is only reachable from
 * review, so nothing is approved that nobody was asked to read; and any
 * edit to approved text sends it back to review, because the approval was
 * of the words as they were.
 */

export const SIGN_OFF_STATES = ['draft', 'ready-for-review', 'approved'] as const;
export type SignOffState = (typeof SIGN_OFF_STATES)[number];

export type SectionSignOff =
  | {
      state: 'draft' | 'ready-for-review';
      /** Who last moved the section into this state; null for a section that has never moved. */
      changedBy: string | null;
      changedAt: string | null;
      note: string;
    }
  | { state: 'approved'; approvedBy: string; approvedAt: string; note: string };

export interface SignOffCounts {
  draft: number;
  readyForReview: number;
  approved: number;
}

export interface SignOffChange {
  by: string;
  at: string;
  note?: string;
}

export type SignOffTransition = { ok: true; signOff: SectionSignOff } | { ok: false; message: string };

const ALLOWED: Record<SignOffState, readonly SignOffState[]> = {
  draft: ['ready-for-review'],
  'ready-for-review': ['draft', 'approved'],
  approved: ['ready-for-review', 'draft'],
};

export const SIGN_OFF_LABELS: Record<SignOffState, string> = {
  draft: 'Draft',
  'ready-for-review': 'Ready for review',
  approved: 'Approved',
};

export function initialSignOff(): SectionSignOff {
  return { state: 'draft', changedBy: null, changedAt: null, note: '' };
}

export function canTransition(from: SignOffState, to: SignOffState): boolean {
  return ALLOWED[from].includes(to);
}

/** What the review rules need to know besides the section's state, read by whoever asks for the move. */
export interface SignOffConditions {
  /** The section holds writing of its own: not empty, not only its starter text. */
  written: boolean;
  /** Four-eyes review: whoever marked a section ready for review cannot approve it too. */
  fourEyes: boolean;
}

/**
 * Why a move that the review cycle allows is still refused, or null. Starter
 * text is not a draft anyone can review, so an unwritten section can be
 * neither handed to reviewers nor approved; and with four-eyes review on,
 * an approval must come from someone other than the person who asked for it.
 */
export function signOffRefusal(current: SectionSignOff, to: SignOffState, by: string, conditions: SignOffConditions): string | null {
  if (to === 'draft') return null;
  if (!conditions.written) {
    return `This section still holds only its starter text, so it cannot be ${to === 'approved' ? 'approved' : 'marked ready for review'}. Write it first.`;
  }
  if (to === 'approved' && conditions.fourEyes && current.state === 'ready-for-review' && current.changedBy === by) {
    return 'You marked this section ready for review, so someone else must approve it: this library asks for two people (four-eyes review).';
  }
  return null;
}

export function transitionSignOff(current: SectionSignOff, to: SignOffState, change: SignOffChange, conditions: SignOffConditions): SignOffTransition {
  if (current.state === to) return { ok: false, message: `This section is already marked "${SIGN_OFF_LABELS[to]}".` };
  if (!canTransition(current.state, to)) {
    return { ok: false, message: `A section cannot go from "${SIGN_OFF_LABELS[current.state]}" straight to "${SIGN_OFF_LABELS[to]}". Mark it ready for review first.` };
  }
  const refusal = signOffRefusal(current, to, change.by, conditions);
  if (refusal !== null) return { ok: false, message: refusal };
  const note = change.note?.trim() ?? '';
  if (to === 'approved') return { ok: true, signOff: { state: 'approved', approvedBy: change.by, approvedAt: change.at, note } };
  return { ok: true, signOff: { state: to, changedBy: change.by, changedAt: change.at, note } };
}

/** The sign-off after the section's text was changed: approved text goes back to review, anything else stays as it was. */
export function signOffAfterEdit(current: SectionSignOff, change: Omit<SignOffChange, 'note'>): { signOff: SectionSignOff; reset: boolean } {
  if (current.state !== 'approved') return { signOff: current, reset: false };
  return { signOff: { state: 'ready-for-review', changedBy: change.by, changedAt: change.at, note: '' }, reset: true };
}

export function countSignOff(states: readonly SignOffState[]): SignOffCounts {
  const counts: SignOffCounts = { draft: 0, readyForReview: 0, approved: 0 };
  for (const state of states) {
    if (state === 'draft') counts.draft += 1;
    else if (state === 'ready-for-review') counts.readyForReview += 1;
    else counts.approved += 1;
  }
  return counts;
}
