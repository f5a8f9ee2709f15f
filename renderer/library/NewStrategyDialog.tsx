import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { Response } from '../../shared/api/contract.js';
import type { ApiError } from '../../shared/api/errors.js';
import type { Draft } from '../../shared/model/draft.js';
import { useApi } from '../api/ApiContext.js';
import { Dialog } from '../app/Dialog.js';
import { ErrorNotice, Notice } from '../app/Notice.js';
import { LIBRARY } from '../app/accessibleNames.js';
import { atSentenceStart } from '../../shared/template/documentWords.js';
import { DOCUMENT_WORDS_DEFAULT } from '../../shared/template/template.js';

interface NewStrategyDialogProps {
  onCreated: (draft: Draft) => void;
  onClose: () => void;
}

type TemplateList = Response<'templates.list'>;

export function NewStrategyDialog({ onCreated, onClose }: NewStrategyDialogProps) {
  const api = useApi();
  const [templates, setTemplates] = useState<TemplateList | null>(null);
  const [templateId, setTemplateId] = useState('');
  const [title, setTitle] = useState('');
  const [council, setCouncil] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const titleId = useId();
  const councilId = useId();
  const titleRef = useRef<HTMLInputElement>(null);

  // The dialog would focus its first control, which is the first template once the list has arrived and the
  // Title field before: the Title is what people come to type, so it has the focus whenever the list arrives.
  // This runs after the dialog's own effect has opened it.
  useEffect(() => titleRef.current?.focus(), []);

  // The list is asked for once; a Create pressed before it arrives waits for it instead of being ignored.
  const [listed] = useState(() => api.call('templates.list', {}));
  useEffect(() => {
    let live = true;
    void listed.then((result) => {
      if (!live) return;
      if (!result.ok) return setError(result.error);
      // A yearly report is made from its strategy ("Create the annual report" in its consultation log), never started empty.
      const startable = { ...result.value, templates: result.value.templates.filter((template) => template.annualReportOf === undefined) };
      setTemplates(startable);
      setTemplateId(startable.templates[0]?.id ?? '');
    });
    return () => {
      live = false;
    };
  }, [listed]);

  // The fields say whose document it is as the chosen pack does: a Trust or an organisation is not a council.
  const words = templates?.templates.find((template) => template.id === templateId)?.words ?? DOCUMENT_WORDS_DEFAULT;

  async function create(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setError(null);
    const list = templates === null ? await listed : null;
    const chosen = list === null ? templateId : list.ok ? (list.value.templates.find((template) => template.annualReportOf === undefined)?.id ?? '') : '';
    if (chosen === '') return setBusy(false);
    const request = { templateId: chosen, ...(title.trim() ? { title: title.trim() } : {}), ...(council.trim() ? { council: council.trim() } : {}) };
    const result = await api.call('drafts.create', request);
    setBusy(false);
    if (!result.ok) return setError(result.error);
    onCreated(result.value);
  }

  return (
    <Dialog title={LIBRARY.newStrategy} onClose={onClose}>
      <form className="form" onSubmit={(event) => void create(event)}>
        {templates !== null && templates.problems.length > 0 && (
          <Notice tone="warning">
            <p>Some template files could not be used. Ask whoever maintains them to fix:</p>
            <ul>
              {templates.problems.map((problem) => (
                <li key={`${problem.file}:${problem.field}:${problem.message}`}>
                  <strong>{problem.file}</strong>, field <code>{problem.field}</code>: {problem.message}
                </li>
              ))}
            </ul>
          </Notice>
        )}
        {templates !== null && templates.templates.length === 0 && (
          <Notice tone="error">
            <p>No template is available, so a strategy cannot be started yet.</p>
          </Notice>
        )}
        {/* The list keeps the same room while it loads, so the fields and Create below it stay where the pointer found them. */}
        {(templates === null ? error === null : templates.templates.length > 0) && (
          <fieldset className="template-choice" aria-busy={templates === null}>
            <legend>{LIBRARY.templateGroup}</legend>
            <div className="template-choice__list">
              {templates === null ? (
                <p role="status">Loading templates…</p>
              ) : (
                templates.templates.map((template) => (
                  <label key={template.id} className="template-choice__option">
                    <input
                      type="radio"
                      name="template"
                      value={template.id}
                      checked={templateId === template.id}
                      onChange={() => setTemplateId(template.id)}
                    />
                    <span>
                      <span className="template-choice__name">{template.name}</span>
                      <span className="template-choice__description">{template.description}</span>
                    </span>
                  </label>
                ))
              )}
            </div>
          </fieldset>
        )}
        <div className="field">
          <label htmlFor={titleId}>{LIBRARY.title}</label>
          <input ref={titleRef} id={titleId} value={title} maxLength={300} onChange={(event) => setTitle(event.target.value)} placeholder={`Corporate Parenting ${atSentenceStart(words.documentKind)} 2025–2028`} />
        </div>
        <div className="field">
          <label htmlFor={councilId}>{words.organisation}</label>
          <input id={councilId} value={council} maxLength={300} onChange={(event) => setCouncil(event.target.value)} autoComplete="organization" />
        </div>
        {error && <ErrorNotice error={error} />}
        <div className="dialog__actions">
          <button type="submit" className="button button--primary" disabled={(templates !== null && templateId === '') || busy}>
            {LIBRARY.create}
          </button>
          <button type="button" className="button" onClick={onClose}>
            {LIBRARY.cancel}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
