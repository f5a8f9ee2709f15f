import { useId, useState } from 'react';
import type { CoverFields } from '../../shared/model/draft.js';
import { checkCoverForm, heldReason, type CoverFormValues } from './coverForm.js';
import { COVER_KEY, type DraftSession } from './draftSession.js';

interface FieldSpec {
  name: keyof CoverFields;
  label: string;
  hint?: string;
  type?: 'text' | 'date' | 'year';
  autoComplete?: string;
}

const FIELDS: readonly FieldSpec[] = [
  { name: 'council', label: 'Council', hint: 'The council or partnership that owns the strategy.', autoComplete: 'organization' },
  { name: 'title', label: 'Strategy title' },
  { name: 'periodStart', label: 'Period start year', type: 'year', hint: 'For example 2025.' },
  { name: 'periodEnd', label: 'Period end year', type: 'year', hint: 'For example 2028.' },
  { name: 'date', label: 'Date', type: 'date', hint: 'When this version was issued.' },
  { name: 'version', label: 'Version', hint: 'For example “Draft 0.3” or “1.0 final”.' },
  { name: 'owner', label: 'Owner', hint: 'The director or service responsible for the strategy.' },
  { name: 'approvingBody', label: 'Approving body', hint: 'Normally Full Council.' },
];

/** The title page as a form; every change is checked at once and saved like a section. */
export function CoverForm({ session }: { session: DraftSession }) {
  const [values, setValues] = useState<CoverFormValues>(session.coverValues);
  const formId = useId();
  const { errors } = checkCoverForm(values);

  function update(name: keyof CoverFields, value: string) {
    const next = { ...values, [name]: value };
    setValues(next);
    const check = checkCoverForm(next);
    session.updateCover(next, check.cover, heldReason(check.errors));
  }

  return (
    <form className="form cover-form" onSubmit={(event) => event.preventDefault()} onBlur={() => void session.flush(COVER_KEY)} noValidate>
      {FIELDS.map((field) => {
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
              type={field.type === 'date' ? 'date' : 'text'}
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
    </form>
  );
}
