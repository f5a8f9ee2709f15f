import { useId, useRef, useState } from 'react';
import type { ApiError } from '../../shared/api/errors.js';
import type { SignOffState } from '../../shared/cowriting/signOff.js';
import { Dialog, DialogFormActions } from '../app/Dialog.js';
import { ErrorNotice } from '../app/Notice.js';
import type { SignOffBoard } from './signOffBoard.js';
import { describeSignOff, signOffActions, type SignOffAction } from './signOffText.js';
import { useBoardVersion } from './useBoardVersion.js';
import './cowriting.css';

interface SignOffControlProps {
  board: SignOffBoard;
  sectionId: string;
  sectionTitle: string;
}

/** Where the current section stands in review, and the moves open to it from there. */
export function SignOffControl({ board, sectionId, sectionTitle }: SignOffControlProps) {
  useBoardVersion(board);
  const headingId = useId();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [approving, setApproving] = useState(false);
  const signOff = board.signOff(sectionId);
  const sectionRef = useRef<HTMLElement>(null);
  const stateRef = useRef<HTMLParagraphElement>(null);

  async function move(to: SignOffState, note?: string) {
    setBusy(true);
    setError(null);
    const result = await board.move(sectionId, to, note);
    setBusy(false);
    if (!result.ok) setError(result.error);
    // The button pressed (or the Approve dialog's) is disabled while this runs and then replaced by the next
    // state's buttons, so the focus would fall to the page. The state line takes it instead: a screen reader
    // reads out where the section now stands, and Tab goes on to what can be done next.
    const focused = document.activeElement;
    if (focused === null || focused === document.body || sectionRef.current?.contains(focused)) stateRef.current?.focus();
  }

  function choose(action: SignOffAction) {
    if (action.asksForNote) setApproving(true);
    else void move(action.to);
  }

  return (
    <section ref={sectionRef} className={`signoff signoff--${signOff.state}`} aria-labelledby={headingId}>
      <h3 id={headingId} className="signoff__heading">
        Review
      </h3>
      <p ref={stateRef} className="signoff__state" data-testid="sign-off-state" data-state={signOff.state} tabIndex={-1}>
        {describeSignOff(signOff)}
      </p>
      {signOff.note && <p className="signoff__note">Note: {signOff.note}</p>}
      <div className="signoff__actions">
        {signOffActions(signOff.state).map((action) => (
          <button key={action.to} type="button" className="button button--small" disabled={busy} onClick={() => choose(action)}>
            {action.label}
          </button>
        ))}
      </div>
      {error && <ErrorNotice error={error} />}
      {approving && (
        <ApproveDialog
          sectionTitle={sectionTitle}
          onCancel={() => setApproving(false)}
          onApprove={(note) => {
            setApproving(false);
            void move('approved', note);
          }}
        />
      )}
    </section>
  );
}

function ApproveDialog({ sectionTitle, onApprove, onCancel }: { sectionTitle: string; onApprove: (note: string) => void; onCancel: () => void }) {
  const [note, setNote] = useState('');
  const noteId = useId();
  return (
    <Dialog title={`Approve “${sectionTitle}”`} onClose={onCancel}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          onApprove(note);
        }}
      >
        <p>You are approving the text as it is now. Any later change will send it back for review.</p>
        <div className="field">
          <label htmlFor={noteId}>Note (optional)</label>
          <textarea id={noteId} rows={3} maxLength={1000} value={note} onChange={(event) => setNote(event.target.value)} autoFocus />
        </div>
        <DialogFormActions submitLabel="Approve" onCancel={onCancel} />
      </form>
    </Dialog>
  );
}
