import { useEffect, useId, useState, type FormEvent } from 'react';
import type { ApiError } from '../../shared/api/errors.js';
import { useApi } from '../api/ApiContext.js';
import { ErrorNotice, Notice } from '../app/Notice.js';
import { LIBRARY } from '../app/accessibleNames.js';

/** The name recorded with every change in the revision log. */
export function AuthorSetting() {
  const api = useApi();
  // Null until the saved name arrives: the field is not offered before then, or the arriving name would land in the middle of what the user is typing.
  const [author, setAuthor] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [loginName, setLoginName] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const inputId = useId();
  const helpId = useId();

  useEffect(() => {
    let live = true;
    void api.call('settings.get', {}).then((result) => {
      if (!live) return;
      if (!result.ok) return setError(result.error);
      // The login name is only a stand-in: the field offers no name until the user has given one.
      setAuthor(result.value.named ? result.value.author : '');
      setLoginName(result.value.named ? null : result.value.author);
    });
    return () => {
      live = false;
    };
  }, [api]);

  async function save(event: FormEvent) {
    event.preventDefault();
    setSaved(null);
    setError(null);
    if (author === null) return;
    if (author.trim() === '') {
      setError({ code: 'invalid-request', message: 'Enter your name: it is recorded with each change you make.' });
      return;
    }
    const result = await api.call('settings.update', { author: author.trim() });
    if (!result.ok) return setError(result.error);
    setAuthor(result.value.author);
    setLoginName(null);
    setSaved(result.value.author);
  }

  return (
    <section className="settings" aria-labelledby={`${inputId}-heading`}>
      <h2 id={`${inputId}-heading`}>Settings</h2>
      {author === null ? (
        error === null && <p role="status">Loading your settings…</p>
      ) : (
        <form className="settings__form" onSubmit={(event) => void save(event)}>
          <div className="field">
            <label htmlFor={inputId}>{LIBRARY.authorName}</label>
            <p id={helpId} className="field__hint">
              Recorded with every change you make, so colleagues can see who wrote what.
              {loginName !== null && <> Not given yet: until it is, changes are recorded as &ldquo;{loginName}&rdquo;, this computer&rsquo;s login name.</>}
            </p>
            <input id={inputId} value={author} maxLength={100} aria-describedby={helpId} autoComplete="name" onChange={(event) => setAuthor(event.target.value)} />
          </div>
          <button type="submit" className="button">
            {LIBRARY.saveName}
          </button>
        </form>
      )}
      {saved !== null && (
        <Notice tone="info">
          <p>Your changes will be recorded as {saved}.</p>
        </Notice>
      )}
      {error && <ErrorNotice error={error} />}
    </section>
  );
}
