import { useId, useState, type FormEvent } from 'react';
import type { Settings } from '../../shared/api/contract.js';
import type { ApiError } from '../../shared/api/errors.js';
import { useApi } from '../api/ApiContext.js';
import { ErrorNotice } from '../app/Notice.js';
import { DRAFT } from '../app/accessibleNames.js';

interface AuthorPromptProps {
  /** What changes are recorded under until the user answers: the operating system's login name. */
  loginName: string;
  onNamed: (settings: Settings) => void;
}

/**
 * Asks, once, for the name the user's changes, suggestions and comments
 * should carry, instead of quietly recording the computer's login name
 * ("root", "admin"). It sits above the text rather than in a dialog, so it
 * never takes the focus from someone already writing; Enter saves, and it
 * is gone for good once a name is given (here or in the library's settings).
 */
export function AuthorPrompt({ loginName, onNamed }: AuthorPromptProps) {
  const api = useApi();
  const [name, setName] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const inputId = useId();
  const hintId = useId();

  async function save(event: FormEvent) {
    event.preventDefault();
    setError(null);
    if (name.trim() === '') {
      setError({ code: 'invalid-request', message: 'Type your name first: it is shown beside every change you make.' });
      return;
    }
    const result = await api.call('settings.update', { author: name.trim() });
    if (result.ok) onNamed(result.value);
    else setError(result.error);
  }

  return (
    <section className="author-prompt" aria-labelledby={`${inputId}-heading`}>
      <form className="author-prompt__form" onSubmit={(event) => void save(event)}>
        <h2 id={`${inputId}-heading`} className="author-prompt__heading">
          {DRAFT.authorPrompt}
        </h2>
        <label htmlFor={inputId}>{DRAFT.yourName}</label>
        <input id={inputId} value={name} maxLength={100} autoComplete="name" aria-describedby={hintId} onChange={(event) => setName(event.target.value)} />
        <button type="submit" className="button button--small">
          Use this name
        </button>
        <p id={hintId} className="author-prompt__hint">
          Shown beside every change, suggestion and comment you make. Until you give it, your changes are recorded as &ldquo;{loginName}&rdquo;, this computer&rsquo;s login name.
        </p>
      </form>
      {error && <ErrorNotice error={error} />}
    </section>
  );
}
