import { useCallback, useEffect, useId, useState } from 'react';
import type { ApiError } from '../../shared/api/errors.js';
import { diffSectionText, type DiffPart } from '../../shared/cowriting/wordDiff.js';
import type { Revision } from '../../shared/model/draft.js';
import { ErrorNotice, Notice } from '../app/Notice.js';
import type { SignOffBoard } from '../cowriting/signOffBoard.js';
import type { DraftSession } from '../draft/draftSession.js';
import { formatLastEdited } from '../library/formatting.js';
import { DiffView } from './DiffView.js';
import { comparisonFor, describeRevision, isTextVersion, toggleSelection } from './historyText.js';
import { restoreSectionVersion } from './restoreActions.js';
import { SnapshotsSection } from './SnapshotsSection.js';
import { useApi } from '../api/ApiContext.js';
import { SECTION_TOOLS } from '../app/accessibleNames.js';

interface HistoryPanelProps {
  session: DraftSession;
  board: SignOffBoard;
  sectionId: string;
  sectionTitle: string;
  /** The session's copy of one or more sections was replaced; the editor must show the new text. */
  onReloaded: () => void;
}

const PAGE = 25;

/** Every saved version of the current section, with comparison and restore, and the draft's named snapshots. */
export function HistoryPanel({ session, board, sectionId, sectionTitle, onReloaded }: HistoryPanelProps) {
  const client = useApi();
  const headingId = useId();
  const [revisions, setRevisions] = useState<Revision[] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [selected, setSelected] = useState<number[]>([]);
  const [diff, setDiff] = useState<{ parts: DiffPart[]; label: string } | null>(null);
  const [shown, setShown] = useState(PAGE);
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const load = useCallback(async () => {
    // Typing not yet saved would otherwise be missing from the list.
    await session.flush(sectionId);
    const result = await client.call('drafts.revisions', { id: session.draftId, sectionId });
    if (result.ok) {
      setRevisions(result.value);
      setError(null);
    } else setError(result.error);
  }, [client, session, sectionId]);

  useEffect(() => {
    setSelected([]);
    setDiff(null);
    setStatus(null);
    setRevisions(null);
    void load();
  }, [load]);

  async function versionDoc(revisionId: number) {
    const result = await client.call('drafts.revision', { id: session.draftId, revisionId });
    if (!result.ok) {
      setError(result.error);
      return null;
    }
    return result.value;
  }

  async function compare() {
    const comparison = comparisonFor(selected);
    if (!comparison) return;
    setError(null);
    if (comparison.kind === 'with-current') {
      const version = await versionDoc(comparison.version);
      if (!version?.doc) return;
      setDiff({ parts: diffSectionText(version.doc, session.editorState(sectionId).doc.toJSON()), label: `From the version of ${formatLastEdited(version.at)} to the text now:` });
      return;
    }
    const [older, newer] = await Promise.all([versionDoc(comparison.older), versionDoc(comparison.newer)]);
    if (!older?.doc || !newer?.doc) return;
    setDiff({ parts: diffSectionText(older.doc, newer.doc), label: `From the version of ${formatLastEdited(older.at)} to the version of ${formatLastEdited(newer.at)}:` });
  }

  async function restore(revision: Revision) {
    setBusy(true);
    setError(null);
    const result = await restoreSectionVersion(client, session, board, sectionId, revision.id);
    setBusy(false);
    if (!result.ok) return setError(result.error);
    onReloaded();
    setSelected([]);
    setDiff(null);
    setStatus(`Restored the version of ${formatLastEdited(revision.at)}. The text before it is kept in this list, so you can restore that instead.`);
    await load();
  }

  const visible = revisions?.slice(0, shown) ?? [];

  return (
    <aside className="side-panel history-panel" aria-labelledby={headingId}>
      <div className="side-panel__header">
        <h3 id={headingId}>{SECTION_TOOLS.history}</h3>
      </div>
      <h4>Versions of “{sectionTitle}”</h4>
      {status && (
        <Notice tone="info">
          <p>{status}</p>
        </Notice>
      )}
      {error && <ErrorNotice error={error} />}
      {revisions === null ? (
        !error && <p role="status">Loading the history…</p>
      ) : revisions.length === 0 ? (
        <p>No changes have been saved to this section yet.</p>
      ) : (
        <>
          <p className="side-panel__meta">Tick one version to compare it with the text now, or two to compare them with each other.</p>
          <ul className="side-panel__list">
            {visible.map((revision) => {
              const labelId = `revision-${revision.id}`;
              return (
                <li key={revision.id} className={`side-panel__item ${selected.includes(revision.id) ? 'side-panel__item--selected' : ''}`}>
                  {isTextVersion(revision) ? (
                    <>
                      <label id={labelId}>
                        <input type="checkbox" checked={selected.includes(revision.id)} onChange={() => setSelected((current) => toggleSelection(current, revision.id))} />{' '}
                        {describeRevision(revision, session.template.words.documentKind)}
                      </label>
                      <div className="side-panel__actions">
                        <button type="button" className="button button--small" aria-describedby={labelId} disabled={busy} onClick={() => void restore(revision)}>
                          {SECTION_TOOLS.restoreVersion}
                        </button>
                      </div>
                    </>
                  ) : (
                    <p className="side-panel__meta">{describeRevision(revision, session.template.words.documentKind)}</p>
                  )}
                </li>
              );
            })}
          </ul>
          {revisions.length > shown && (
            <button type="button" className="button button--small" onClick={() => setShown((count) => count + PAGE)}>
              Show older changes
            </button>
          )}
          <div className="side-panel__actions">
            <button type="button" className="button button--small button--primary" disabled={comparisonFor(selected) === null} onClick={() => void compare()}>
              {selected.length === 2 ? 'Compare the two versions' : SECTION_TOOLS.compareWithNow}
            </button>
          </div>
        </>
      )}
      {diff && <DiffView parts={diff.parts} label={diff.label} />}
      <SnapshotsSection session={session} board={board} onReloaded={onReloaded} />
    </aside>
  );
}
