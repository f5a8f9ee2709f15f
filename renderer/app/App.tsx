/**
 * Corporate Parenting Studio: the renderer's top level.
 *
 * Accessible names the end-to-end tests rely on (keep them stable):
 *
 * Library screen
 * - heading level 1 "Your strategies" (or "Trash"); toggle buttons "Strategies" and "Trash" (aria-pressed).
 * - button "New strategy" opens a dialog named "New strategy" with radio buttons in the group
 *   "Template" (named by template name), text fields "Title" and "Council", buttons "Create" and "Cancel".
 * - table of drafts: each row's header cell holds a button named by the draft title (opens it);
 *   buttons "Rename <title>", "Duplicate <title>", "Delete <title>"; inline rename field "New title"
 *   (Enter keeps, Escape cancels). After a delete, a status with button "Restore".
 * - Trash view rows: buttons "Restore <title>" and "Delete <title> permanently", then a dialog
 *   "Delete permanently?" with buttons "Cancel" and "Delete permanently".
 * - Settings: text field "Author name", button "Save name".
 * - Library file unreadable: heading "Your library cannot be opened", button "Start a fresh library".
 *
 * Draft screen
 * - button "← Library" (name "← Library"), heading level 1 = draft title, button "Save now".
 * - save status: data-testid="save-status" (role status, aria-live polite), text one of
 *   "All changes saved", "Saving…", "Saved HH:MM", "Not saved — <reason>, retrying", "Not saved — <reason>";
 *   its data-state attribute is clean | pending | saving | failed | held | conflict.
 * - navigation landmark "Sections" containing one button per section named exactly by its title;
 *   the current one has aria-current="page". Up/Down/Home/End move between them.
 * - main landmark with heading level 2 = section title.
 * - cover section fields: "Council", "Strategy title", "Period start year", "Period end year",
 *   "Date" (type date, yyyy-mm-dd), "Version", "Owner", "Approving body".
 * - text sections: toolbar "Formatting" with buttons "Paragraph", "Heading 2", "Heading 3", "Bold",
 *   "Italic", "Link", "Bullet list", "Numbered list", "Insert table", "Add row", "Delete row",
 *   "Add column", "Delete column", "Undo", "Redo"; editor role textbox named "<section title> text"
 *   (aria-multiline). Link dialog "Link" with field "Web address" and buttons "Apply link", "Cancel".
 * - complementary landmark "Guidance" with button "Hide guidance" / "Show guidance".
 * - save conflict: alert with buttons "Copy my text" and "Reload from storage".
 *
 * The URL hash is the route: "#/" library, "#/draft/<id>/<sectionId>" a draft and section.
 */
import { useCallback, useEffect, useState } from 'react';
import type { LibraryStatus } from '../../shared/api/contract.js';
import type { ApiError } from '../../shared/api/errors.js';
import { api, onMenuCommand } from '../api/transport.js';
import { DraftScreen } from '../draft/DraftScreen.js';
import { LibraryScreen } from '../library/LibraryScreen.js';
import { LibraryUnavailable } from './LibraryUnavailable.js';
import { ErrorNotice, Notice } from './Notice.js';
import { parseRoute, routeToHash, type Route } from './route.js';

type Startup = { state: 'checking' } | { state: 'failed'; error: ApiError } | { state: 'known'; status: LibraryStatus };

export function App() {
  const [startup, setStartup] = useState<Startup>({ state: 'checking' });
  const [route, setRoute] = useState<Route>(() => parseRoute(window.location.hash));
  const [newStrategyRequests, setNewStrategyRequests] = useState(0);
  const [saveNowRequests, setSaveNowRequests] = useState(0);
  const [menuNotice, setMenuNotice] = useState<string | null>(null);

  const checkLibrary = useCallback(async () => {
    setStartup({ state: 'checking' });
    const result = await api.call('library.status', {});
    setStartup(result.ok ? { state: 'known', status: result.value } : { state: 'failed', error: result.error });
  }, []);

  useEffect(() => {
    void checkLibrary();
  }, [checkLibrary]);

  useEffect(() => {
    const onHashChange = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);

  const navigate = useCallback((next: Route, replace = false) => {
    const hash = routeToHash(next);
    if (replace) window.history.replaceState(window.history.state, '', hash);
    else window.location.hash = hash;
    setRoute(next);
  }, []);

  useEffect(
    () =>
      onMenuCommand((command) => {
        setMenuNotice(null);
        switch (command.type) {
          case 'new-from-template':
            navigate({ screen: 'library' });
            setNewStrategyRequests((count) => count + 1);
            return;
          case 'open-draft':
            navigate({ screen: 'draft', draftId: command.id, sectionId: null });
            return;
          case 'save-now':
            setSaveNowRequests((count) => count + 1);
            return;
          case 'export':
            setMenuNotice('Exporting to Word and PDF is not part of this version yet. Your work is saved in the library.');
            return;
        }
      }),
    [navigate],
  );

  useEffect(() => {
    document.title = route.screen === 'library' ? 'Your strategies – Corporate Parenting Studio' : 'Strategy – Corporate Parenting Studio';
  }, [route.screen]);

  if (startup.state === 'checking') {
    return (
      <main id="main" className="startup">
        <p role="status">Opening your library…</p>
      </main>
    );
  }
  if (startup.state === 'failed') {
    return (
      <main id="main" className="startup">
        <h1>The app cannot reach its library</h1>
        <ErrorNotice error={startup.error} />
        <button type="button" className="button button--primary" onClick={() => void checkLibrary()}>
          Try again
        </button>
      </main>
    );
  }
  if (startup.status.state === 'unavailable') {
    return <LibraryUnavailable status={startup.status} onReady={(status) => setStartup({ state: 'known', status })} />;
  }

  return (
    <>
      {menuNotice && (
        <div className="menu-notice">
          <Notice tone="info">
            <p>{menuNotice}</p>
          </Notice>
        </div>
      )}
      {route.screen === 'library' ? (
        <LibraryScreen
          newStrategyRequests={newStrategyRequests}
          onOpenDraft={(draftId) => navigate({ screen: 'draft', draftId, sectionId: null })}
        />
      ) : (
        <DraftScreen
          key={route.draftId}
          draftId={route.draftId}
          sectionId={route.sectionId}
          saveNowRequests={saveNowRequests}
          onSectionChange={(sectionId) => navigate({ screen: 'draft', draftId: route.draftId, sectionId }, true)}
          onBack={() => navigate({ screen: 'library' })}
        />
      )}
    </>
  );
}
