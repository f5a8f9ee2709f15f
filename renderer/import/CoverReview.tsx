import { useId } from 'react';
import type { ImportedCoverField } from '../../shared/import/types.js';
import { IMPORT } from '../app/accessibleNames.js';
import type { CoverFieldErrors, CoverFormValues } from '../draft/coverForm.js';
import { defaultCoverChoice, describesEdition, IMPORTED_COVER_FIELDS, type CoverOffer, type CoverOfferChoice } from './coverOffers.js';

const YEAR_FIELDS: readonly ImportedCoverField[] = ['periodStart', 'periodEnd'];
const DATE_HINT = 'Day, month and year, for example 01/04/2025.';

interface NewDraftCoverProps {
  values: CoverFormValues;
  /** What the file stated, field by field, so the officer sees which fields the import filled and which it left blank. */
  found: Readonly<Record<ImportedCoverField, string>>;
  labels: Readonly<Record<ImportedCoverField, string>>;
  problems: CoverFieldErrors;
  fieldId: (field: ImportedCoverField) => string;
  onChange: (values: CoverFormValues) => void;
}

/** The new draft's title page as the file gave it: every field, each saying whether the file stated it, all editable before anything is saved. */
export function NewDraftCover({ values, found, labels, problems, fieldId, onChange }: NewDraftCoverProps) {
  const headingId = useId();
  return (
    <section className="import-review__cover" aria-labelledby={headingId}>
      <h2 id={headingId}>{IMPORT.coverFound}</h2>
      <p>Correct anything the file got wrong, and fill in what it did not say, now or later on the draft’s title page.</p>
      <div className="import-review__cover-fields">
        {IMPORTED_COVER_FIELDS.map((field) => {
          const id = fieldId(field);
          const problem = problems[field];
          const hint = found[field] === '' ? 'Not stated in the file.' : 'Found in the file.';
          return (
            <div key={field} className={`field ${YEAR_FIELDS.includes(field) ? 'field--year' : ''} ${problem ? 'field--error' : ''}`}>
              <label htmlFor={id}>{labels[field]}</label>
              <p id={`${id}-hint`} className="field__hint">
                {field === 'date' ? `${hint} ${DATE_HINT}` : hint}
              </p>
              {problem && (
                <p id={`${id}-error`} className="field__error">
                  <span className="visually-hidden">Error: </span>
                  {problem}
                </p>
              )}
              <input
                id={id}
                inputMode={YEAR_FIELDS.includes(field) ? 'numeric' : undefined}
                maxLength={YEAR_FIELDS.includes(field) ? 4 : 300}
                autoComplete="off"
                value={values[field]}
                aria-invalid={problem ? true : undefined}
                aria-describedby={problem ? `${id}-hint ${id}-error` : `${id}-hint`}
                onChange={(event) => onChange({ ...values, [field]: event.target.value })}
              />
            </div>
          );
        })}
      </div>
    </section>
  );
}

interface CoverOfferChoicesProps {
  offers: readonly CoverOffer[];
  choices: Readonly<Partial<Record<ImportedCoverField, CoverOfferChoice>>>;
  problems: CoverFieldErrors;
  fieldId: (field: ImportedCoverField) => string;
  onChange: (field: ImportedCoverField, choice: CoverOfferChoice) => void;
}

/**
 * An open draft's title page is its own: each detail the file states
 * differently is offered beside the draft's, ticked only where the draft has
 * nothing yet, and editable; only the ticked ones are written, with the import.
 */
export function CoverOfferChoices({ offers, choices, problems, fieldId, onChange }: CoverOfferChoicesProps) {
  const headingId = useId();
  return (
    <section className="import-review__cover" aria-labelledby={headingId}>
      <h2 id={headingId}>{IMPORT.coverOffers}</h2>
      <p>
        Ticked details go on this draft’s title page with the import; editing one ticks it. A detail the draft already has is kept unless you tick the file’s.
        {offers.some((offer) => describesEdition(offer.field)) && ' The file’s period, date and version describe its own edition, so they are not ticked to begin with.'}
      </p>
      <ul className="import-review__cover-offers">
        {offers.map((offer) => (
          <CoverOfferRow
            key={offer.field}
            offer={offer}
            choice={choices[offer.field] ?? defaultCoverChoice(offer)}
            problem={problems[offer.field] ?? null}
            fieldId={fieldId(offer.field)}
            onChange={(choice) => onChange(offer.field, choice)}
          />
        ))}
      </ul>
    </section>
  );
}

function CoverOfferRow({ offer, choice, problem, fieldId, onChange }: { offer: CoverOffer; choice: CoverOfferChoice; problem: string | null; fieldId: string; onChange: (choice: CoverOfferChoice) => void }) {
  const id = useId();
  const describedBy = [`${id}-now`, offer.field === 'date' ? `${id}-date` : null, problem === null ? null : `${fieldId}-error`].filter(Boolean).join(' ');
  return (
    <li className={`import-review__cover-offer ${problem === null ? '' : 'field--error'}`}>
      <label className="import-review__cover-use">
        <input type="checkbox" checked={choice.use} aria-describedby={`${id}-now`} onChange={(event) => onChange({ ...choice, use: event.target.checked })} />
        {IMPORT.useFileField(offer.label)}
      </label>
      <p id={`${id}-now`} className="field__hint">
        {offer.current === '' ? 'The draft has none yet.' : <>The draft has: <strong>{offer.current}</strong></>}
      </p>
      <div className={`field import-review__cover-value ${YEAR_FIELDS.includes(offer.field) ? 'field--year' : ''}`}>
        {/* The tick beside it says which field this is; the label is for screen readers, who meet the box on its own. */}
        <label htmlFor={fieldId} className="visually-hidden">
          {IMPORT.fileField(offer.label)}
        </label>
        {offer.field === 'date' && (
          <p id={`${id}-date`} className="field__hint">
            {DATE_HINT}
          </p>
        )}
        {problem !== null && (
          <p id={`${fieldId}-error`} className="field__error">
            <span className="visually-hidden">Error: </span>
            {problem}
          </p>
        )}
        <input
          id={fieldId}
          value={choice.value}
          maxLength={YEAR_FIELDS.includes(offer.field) ? 4 : 300}
          inputMode={YEAR_FIELDS.includes(offer.field) ? 'numeric' : undefined}
          autoComplete="off"
          aria-invalid={problem !== null ? true : undefined}
          aria-describedby={describedBy}
          // Correcting the file's value means using it.
          onChange={(event) => onChange({ use: true, value: event.target.value })}
        />
      </div>
    </li>
  );
}
