import { useEffect, useId, useState } from 'react';
import type { EditorView } from 'prosemirror-view';
import type { ApiError } from '../../shared/api/errors.js';
import type { ImportedSuggestion } from '../../shared/cowriting/importedSuggestion.js';
import { ErrorNotice, Notice } from '../app/Notice.js';
import type { DraftSession } from '../draft/draftSession.js';
import { formatLastEdited } from '../library/formatting.js';
import { applySuggestions, textBefore } from './applySuggestions.js';
import { DecisionButtons } from './DecisionButtons.js';
import { SuggestedChange } from './SuggestedChange.js';
import type { SuggestionTray } from './suggestionTray.js';
import { useBoardVersion } from './useBoardVersion.js';

interface SuggestionsPanelProps {
  session: DraftSession;
  tray: SuggestionTray;
  sectionId: string;
  view: EditorView | null;
}

/**
 * Changes made to a shared copy of this section, offered one by one. An
 * accepted change goes into the text through the editor, so it is saved,
 * logged and undoable like typing; only then is it recorded as accepted.
 */
export function SuggestionsPanel({ session, tray, sectionId, view }: SuggestionsPanelProps) {
  useBoardVersion(tray);
  const headingId = useId();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const suggestions = tray.inSection(sectionId);

  useEffect(() => {
    setStatus(null);
    setError(null);
    void session.flush(sectionId).then(() => tray.load());
  }, [session, tray, sectionId]);

  async function accept(ids: string[]) {
    if (!view) return;
    setBusy(true);
    setError(null);
    setStatus(null);
    // Positions are of the stored text, and move on every save: store the text, then read them again.
    await session.flush(sectionId);
    await tray.load();
    const chosen = tray.inSection(sectionId).filter((suggestion) => ids.includes(suggestion.id));
    const { transaction, applied, skipped } = applySuggestions(view.state, chosen);
    if (applied.length > 0) {
      const before = session.sectionRevision(sectionId);
      view.dispatch(transaction);
      await session.flush(sectionId);
      if (session.sectionRevision(sectionId) === before) {
        setBusy(false);
        setStatus('The change is in the text but could not be saved yet, so the suggestion stays open. It will be saved when storage answers again.');
        return;
      }
    }
    const failure = await tray.decide(applied, 'accepted');
    setBusy(false);
    if (failure) setError(failure);
    if (skipped.length > 0) {
      setStatus(
        `${skipped.length === 1 ? 'One suggestion no longer fits' : `${skipped.length} suggestions no longer fit`} the text as it is now, so ${skipped.length === 1 ? 'it was' : 'they were'} left open. Reject ${skipped.length === 1 ? 'it' : 'them'}, or make the change by hand.`,
      );
    } else if (applied.length > 0) setStatus(applied.length === 1 ? 'Accepted. The change is in the text; Undo takes it out again.' : `Accepted ${applied.length} changes. Undo takes them out again.`);
  }

  async function reject(ids: string[]) {
    setBusy(true);
    setError(null);
    const failure = await tray.decide(ids, 'rejected');
    setBusy(false);
    if (failure) setError(failure);
    else setStatus(ids.length === 1 ? 'Rejected. The text was not changed.' : `Rejected ${ids.length} suggestions. The text was not changed.`);
  }

  const allIds = suggestions.map((suggestion) => suggestion.id);
  return (
    <aside className="side-panel suggestions-panel" aria-labelledby={headingId}>
      <div className="side-panel__header">
        <h3 id={headingId}>Suggestions</h3>
      </div>
      <p className="side-panel__meta">Changes made to a shared copy of this section. Nothing changes here until you accept it.</p>
      {status && (
        <Notice tone="info">
          <p>{status}</p>
        </Notice>
      )}
      {error && <ErrorNotice error={error} />}
      {tray.error && <ErrorNotice error={tray.error} />}
      {suggestions.length === 0 ? (
        <p>No suggestions are waiting for this section.</p>
      ) : (
        <>
          <DecisionButtons all acceptDisabled={busy || !view} rejectDisabled={busy} onAccept={() => void accept(allIds)} onReject={() => void reject(allIds)} />
          <ul className="side-panel__list">
            {suggestions.map((suggestion) => (
              <li key={suggestion.id} className="side-panel__item">
                <SuggestionView suggestion={suggestion} before={view ? textBefore(view.state.doc, suggestion.from) : ''} busy={busy || !view} onAccept={() => void accept([suggestion.id])} onReject={() => void reject([suggestion.id])} />
              </li>
            ))}
          </ul>
        </>
      )}
    </aside>
  );
}

interface SuggestionViewProps {
  suggestion: ImportedSuggestion;
  /** A few words of the text just before the change, so a reader can tell where it goes. */
  before: string;
  busy: boolean;
  onAccept: () => void;
  onReject: () => void;
}

function SuggestionView({ suggestion, before, busy, onAccept, onReject }: SuggestionViewProps) {
  const describedBy = `suggestion-${suggestion.id}`;
  return (
    <article id={describedBy} aria-label={`Suggestion from ${suggestion.author}`}>
      <p className="side-panel__meta">
        {suggestion.author} · {formatLastEdited(suggestion.suggestedAt)}
      </p>
      <SuggestedChange deleted={suggestion.deleted} inserted={suggestion.inserted} context={suggestion.orphaned ? undefined : before} />
      {suggestion.orphaned && <p className="side-panel__meta">The text around this change has been rewritten here, so it can no longer be placed. Reject it, or copy it in by hand.</p>}
      <DecisionButtons describedBy={describedBy} acceptDisabled={busy || suggestion.orphaned} rejectDisabled={busy} onAccept={onAccept} onReject={onReject} />
    </article>
  );
}
