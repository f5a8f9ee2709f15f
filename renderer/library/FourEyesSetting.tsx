import { useEffect, useId, useState } from 'react';
import type { ApiError } from '../../shared/api/errors.js';
import { useApi } from '../api/ApiContext.js';
import { ErrorNotice } from '../app/Notice.js';
import { LIBRARY } from '../app/accessibleNames.js';

/** Four-eyes review for the whole library: saved as soon as it is ticked or cleared. */
export function FourEyesSetting() {
  const api = useApi();
  const [on, setOn] = useState<boolean | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [saved, setSaved] = useState(false);
  const id = useId();

  useEffect(() => {
    let live = true;
    void api.call('settings.get', {}).then((result) => {
      if (!live) return;
      if (result.ok) setOn(result.value.fourEyes);
      else setError(result.error);
    });
    return () => {
      live = false;
    };
  }, [api]);

  async function change(next: boolean) {
    setError(null);
    setSaved(false);
    // The box follows the click at once, as a checkbox should; a refused save puts it back and says why.
    setOn(next);
    const result = await api.call('settings.update', { fourEyes: next });
    if (!result.ok) {
      setOn(!next);
      return setError(result.error);
    }
    setOn(result.value.fourEyes);
    setSaved(true);
  }

  if (on === null) return error ? <ErrorNotice error={error} /> : null;
  return (
    <div className="field">
      <label className="checkbox-field">
        <input type="checkbox" checked={on} aria-describedby={`${id}-hint`} onChange={(event) => void change(event.target.checked)} /> {LIBRARY.fourEyes}
      </label>
      <p id={`${id}-hint`} className="field__hint">
        Whoever marks a section ready for review cannot approve it too: someone else must.
      </p>
      <p role="status" className="field__hint">
        {saved ? (on ? 'Four-eyes review is on for this library.' : 'Four-eyes review is off: one person may mark a section ready and approve it.') : ''}
      </p>
      {error && <ErrorNotice error={error} />}
    </div>
  );
}
