import { useCallback, useEffect, useId, useState } from 'react';
import type { ApiError } from '../../shared/api/errors.js';
import type { SnapshotSummary } from '../../shared/cowriting/snapshot.js';
import { Dialog, DialogFormActions } from '../app/Dialog.js';
import { ErrorNotice, Notice } from '../app/Notice.js';
import type { SignOffBoard } from '../cowriting/signOffBoard.js';
import type { DraftSession } from '../draft/draftSession.js';
import { ConfirmDialog } from '../library/ConfirmDialog.js';
import { formatLastEdited } from '../library/formatting.js';
import { restoreDraftSnapshot } from './restoreActions.js';
import { useApi } from '../api/ApiContext.js';

interface SnapshotsSectionProps {
  session: DraftSession;
  board: SignOffBoard;
  onReloaded: () => void;
}

/** Named copies of the whole strategy ("Sent to Board 12 March"), and putting one back. */
export function SnapshotsSection({ session, board, onReloaded }: SnapshotsSectionProps) {
  const client = useApi();
  const headingId = useId();
  const [snapshots, setSnapshots] = useState<SnapshotSummary[] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [naming, setNaming] = useState(false);
  const [confirming, setConfirming] = useState<SnapshotSummary | null>(null);
  const [status, setStatus] = useState<string | null>(null);

  const load = useCallback(async () => {
    const result = await client.call('drafts.snapshots', { id: session.draftId });
    if (result.ok) setSnapshots(result.value);
    else setError(result.error);
  }, [client, session]);

  useEffect(() => {
    void load();
  }, [load]);

  async function save(name: string) {
    setNaming(false);
    setError(null);
    await session.flushAll();
    const result = await client.call('drafts.createSnapshot', { id: session.draftId, name });
    if (!result.ok) return setError(result.error);
    setStatus(`Saved the snapshot “${result.value.name}”.`);
    await load();
  }

  async function restore(snapshot: SnapshotSummary) {
    setConfirming(null);
    setError(null);
    const result = await restoreDraftSnapshot(client, session, board, snapshot.id);
    if (!result.ok) return setError(result.error);
    onReloaded();
    const count = result.value.restoredSections.length;
    const changed = count === 0 ? 'No section text differed from it.' : `${count} ${count === 1 ? 'section was' : 'sections were'} put back as they were.`;
    setStatus(`Restored the snapshot “${snapshot.name}”. ${changed} Each restore is a new version, so the history still holds the text from before.`);
  }

  return (
    <section className="snapshots" aria-labelledby={headingId}>
      <h4 id={headingId}>Snapshots of the whole {session.template.words.documentKind}</h4>
      {status && (
        <Notice tone="info">
          <p>{status}</p>
        </Notice>
      )}
      {error && <ErrorNotice error={error} />}
      <button type="button" className="button button--small" onClick={() => setNaming(true)}>
        Save snapshot…
      </button>
      {snapshots !== null && snapshots.length === 0 && <p className="side-panel__meta">No snapshots yet. Save one before you send the {session.template.words.documentKind} to someone.</p>}
      {snapshots !== null && snapshots.length > 0 && (
        <ul className="side-panel__list">
          {snapshots.map((snapshot) => (
            <li key={snapshot.id} className="side-panel__item">
              <strong>{snapshot.name}</strong>
              <p className="side-panel__meta">
                {snapshot.author || 'Someone'} · {formatLastEdited(snapshot.at)}
              </p>
              <div className="side-panel__actions">
                <button type="button" className="button button--small" aria-label={`Restore ${snapshot.name}`} onClick={() => setConfirming(snapshot)}>
                  Restore
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
      {naming && <SnapshotNameDialog onSave={(name) => void save(name)} onCancel={() => setNaming(false)} />}
      {confirming && (
        <ConfirmDialog
          title="Restore this snapshot?"
          message={`Every section and the title page will be put back as they were in “${confirming.name}”. The text as it is now stays in the history, so you can restore it again.`}
          confirmLabel="Restore snapshot"
          onConfirm={() => void restore(confirming)}
          onCancel={() => setConfirming(null)}
        />
      )}
    </section>
  );
}

function SnapshotNameDialog({ onSave, onCancel }: { onSave: (name: string) => void; onCancel: () => void }) {
  const [name, setName] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const fieldId = useId();
  const hintId = useId();
  return (
    <Dialog title="Save snapshot" onClose={onCancel}>
      <form
        className="form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (name.trim() === '') return setProblem('Give the snapshot a name.');
          onSave(name.trim());
        }}
      >
        <div className={`field ${problem ? 'field--error' : ''}`}>
          <label htmlFor={fieldId}>Snapshot name</label>
          <p id={hintId} className="field__hint">
            For example, “Sent to Board 12 March”.
          </p>
          {problem && <p className="field__error">{problem}</p>}
          <input id={fieldId} aria-describedby={hintId} aria-invalid={problem !== null} maxLength={200} value={name} onChange={(event) => setName(event.target.value)} autoFocus />
        </div>
        <DialogFormActions submitLabel="Save snapshot" onCancel={onCancel} />
      </form>
    </Dialog>
  );
}
