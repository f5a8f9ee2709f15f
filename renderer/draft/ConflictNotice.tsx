import { useState, useSyncExternalStore } from 'react';
import type { ApiError } from '../../shared/api/errors.js';
import { ErrorNotice } from '../app/Notice.js';
import type { Conflict, DraftSession } from './draftSession.js';
import { DRAFT } from '../app/accessibleNames.js';

interface ConflictNoticeProps {
  session: DraftSession;
  onReloaded: (key: string) => void;
}

/**
 * Someone else saved a section after this window loaded it. Saving again
 * would overwrite their work, so nothing more is sent: the user copies their
 * own text somewhere safe and then reloads what is stored.
 */
export function ConflictNotice({ session, onReloaded }: ConflictNoticeProps) {
  const conflicts = useSyncExternalStore(session.subscribe, session.getConflicts);
  if (conflicts.length === 0) return null;
  return (
    <div className="conflicts" role="alert">
      {conflicts.map((conflict) => (
        <ConflictItem key={conflict.key} conflict={conflict} session={session} onReloaded={onReloaded} />
      ))}
    </div>
  );
}

function ConflictItem({ conflict, session, onReloaded }: { conflict: Conflict; session: DraftSession; onReloaded: (key: string) => void }) {
  // Read afresh when shown or copied: the user may have kept typing after the conflict.
  const [text, setText] = useState(() => session.unsavedText(conflict.key));
  const [copied, setCopied] = useState<boolean | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  async function copy() {
    const latest = session.unsavedText(conflict.key);
    setText(latest);
    try {
      await navigator.clipboard.writeText(latest);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  }

  async function reload() {
    const result = await session.reloadFromStorage(conflict.key);
    if (!result.ok) return setError(result.error);
    onReloaded(conflict.key);
  }

  return (
    <section className="notice notice--error conflict" aria-label={`Save conflict in ${conflict.label}`}>
      <h2 className="conflict__heading">“{conflict.label}” was changed somewhere else</h2>
      <p>
        Someone saved this part of the draft after you opened it, so your latest changes to it have <strong>not</strong> been saved and nothing of
        theirs was overwritten. Copy your text first if you want to keep it, then reload the stored version and add your changes again.
      </p>
      <p className="conflict__detail">{conflict.message}</p>
      <details onToggle={() => setText(session.unsavedText(conflict.key))}>
        <summary>Show my unsaved text</summary>
        <textarea className="conflict__text" readOnly value={text} aria-label={`Your unsaved text for ${conflict.label}`} rows={8} />
      </details>
      <div className="conflict__actions">
        <button type="button" className="button" onClick={() => void copy()}>
          {DRAFT.copyMyText}
        </button>
        <button type="button" className="button button--primary" onClick={() => void reload()}>
          {DRAFT.reloadFromStorage}
        </button>
      </div>
      {copied === true && <p role="status">Your text is on the clipboard.</p>}
      {copied === false && <p role="status">The clipboard is not available here: open “Show my unsaved text” and copy it from there.</p>}
      {error && <ErrorNotice error={error} />}
    </section>
  );
}
