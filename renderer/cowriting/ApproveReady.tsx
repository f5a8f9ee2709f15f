import { useId, useState } from 'react';
import type { ApiError } from '../../shared/api/errors.js';
import { Dialog } from '../app/Dialog.js';
import { ErrorNotice } from '../app/Notice.js';
import type { SignOffBoard } from './signOffBoard.js';
import { useBoardVersion } from './useBoardVersion.js';
import { REVIEW } from '../app/accessibleNames.js';

interface ApproveReadyProps {
  board: SignOffBoard;
  sections: readonly { id: string; title: string }[];
  /** Whether a section holds writing of its own, from the check; null before the first check. */
  writtenOf: (sectionId: string) => boolean | null;
  /** How many things the check says must be fixed in a section, shown beside it so nothing is approved unseen. */
  mustFixIn: (sectionId: string) => number;
}

/**
 * "Approve every section that is ready": the sections waiting for review
 * that this person may approve, listed in one confirmation, approved in one
 * request (all or none). Those the rules keep back are named with the reason,
 * so nobody wonders why a section is missing from the list.
 */
export function ApproveReady({ board, sections, writtenOf, mustFixIn }: ApproveReadyProps) {
  useBoardVersion(board);
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [note, setNote] = useState('');
  const noteId = useId();
  const ready = sections.filter((section) => board.signOff(section.id).state === 'ready-for-review');
  if (ready.length === 0) return null;
  const withReason = ready.map((section) => ({ ...section, refusal: board.refusal(section.id, 'approved', writtenOf(section.id)) }));
  const approvable = withReason.filter((section) => section.refusal === null);
  const keptBack = withReason.filter((section) => section.refusal !== null);
  // Offered only when this person can approve something: the sections' own Review boxes say why the others wait.
  if (approvable.length === 0 && !open) return null;

  async function approve() {
    setBusy(true);
    setError(null);
    const result = await board.approveAll(
      approvable.map((section) => section.id),
      note,
    );
    setBusy(false);
    if (!result.ok) return setError(result.error);
    setOpen(false);
    setNote('');
  }

  return (
    <>
      <button type="button" className="button button--small" onClick={() => setOpen(true)}>
        Approve all ready ({approvable.length})…
      </button>
      {open && (
        <Dialog title={REVIEW.approveEveryReady} onClose={() => setOpen(false)}>
          {approvable.length === 0 ? (
            <p>None of the sections waiting for review can be approved by you.</p>
          ) : (
            <>
              <p>
                You are approving {approvable.length === 1 ? 'this section as it is' : `these ${approvable.length} sections as they are`} now. Any later change sends a
                section back for review.
              </p>
              <ul data-testid="approve-ready-list">
                {approvable.map((section) => {
                  const mustFix = mustFixIn(section.id);
                  return (
                    <li key={section.id}>
                      {section.title}
                      {mustFix > 0 && <span className="approve-ready__must-fix"> ({mustFix === 1 ? '1 thing the check says must be fixed' : `${mustFix} things the check says must be fixed`})</span>}
                    </li>
                  );
                })}
              </ul>
              <div className="field">
                <label htmlFor={noteId}>{REVIEW.note}</label>
                <textarea id={noteId} rows={2} maxLength={1000} value={note} onChange={(event) => setNote(event.target.value)} />
              </div>
            </>
          )}
          {keptBack.length > 0 && (
            <>
              <p>Not included:</p>
              <ul>
                {keptBack.map((section) => (
                  <li key={section.id}>
                    {section.title}: {section.refusal}
                  </li>
                ))}
              </ul>
            </>
          )}
          {error && <ErrorNotice error={error} />}
          <div className="dialog__actions">
            <button type="button" className="button" onClick={() => setOpen(false)} data-autofocus>
              Cancel
            </button>
            {approvable.length > 0 && (
              <button type="button" className="button button--primary" disabled={busy} onClick={() => void approve()}>
                Approve {approvable.length === 1 ? '1 section' : `${approvable.length} sections`}
              </button>
            )}
          </div>
        </Dialog>
      )}
    </>
  );
}
