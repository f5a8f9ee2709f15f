import { useId } from 'react';
import { LOCAL_NAME_MAX_LENGTH } from '../../shared/api/contract.js';
import { IMPORT } from '../app/accessibleNames.js';
import { defaultChoice, type LocalNameChoice, type LocalNameOffer } from './localNameOffers.js';

interface LocalNameChoicesProps {
  offers: readonly LocalNameOffer[];
  choices: Readonly<Record<string, LocalNameChoice>>;
  /** Why a chosen name cannot be saved, by slot; shown under its field once the officer has tried to import. */
  problems: Readonly<Record<string, string>>;
  onChange: (slotId: string, choice: LocalNameChoice) => void;
  /** The id of a slot's own-name field, so the screen can move focus to one it refused. */
  fieldId: (slotId: string) => string;
}

/**
 * The strategy's own names for what the checks look for (its Children in
 * Care Council, its Board), each offered for the library's names with where
 * it was found. The officer keeps it, types their own, or leaves the
 * library's name as it is; nothing is saved until the import is.
 */
export function LocalNameChoices({ offers, choices, problems, onChange, fieldId }: LocalNameChoicesProps) {
  return (
    <fieldset className="import-review__names">
      <legend>
        <h2>{IMPORT.localNames}</h2>
      </legend>
      <p>
        The checks look for your council&rsquo;s own names. These were found in the file; choose which to keep for every strategy in this library. You can change
        them later on the library screen.
      </p>
      {offers.map((offer) => (
        <LocalNameRow
          key={offer.slotId}
          offer={offer}
          choice={choices[offer.slotId] ?? defaultChoice(offer)}
          problem={problems[offer.slotId] ?? null}
          fieldId={fieldId(offer.slotId)}
          onChange={(choice) => onChange(offer.slotId, choice)}
        />
      ))}
    </fieldset>
  );
}

interface LocalNameRowProps {
  offer: LocalNameOffer;
  choice: LocalNameChoice;
  problem: string | null;
  fieldId: string;
  onChange: (choice: LocalNameChoice) => void;
}

function LocalNameRow({ offer, choice, problem, fieldId, onChange }: LocalNameRowProps) {
  const id = useId();
  const foundId = `${id}-found`;
  const hasCurrent = offer.current !== '';
  const ownName = choice.use === 'own' ? choice.name : offer.found;
  const radio = (use: LocalNameChoice['use'], label: string) => (
    <label className="import-review__name-option">
      <input
        type="radio"
        name={`${id}-use`}
        value={use}
        checked={choice.use === use}
        onChange={() => onChange(use === 'own' ? { use, name: ownName } : { use })}
      />
      {label}
    </label>
  );
  return (
    <fieldset className="import-review__name" aria-describedby={foundId}>
      <legend>{offer.label}</legend>
      <p id={foundId} className="import-review__name-found">
        Found: <strong>{offer.found}</strong>
        {offer.foundAt && (
          <>
            {' '}
            {offer.foundAt.heading === null ? 'before the first heading' : `under “${offer.foundAt.heading}”`}: <q>{offer.foundAt.context}</q>
          </>
        )}
        {hasCurrent && (
          <>
            <br />
            Your library&rsquo;s name: <strong>{offer.current}</strong>
          </>
        )}
      </p>
      {hasCurrent ? radio('none', IMPORT.keepCurrent(offer.current)) : radio('found', IMPORT.takeFound(offer.found))}
      {hasCurrent ? radio('found', IMPORT.takeFound(offer.found)) : null}
      {radio('own', IMPORT.differentName)}
      {choice.use === 'own' && (
        <div className={problem === null ? 'field import-review__own-name' : 'field field--error import-review__own-name'}>
          <label htmlFor={fieldId}>{IMPORT.ownName}</label>
          {problem !== null && (
            <p id={`${fieldId}-error`} className="field__error">
              {problem}
            </p>
          )}
          <input
            id={fieldId}
            value={choice.name}
            maxLength={LOCAL_NAME_MAX_LENGTH}
            autoComplete="off"
            aria-invalid={problem !== null ? true : undefined}
            aria-describedby={problem !== null ? `${fieldId}-error` : undefined}
            onChange={(event) => onChange({ use: 'own', name: event.target.value })}
          />
        </div>
      )}
      {!hasCurrent && radio('none', IMPORT.dontUseName)}
    </fieldset>
  );
}
