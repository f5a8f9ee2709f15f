import { useEffect, useId, useState, type ChangeEvent } from 'react';
import type { CoverFields } from '../../shared/model/draft.js';
import { checkCoverForm, heldReason, LOGO_ACCEPT, logoFileProblem, logoFromBytes, type CoverFormValues } from './coverForm.js';
import { COVER_KEY, type DraftSession } from './draftSession.js';
import { DRAFT } from '../app/accessibleNames.js';
import { titleFieldLabel } from '../../shared/template/documentWords.js';
import type { DocumentWords } from '../../shared/template/template.js';

type TextFieldName = Exclude<keyof CoverFields, 'logo'>;

interface FieldSpec {
  name: TextFieldName;
  label: string;
  hint?: string;
  type?: 'text' | 'date' | 'year';
  autoComplete?: string;
}

/** The fields in order; whose document it is, its title and who adopts it are named in the draft's pack's words. */
const coverFields = (words: DocumentWords, approvingBody: string): readonly FieldSpec[] => [
  { name: 'council', label: words.organisation, hint: words.organisationHint, autoComplete: 'organization' },
  { name: 'title', label: titleFieldLabel(words) },
  { name: 'periodStart', label: DRAFT.cover.periodStart, type: 'year', hint: 'For example 2025.' },
  { name: 'periodEnd', label: DRAFT.cover.periodEnd, type: 'year', hint: 'For example 2028.' },
  { name: 'date', label: DRAFT.cover.date, type: 'date', hint: 'When this version was issued: day, month and year, for example 01/04/2025.' },
  { name: 'version', label: DRAFT.cover.version, hint: 'For example “Draft 0.3” or “1.0 final”.' },
  { name: 'owner', label: DRAFT.cover.owner, hint: `The director or service responsible for the ${words.documentKind}.` },
  { name: 'approvingBody', label: DRAFT.cover.approvingBody, hint: `Normally ${approvingBody}.` },
];

/** A request to put the focus in one field (a completeness finding about it was chosen); `id` tells repeats apart. */
export interface CoverFocusRequest {
  id: number;
  field: TextFieldName;
}

/** The title page as a form; every change is checked at once and saved like a section. */
export function CoverForm({ session, focus }: { session: DraftSession; focus?: CoverFocusRequest | null }) {
  const [values, setValues] = useState<CoverFormValues>(session.coverValues);
  const formId = useId();
  const { errors } = checkCoverForm(values, session.template.words.documentKind);

  useEffect(() => {
    if (!focus) return;
    const input = document.getElementById(`${formId}-${focus.field}`);
    input?.focus();
    input?.scrollIntoView({ block: 'center' });
  }, [focus, formId]);

  function update(name: keyof CoverFields, value: string) {
    const next = { ...values, [name]: value };
    setValues(next);
    const check = checkCoverForm(next, session.template.words.documentKind);
    session.updateCover(next, check.cover, heldReason(check.errors));
  }

  function changeLogo(dataUrl: string) {
    update('logo', dataUrl);
    // Choosing or removing a picture is one deliberate act, not typing: save it now.
    void session.flush(COVER_KEY);
  }

  return (
    <form className="form cover-form" onSubmit={(event) => event.preventDefault()} onBlur={() => void session.flush(COVER_KEY)} noValidate>
      {coverFields(session.template.words, session.template.export.approvingBody).map((field) => {
        const id = `${formId}-${field.name}`;
        const error = errors[field.name];
        const describedBy = [field.hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
        return (
          <div key={field.name} className={`field ${field.type === 'year' ? 'field--year' : ''} ${error ? 'field--error' : ''}`}>
            <label htmlFor={id}>{field.label}</label>
            {field.hint && (
              <p id={`${id}-hint`} className="field__hint">
                {field.hint}
              </p>
            )}
            {error && (
              <p id={`${id}-error`} className="field__error">
                <span className="visually-hidden">Error: </span>
                {error}
              </p>
            )}
            <input
              id={id}
              name={field.name}
              type="text"
              inputMode={field.type === 'year' ? 'numeric' : undefined}
              maxLength={field.type === 'year' ? 4 : 300}
              autoComplete={field.autoComplete ?? 'off'}
              value={values[field.name]}
              aria-invalid={error ? true : undefined}
              aria-describedby={describedBy}
              onChange={(event) => update(field.name, event.target.value)}
            />
          </div>
        );
      })}
      <LogoField id={`${formId}-logo`} owner={session.template.words.organisation} logo={values.logo} savedError={errors.logo} onChange={changeLogo} />
    </form>
  );
}

/** The optional logo of the council (or whichever body owns the document): a file picker, a preview and a way to take it off again. */
/** `owner`: the pack's name for whose document it is ("Council", "Trust"). */
function LogoField({ id, owner, logo, savedError, onChange }: { id: string; owner: string; logo: string; savedError: string | undefined; onChange: (dataUrl: string) => void }) {
  const [fileError, setFileError] = useState<string | null>(null);
  const error = fileError ?? savedError;

  async function choose(event: ChangeEvent<HTMLInputElement>) {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (file === undefined) return;
    const problem = logoFileProblem(file);
    if (problem !== null) {
      setFileError(problem);
      input.value = '';
      return;
    }
    let read;
    try {
      read = logoFromBytes(new Uint8Array(await file.arrayBuffer()));
    } catch {
      read = { ok: false as const, message: 'The file could not be read. Choose it again.' };
    }
    input.value = '';
    if (!read.ok) {
      setFileError(read.message);
      return;
    }
    setFileError(null);
    onChange(read.dataUrl);
  }

  function remove() {
    setFileError(null);
    onChange('');
  }

  const describedBy = [`${id}-hint`, error ? `${id}-error` : null].filter(Boolean).join(' ');
  return (
    <div className={`field cover-logo ${error ? 'field--error' : ''}`}>
      <label htmlFor={id}>Logo (optional)</label>
      <p id={`${id}-hint`} className="field__hint">
        A PNG or JPEG image of 1 MB or less. It appears above the {owner.toLowerCase()} name on the title page of the Word and PDF files.
      </p>
      {error && (
        <p id={`${id}-error`} className="field__error" role="alert">
          <span className="visually-hidden">Error: </span>
          {error}
        </p>
      )}
      {logo !== '' && (
        <div className="cover-logo__current">
          <img className="cover-logo__preview" src={logo} alt={`${owner} logo`} />
          <button type="button" className="button button--small" onClick={remove}>
            Remove logo
          </button>
        </div>
      )}
      <input id={id} name="logo" type="file" accept={LOGO_ACCEPT} aria-invalid={error ? true : undefined} aria-describedby={describedBy} onChange={(event) => void choose(event)} />
    </div>
  );
}
