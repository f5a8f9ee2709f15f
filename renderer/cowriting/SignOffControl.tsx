import { useId, useRef, useState } from 'react';
import type { ApiError } from '../../shared/api/errors.js';
import type { Finding } from '../../shared/completeness/index.js';
import type { SignOffState } from '../../shared/cowriting/signOff.js';
import { Dialog, DialogFormActions } from '../app/Dialog.js';
import { ErrorNotice } from '../app/Notice.js';
import type { SignOffBoard } from './signOffBoard.js';
import { describeSignOff, signOffActions, type SignOffAction } from './signOffText.js';
import { useBoardVersion } from './useBoardVersion.js';
import './cowriting.css';
import { REVIEW } from '../app/accessibleNames.js';

interface SignOffControlProps {
  board: SignOffBoard;
  sectionId: string;
  sectionTitle: string;
  /** Whether the section holds writing of its own (the check's answer); null before the first check. */
  written: boolean | null;
  /** What the check finds in this section, for the approver to see before approving. */
  findings: readonly Finding[];
}

const SEVERITY_WORDS = { error: 'Must fix', warning: 'Should fix', info: 'Advice' } as const;

/**
 * Where the current section stands in review, and the moves open to it from
 * there. A move the review rules refuse is shown unavailable with the reason
 * beside it, rather than failing after the click.
 */
export function SignOffControl({ board, sectionId, sectionTitle, written, findings }: SignOffControlProps) {
  useBoardVersion(board);
  const headingId = useId();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [approving, setApproving] = useState(false);
  const signOff = board.signOff(sectionId);
  const sectionRef = useRef<HTMLElement>(null);
  const stateRef = useRef<HTMLParagraphElement>(null);
  const reasonIds = useId();
  const actions = signOffActions(signOff.state).map((action) => ({ action, refusal: board.refusal(sectionId, action.to, written), reasonId: `${reasonIds}-${action.to}` }));

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
        {REVIEW.region}
      </h3>
      <p ref={stateRef} className="signoff__state" data-testid="sign-off-state" data-state={signOff.state} tabIndex={-1}>
        {describeSignOff(signOff)}
      </p>
      {signOff.note && <p className="signoff__note">Note: {signOff.note}</p>}
      <div className="signoff__actions">
        {actions.map(({ action, refusal, reasonId }) => (
          <button key={action.to} type="button" className="button button--small" disabled={busy || refusal !== null} aria-describedby={refusal ? reasonId : undefined} onClick={() => choose(action)}>
            {action.label}
          </button>
        ))}
      </div>
      {[...new Set(actions.map((each) => each.refusal).filter((refusal): refusal is string => refusal !== null))].map((refusal) => (
        <p key={refusal} id={actions.find((each) => each.refusal === refusal)?.reasonId} className="signoff__reason" data-testid="sign-off-reason">
          {refusal}
        </p>
      ))}
      {error && <ErrorNotice error={error} />}
      {approving && (
        <ApproveDialog
          sectionTitle={sectionTitle}
          findings={findings}
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

function ApproveDialog({ sectionTitle, findings, onApprove, onCancel }: { sectionTitle: string; findings: readonly Finding[]; onApprove: (note: string) => void; onCancel: () => void }) {
  const [note, setNote] = useState('');
  const noteId = useId();
  const findingsId = useId();
  return (
    <Dialog title={`Approve “${sectionTitle}”`} onClose={onCancel}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          onApprove(note);
        }}
      >
        <p>You are approving the text as it is now. Any later change will send it back for review.</p>
        {findings.length === 0 ? (
          <p>The check finds nothing to fix in this section.</p>
        ) : (
          <section aria-labelledby={findingsId}>
            <h3 id={findingsId} className="signoff__findings-heading">
              What the check finds in this section ({findings.length})
            </h3>
            <ul className="signoff__findings">
              {findings.map((finding, index) => (
                <li key={`${finding.rule}:${index}`}>
                  <strong>{SEVERITY_WORDS[finding.severity]}:</strong> {finding.message}
                </li>
              ))}
            </ul>
          </section>
        )}
        <div className="field">
          <label htmlFor={noteId}>{REVIEW.note}</label>
          <textarea id={noteId} rows={3} maxLength={1000} value={note} onChange={(event) => setNote(event.target.value)} data-autofocus />
        </div>
        <DialogFormActions submitLabel={REVIEW.approveConfirm} onCancel={onCancel} />
      </form>
    </Dialog>
  );
}
