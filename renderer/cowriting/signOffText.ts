import { canTransition, SIGN_OFF_LABELS, type SectionSignOff, type SignOffCounts, type SignOffState } from '../../shared/cowriting/signOff.js';
import { REVIEW } from '../app/accessibleNames.js';

/** How review and sign-off are put into words on screen; colour is only ever added to these. */

const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });

/** "12 March 2025"; a timestamp that cannot be read is shown as it came. */
export function formatDay(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateFormat.format(date);
}

/** One line saying where a section stands, e.g. "Approved by Sam Patel on 12 March 2025". */
export function describeSignOff(signOff: SectionSignOff): string {
  if (signOff.state === 'approved') return `Approved by ${signOff.approvedBy} on ${formatDay(signOff.approvedAt)}`;
  const label = SIGN_OFF_LABELS[signOff.state];
  if (signOff.changedBy === null || signOff.changedAt === null) return label;
  return `${label} (marked by ${signOff.changedBy} on ${formatDay(signOff.changedAt)})`;
}

export interface SignOffAction {
  to: SignOffState;
  label: string;
  /** Approval asks for an optional note first, so its button ends in an ellipsis. */
  asksForNote: boolean;
}

const ACTIONS: readonly SignOffAction[] = [
  { to: 'ready-for-review', label: REVIEW.markReady, asksForNote: false },
  { to: 'approved', label: REVIEW.approve, asksForNote: true },
  { to: 'draft', label: REVIEW.sendBack, asksForNote: false },
];

/** The buttons offered for a section in a given state, in the order a section normally moves. */
export function signOffActions(state: SignOffState): SignOffAction[] {
  return ACTIONS.filter((action) => canTransition(state, action.to));
}

/** Short text for the navigator beside a section title. */
export function signOffShortLabel(state: SignOffState): string {
  return SIGN_OFF_LABELS[state];
}

/** "3 of 18 sections approved, 2 ready for review" for the library list. */
export function describeSignOffCounts(counts: SignOffCounts): string {
  const total = counts.draft + counts.readyForReview + counts.approved;
  if (total === 0) return 'No sections';
  const parts = [`${counts.approved} of ${total} approved`];
  if (counts.readyForReview > 0) parts.push(`${counts.readyForReview} ready for review`);
  return parts.join(', ');
}

export const SIGN_OFF_RESET_MESSAGE = 'You changed an approved section, so it needs review again.';
