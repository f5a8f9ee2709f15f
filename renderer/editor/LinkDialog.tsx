import { useId, useState, type FormEvent } from 'react';
import { Dialog } from '../app/Dialog.js';
import { linkCommand } from './commands.js';
import type { Command } from 'prosemirror-state';
import { EDITOR } from '../app/accessibleNames.js';

interface LinkDialogProps {
  initialHref: string;
  onApply: (command: Command) => void;
  onClose: () => void;
}

/** Asks for a link's address. Electron has no window.prompt, and a real form can explain what is wrong. */
export function LinkDialog({ initialHref, onApply, onClose }: LinkDialogProps) {
  const [href, setHref] = useState(initialHref);
  const [problem, setProblem] = useState<string | null>(null);
  const inputId = useId();

  function submit(event: FormEvent) {
    event.preventDefault();
    const result = linkCommand(href);
    if (!result.ok) return setProblem(result.message);
    onApply(result.command);
  }

  return (
    <Dialog title={EDITOR.link} onClose={onClose}>
      <form className="form" onSubmit={submit}>
        <div className={`field ${problem ? 'field--error' : ''}`}>
          <label htmlFor={inputId}>{EDITOR.webAddress}</label>
          <p id={`${inputId}-hint`} className="field__hint">
            For example https://www.example.gov.uk/local-offer. Leave empty to remove the link.
          </p>
          {problem && (
            <p id={`${inputId}-error`} className="field__error">
              <span className="visually-hidden">Error: </span>
              {problem}
            </p>
          )}
          <input
            id={inputId}
            type="text"
            inputMode="url"
            autoFocus
            value={href}
            aria-invalid={problem ? true : undefined}
            aria-describedby={`${inputId}-hint${problem ? ` ${inputId}-error` : ''}`}
            onChange={(event) => {
              setHref(event.target.value);
              setProblem(null);
            }}
          />
        </div>
        <div className="dialog__actions">
          <button type="submit" className="button button--primary">
            {EDITOR.applyLink}
          </button>
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
    </Dialog>
  );
}
