import type { SaveState } from './saveChannel.js';

/**
 * One line for the header that sums up every autosave channel of the open
 * draft, worst news first: the user needs to know about a conflict or a
 * failure in any section, not just the one on screen.
 */
export function summariseSaveStates(states: readonly SaveState[]): SaveState {
  const first = <K extends SaveState['kind']>(kind: K) => states.find((state): state is Extract<SaveState, { kind: K }> => state.kind === kind);
  const worst = first('conflict') ?? first('failed') ?? first('held') ?? first('saving') ?? first('pending');
  if (worst !== undefined) return worst;
  const savedTimes = states.flatMap((state) => (state.kind === 'clean' && state.savedAt !== null ? [state.savedAt.getTime()] : []));
  return { kind: 'clean', savedAt: savedTimes.length === 0 ? null : new Date(Math.max(...savedTimes)) };
}

export function describeSaveState(state: SaveState): string {
  switch (state.kind) {
    case 'clean':
      return state.savedAt === null ? 'All changes saved' : `Saved ${formatClockTime(state.savedAt)}`;
    case 'pending':
    case 'saving':
      return 'Saving…';
    case 'failed':
      return `Not saved — ${asClause(state.reason)}, retrying`;
    case 'held':
      return `Not saved — ${asClause(state.reason)}`;
    case 'conflict':
      return 'Not saved — someone else saved this draft in the meantime';
  }
}

/** 24-hour local time, e.g. "14:02". */
export function formatClockTime(date: Date): string {
  return `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;
}

/** Error messages are whole sentences; inside the status line they read as a clause. */
function asClause(reason: string): string {
  const trimmed = reason.trim().replace(/[.!]+$/, '');
  return trimmed.length > 0 && /^[A-Z][a-z]/.test(trimmed) ? trimmed.charAt(0).toLowerCase() + trimmed.slice(1) : trimmed;
}
