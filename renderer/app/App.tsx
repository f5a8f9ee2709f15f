/**
 * Corporate Parenting Studio: the renderer's top level. The accessible names the
 * end-to-end tests rely on live in `accessibleNames.ts`, with the focus rules.
 */
import { useCallback, useEffect, useState } from 'react';
import type { MenuCommand } from '../../shared/api/bridge.js';
import type { LibraryStatus } from '../../shared/api/contract.js';
import type { ApiError } from '../../shared/api/errors.js';
import { useApi } from '../api/ApiContext.js';
import { DraftScreen } from '../draft/DraftScreen.js';
import { LibraryScreen } from '../library/LibraryScreen.js';
import { ProgressScreen } from '../progress/ProgressScreen.js';
import { CommandChannel } from './commands.js';
import { LibraryUnavailable } from './LibraryUnavailable.js';
import { ErrorNotice, Notice } from './Notice.js';
import { parseRoute, routeToHash, type Route } from './route.js';

type Startup = { state: 'checking' } | { state: 'failed'; error: ApiError } | { state: 'known'; status: LibraryStatus };

export function App({ onMenuCommand }: { onMenuCommand: (listener: (command: MenuCommand) => void) => () => void }) {
  const api = useApi();
  const [startup, setStartup] = useState<Startup>({ state: 'checking' });
  const [route, setRoute] = useState<Route>(() => parseRoute(window.location.hash));
  const [commands] = useState(() => new CommandChannel());
  const [menuNotice, setMenuNotice] = useState<string | null>(null);
  /** The draft just made by an import: it opens with the completeness panel showing what the old strategy lacks. */
  const [importedDraftId, setImportedDraftId] = useState<string | null>(null);

  const checkLibrary = useCallback(async () => {
    setStartup({ state: 'checking' });
    const result = await api.call('library.status', {});
    setStartup(result.ok ? { state: 'known', status: result.value } : { state: 'failed', error: result.error });
    // e.g. an empty library file became the library: worth saying once, not worth a screen of its own.
    if (result.ok && result.value.state === 'ready' && result.value.message) setMenuNotice(result.value.message);
  }, [api]);

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
            commands.send({ type: 'new-strategy' });
            return;
          case 'open-draft':
            navigate({ screen: 'draft', draftId: command.id, sectionId: null });
            return;
          case 'save-now':
            commands.send({ type: 'save-now' });
            return;
          case 'export':
            if (parseRoute(window.location.hash).screen === 'draft') commands.send({ type: 'export' });
            else setMenuNotice('Open a strategy first, then choose Export to save it as a Word document or PDF.');
            return;
        }
      }),
    [navigate, commands, onMenuCommand],
  );

  useEffect(() => {
    document.title =
      route.screen === 'library' ? 'Your strategies – Corporate Parenting Studio' : route.screen === 'progress' ? 'Progress on measures – Corporate Parenting Studio' : 'Strategy – Corporate Parenting Studio';
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
    return (
      <LibraryUnavailable
        status={startup.status}
        onReady={(status) => {
          setStartup({ state: 'known', status });
          if (status.state === 'ready' && status.message) setMenuNotice(status.message);
        }}
      />
    );
  }

  return (
    <>
      {menuNotice && (
        <div className="menu-notice">
          <Notice tone="info">
            <p>{menuNotice}</p>
            <button type="button" className="button" onClick={() => setMenuNotice(null)}>
              Dismiss
            </button>
          </Notice>
        </div>
      )}
      {route.screen === 'library' ? (
        <LibraryScreen
          commands={commands}
          onOpenDraft={(draftId) => navigate({ screen: 'draft', draftId, sectionId: null })}
          onImported={(draftId) => {
            setImportedDraftId(draftId);
            navigate({ screen: 'draft', draftId, sectionId: null });
          }}
        />
      ) : route.screen === 'progress' ? (
        <ProgressScreen key={route.draftId} draftId={route.draftId} onBack={() => navigate({ screen: 'draft', draftId: route.draftId, sectionId: null })} />
      ) : (
        <DraftScreen
          key={route.draftId}
          draftId={route.draftId}
          sectionId={route.sectionId}
          commands={commands}
          openCompleteness={importedDraftId === route.draftId}
          onSectionChange={(sectionId) => navigate({ screen: 'draft', draftId: route.draftId, sectionId }, true)}
          onBack={() => navigate({ screen: 'library' })}
          onOpenProgress={() => navigate({ screen: 'progress', draftId: route.draftId })}
          onOpenDraft={(draftId) => {
            // A report just made from the strategy opens with the check showing what it still needs.
            setImportedDraftId(draftId);
            navigate({ screen: 'draft', draftId, sectionId: null });
          }}
        />
      )}
    </>
  );
}
