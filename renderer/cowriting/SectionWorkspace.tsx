import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import type { EditorView } from 'prosemirror-view';
import { COMMENT_REQUEST_EVENT } from '../comments/commentHighlights.js';
import { CommentsPanel } from '../comments/CommentsPanel.js';
import type { DraftSession } from '../draft/draftSession.js';
import { HistoryPanel } from '../history/HistoryPanel.js';
import { pendingSuggestions, type PendingSuggestion } from '../../shared/cowriting/suggestMode.js';
import { SuggestionsPanel } from './SuggestionsPanel.js';
import { TrackedChangesPanel } from './TrackedChangesPanel.js';
import type { SignOffBoard } from './signOffBoard.js';
import type { SuggestionTray } from './suggestionTray.js';
import { useBoardVersion } from './useBoardVersion.js';
import './cowriting.css';
import { SECTION_TOOLS } from '../app/accessibleNames.js';

type Panel = 'history' | 'comments' | 'suggestions' | null;

interface SectionWorkspaceProps {
  session: DraftSession;
  board: SignOffBoard;
  tray: SuggestionTray;
  sectionId: string;
  sectionTitle: string;
  /** One or more sections were replaced in the session (a restore); the editor must be remounted. */
  onReloaded: () => void;
  /** The section's editor, told where to report its view. */
  renderEditor: (onView: (view: EditorView | null) => void) => ReactNode;
}

/**
 * A text section with its co-writing panels beside it: history, comments
 * and suggestions (edits made in suggest mode, and changes brought back
 * from shared files). One panel is open at a
 * time, and the choice stays as the user moves between sections.
 */
export function SectionWorkspace({ session, board, tray, sectionId, sectionTitle, onReloaded, renderEditor }: SectionWorkspaceProps) {
  const trayVersion = useBoardVersion(tray);
  const [panel, setPanel] = useState<Panel>(null);
  const [view, setView] = useState<EditorView | null>(null);
  const [composeRequests, setComposeRequests] = useState(0);
  const onView = useCallback((next: EditorView | null) => setView(next), []);
  const imported = tray.pendingIn(sectionId);
  const tracked = usePendingSuggestions(session, sectionId, panel === 'suggestions');
  const pending = imported + tracked.length;

  useEffect(() => {
    if (!view) return;
    const dom = view.dom;
    const requestComment = () => {
      setPanel('comments');
      setComposeRequests((count) => count + 1);
    };
    dom.addEventListener(COMMENT_REQUEST_EVENT, requestComment);
    return () => dom.removeEventListener(COMMENT_REQUEST_EVENT, requestComment);
  }, [view]);

  useEffect(() => {
    if (tray.takeReviewRequest(sectionId)) setPanel('suggestions');
  }, [tray, sectionId, trayVersion]);

  const toggle = (next: Exclude<Panel, null>) => setPanel((current) => (current === next ? null : next));
  const tab = (name: Exclude<Panel, null>, label: string) => (
    <button type="button" className="button button--small" aria-pressed={panel === name} aria-controls={panel === name ? 'cowriting-panel' : undefined} onClick={() => toggle(name)}>
      {label}
    </button>
  );

  return (
    <>
      <div className="cowriting-tabs" role="group" aria-label={SECTION_TOOLS.group}>
        {tab('comments', SECTION_TOOLS.comments)}
        {tab('history', SECTION_TOOLS.history)}
        {(pending > 0 || panel === 'suggestions') && tab('suggestions', `Suggestions (${pending})`)}
      </div>
      <div className={`cowriting-layout ${panel ? 'cowriting-layout--with-panel' : ''}`}>
        <div>{renderEditor(onView)}</div>
        {panel && (
          <div id="cowriting-panel">
            {panel === 'history' && <HistoryPanel session={session} board={board} sectionId={sectionId} sectionTitle={sectionTitle} onReloaded={onReloaded} />}
            {panel === 'comments' && <CommentsPanel session={session} sectionId={sectionId} view={view} composeRequests={composeRequests} />}
            {panel === 'suggestions' && (
              <>
                <TrackedChangesPanel view={view} suggestions={tracked} />
                {imported > 0 && <SuggestionsPanel session={session} tray={tray} sectionId={sectionId} view={view} />}
              </>
            )}
          </div>
        )}
      </div>
    </>
  );
}

/**
 * The section's pending suggestions, following every edit (including
 * accepting and rejecting them). The list is replaced only when what is on
 * screen changes, so typing does not re-render the workspace, and with it
 * the editor, on every keystroke: with the suggestions panel closed only
 * their number shows (typing in suggest mode grows one suggestion, it does
 * not add one), and a suggestion that typing before it only moved along
 * keeps its old position (the panel looks its place up when asked to show it).
 */
function usePendingSuggestions(session: DraftSession, sectionId: string, shownInFull: boolean): PendingSuggestion[] {
  const [tracked, setTracked] = useState(() => pendingSuggestions(session.editorState(sectionId).doc));
  // Compared here rather than in a state updater: React runs an updater by rendering the workspace, editor and all.
  const shown = useRef(tracked);
  useEffect(() => {
    const same = shownInFull ? sameSuggestions : sameIds;
    const follow = () => {
      const next = pendingSuggestions(session.editorState(sectionId).doc);
      if (same(shown.current, next)) return;
      shown.current = next;
      setTracked(next);
    };
    follow();
    return session.subscribeContent(follow);
  }, [session, sectionId, shownInFull]);
  return tracked;
}

function sameIds(a: readonly PendingSuggestion[], b: readonly PendingSuggestion[]): boolean {
  return a.length === b.length && a.every((each, index) => each.id === b[index]?.id);
}

function sameSuggestions(a: readonly PendingSuggestion[], b: readonly PendingSuggestion[]): boolean {
  return (
    a.length === b.length &&
    a.every((each, index) => {
      const other = b[index];
      return other !== undefined && each.id === other.id && each.inserted === other.inserted && each.deleted === other.deleted && each.author === other.author && each.at === other.at;
    })
  );
}
