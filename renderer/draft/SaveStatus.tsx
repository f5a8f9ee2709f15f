import { useSyncExternalStore } from 'react';
import type { DraftSession } from './draftSession.js';
import { describeSaveState } from './saveStatusText.js';

/** The header's save line. Polite live region: it is announced when it changes, without interrupting typing. */
export function SaveStatus({ session }: { session: DraftSession }) {
  const state = useSyncExternalStore(session.subscribe, session.getSaveSummary);
  const bad = state.kind === 'failed' || state.kind === 'conflict' || state.kind === 'held';
  return (
    <p className={`save-status ${bad ? 'save-status--problem' : ''}`} data-testid="save-status" data-state={state.kind} role="status" aria-live="polite">
      {describeSaveState(state)}
    </p>
  );
}
