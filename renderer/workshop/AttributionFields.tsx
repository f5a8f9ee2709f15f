import { useEffect, useId, useRef, useState } from 'react';
import type { ApiError } from '../../shared/api/errors.js';
import { emptyAttribution, type Attribution } from '../../shared/cowriting/attribution.js';
import { attributionLine } from '../../shared/cowriting/attributionLine.js';
import { ErrorNotice } from '../app/Notice.js';
import type { SaveChannel, SaveState } from '../draft/saveChannel.js';
import { describeSaveState } from '../draft/saveStatusText.js';
import { attributionToValues, checkAttribution, missingConsent, newContributor, type AttributionValues, type ContributorValues, attributionSaver } from './attributionForm.js';
import { useApi } from '../api/ApiContext.js';
import { WORKSHOP } from '../app/accessibleNames.js';

/**
 * Who wrote the foreword: a group, first names, and for each name a record
 * of who agreed to it being printed. Saved as it is typed.
 */
export function AttributionFields({ draftId, onChange }: { draftId: string; onChange?: (attribution: Attribution) => void }) {
  const client = useApi();
  const [values, setValues] = useState<AttributionValues | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'clean', savedAt: null });
  const channel = useRef<SaveChannel<Attribution> | null>(null);
  const groupId = useId();
  const monthId = useId();
  const [printed, setPrinted] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    void client.call('drafts.open', { id: draftId }).then((result) => {
      if (!live) return;
      if (!result.ok) return setError(result.error);
      channel.current = attributionSaver({ client, draftId, revision: result.value.attributionRevision ?? 0, onStateChange: setSaveState });
      const stored = result.value.attribution ?? emptyAttribution();
      setValues(attributionToValues(stored));
      setPrinted(attributionLine(stored));
    });
    return () => {
      live = false;
      const leaving = channel.current;
      // Whatever was typed last is saved on the way out.
      if (leaving) void leaving.flush().finally(() => leaving.dispose());
    };
  }, [client, draftId]);

  function update(next: AttributionValues) {
    setValues(next);
    const checked = checkAttribution(next);
    if (checked.ok) {
      channel.current?.change(checked.attribution);
      setPrinted(attributionLine(checked.attribution));
      onChange?.(checked.attribution);
    } else channel.current?.hold(checked.reason);
  }

  if (error) return <ErrorNotice error={error} />;
  if (!values) return <p role="status">Loading who wrote it…</p>;

  const setRow = (key: string, change: Partial<ContributorValues>) =>
    update({ ...values, contributors: values.contributors.map((row) => (row.key === key ? { ...row, ...change } : row)) });
  const missing = missingConsent(values);

  return (
    <section className="attribution" aria-labelledby="attribution-heading">
      <h2 id="attribution-heading">Who wrote it</h2>
      <p>Give the name of your group, and the names of the young people who wrote it. A name is only printed when the person has agreed.</p>
      <div className="field">
        <label htmlFor={groupId}>{WORKSHOP.groupName}</label>
        <p className="field__hint">For example, the Children in Care Council.</p>
        <input id={groupId} maxLength={200} value={values.groupName} onChange={(event) => update({ ...values, groupName: event.target.value })} />
      </div>
      <div className="field">
        <label htmlFor={monthId}>{WORKSHOP.month}</label>
        <p className="field__hint">Printed after the names, for example March 2026.</p>
        <input id={monthId} type="month" value={values.writtenIn} onChange={(event) => update({ ...values, writtenIn: event.target.value })} />
      </div>
      {values.contributors.map((row, index) => (
        <fieldset key={row.key} className="attribution__person">
          <legend>{row.name.trim() || `Person ${index + 1}`}</legend>
          <TextField label={WORKSHOP.name} value={row.name} onChange={(name) => setRow(row.key, { name })} />
          <p className="field__hint">Who agreed to this name being printed:</p>
          <TextField label={WORKSHOP.agreedBy} hint="The young person, or the adult who can agree for them." value={row.givenBy} onChange={(givenBy) => setRow(row.key, { givenBy })} />
          <TextField label={WORKSHOP.dateAgreed} type="date" value={row.date} onChange={(date) => setRow(row.key, { date })} />
          <TextField label={WORKSHOP.writtenDownBy} hint="The worker who recorded it." value={row.recordedBy} onChange={(recordedBy) => setRow(row.key, { recordedBy })} />
          <label className="checkbox-field">
            <input type="checkbox" checked={row.fullName} onChange={(event) => setRow(row.key, { fullName: event.target.checked })} /> {WORKSHOP.fullNameConsent}
          </label>
          <p className="field__hint">If not, only the first name is printed.</p>
          <button
            type="button"
            className="button button--small"
            aria-label={`Remove ${row.name.trim() || `person ${index + 1}`}`}
            onClick={() => update({ ...values, contributors: values.contributors.filter((each) => each.key !== row.key) })}
          >
            Remove
          </button>
        </fieldset>
      ))}
      <button type="button" className="button" onClick={() => update({ ...values, contributors: [...values.contributors, newContributor()] })}>
        {WORKSHOP.addName}
      </button>
      {missing.length > 0 && (
        <p className="attribution__reminder">
          Still needed: who agreed to {missing.length === 1 ? 'the name' : 'the names'} {missing.join(', ')} being printed.
        </p>
      )}
      <div className="attribution__printed">
        <h3>Printed with the foreword</h3>
        <p data-testid="attribution-printed">
          {printed === null ? 'Nothing yet: add your group name, or a name with a record of who agreed to it.' : <em>{printed}</em>}
        </p>
        <p className="field__hint">Only names with a record of who agreed are printed.</p>
      </div>
      <p className="attribution__status" role="status">
        {describeSaveState(saveState)}
      </p>
    </section>
  );
}

function TextField({ label, hint, value, type = 'text', onChange }: { label: string; hint?: string; value: string; type?: 'text' | 'date'; onChange: (value: string) => void }) {
  const id = useId();
  const hintId = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      )}
      <input id={id} type={type} maxLength={200} aria-describedby={hint ? hintId : undefined} value={value} onChange={(event) => onChange(event.target.value)} />
    </div>
  );
}
