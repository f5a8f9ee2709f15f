import { useState } from 'react';
import type { ApiError } from '../../shared/api/errors.js';
import type { LibraryStatus } from '../../shared/api/contract.js';
import { useApi } from '../api/ApiContext.js';
import { ErrorNotice, Notice } from './Notice.js';
import { LIBRARY } from './accessibleNames.js';

interface LibraryUnavailableProps {
  status: Extract<LibraryStatus, { state: 'unavailable' }>;
  onReady: (status: LibraryStatus) => void;
}

/** The library file could not be opened. It is never touched; when it is not a usable library, the user may start a new one beside it. */
export function LibraryUnavailable({ status, onReady }: LibraryUnavailableProps) {
  const api = useApi();
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  async function startFresh() {
    setBusy(true);
    setError(null);
    const result = await api.call('library.startFresh', {});
    setBusy(false);
    if (!result.ok) return setError(result.error);
    if (result.value.state === 'ready') onReady(result.value);
    else setError({ code: 'library-unavailable', message: result.value.message });
  }

  return (
    <div className="screen">
      <header className="app-header">
        <p className="app-header__product">Corporate Parenting Studio</p>
      </header>
      <main id="main" className="unavailable">
        <h1>{LIBRARY.unavailableHeading}</h1>
        <Notice tone="error">
          <p>{status.message}</p>
        </Notice>
        <p>
          The library file is at <code>{status.databasePath}</code>. The app has not changed it and will not change it, so it can still be
          recovered from a backup or examined by IT support.
        </p>
        {status.canStartFresh ? (
          <>
            <p>You can carry on with a new, empty library. The old file is kept beside it, untouched.</p>
            <button type="button" className="button button--primary" disabled={busy} onClick={() => void startFresh()}>
              {LIBRARY.startFresh}
            </button>
          </>
        ) : (
          <p>Your drafts are safe in it. Once the problem above is put right, close the app and open it again.</p>
        )}
        {error && <ErrorNotice error={error} />}
      </main>
    </div>
  );
}
