import { useState, type FormEvent } from 'react';
import type { ApiError } from '../../shared/api/errors.js';
import { DEFAULT_THRESHOLDS, describeThresholds, type ProgressThresholds } from '../../shared/progress/status.js';
import { useApi } from '../api/ApiContext.js';
import { ErrorNotice } from '../app/Notice.js';
import { PROGRESS } from '../app/accessibleNames.js';

/** The council's red/amber/green thresholds and small-number threshold: one setting for the whole library. */
export function ThresholdsForm({ thresholds, onSaved }: { thresholds: ProgressThresholds; onSaved: () => void }) {
  const api = useApi();
  const [fields, setFields] = useState({ greenFrom: String(thresholds.greenFrom), amberFrom: String(thresholds.amberFrom), suppressBelow: String(thresholds.suppressBelow) });
  const [error, setError] = useState<ApiError | null>(null);
  const set = (name: keyof typeof fields) => (event: { target: { value: string } }) => setFields((previous) => ({ ...previous, [name]: event.target.value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await api.call('progress.setThresholds', { greenFrom: Number(fields.greenFrom), amberFrom: Number(fields.amberFrom), suppressBelow: Number(fields.suppressBelow) });
    if (!result.ok) return setError(result.error);
    setError(null);
    onSaved();
  }

  const defaults = `Defaults: green from ${DEFAULT_THRESHOLDS.greenFrom}%, amber from ${DEFAULT_THRESHOLDS.amberFrom}%, counts under ${DEFAULT_THRESHOLDS.suppressBelow} printed as “fewer than ${DEFAULT_THRESHOLDS.suppressBelow}”.`;
  return (
    <details className="thresholds">
      <summary>{PROGRESS.thresholds}</summary>
      <p>{describeThresholds(thresholds)} Counts under {thresholds.suppressBelow} are printed as “fewer than {thresholds.suppressBelow}” on screen, in charts and in exports.</p>
      <p className="field__hint">{defaults} These apply to every strategy in this library.</p>
      <form className="settings__form" onSubmit={(event) => void submit(event)}>
        <div className="field field--year">
          <label htmlFor="threshold-green">Green from (% of the way)</label>
          <input id="threshold-green" type="number" min={1} max={100} value={fields.greenFrom} onChange={set('greenFrom')} required />
        </div>
        <div className="field field--year">
          <label htmlFor="threshold-amber">Amber from (% of the way)</label>
          <input id="threshold-amber" type="number" min={0} max={99} value={fields.amberFrom} onChange={set('amberFrom')} required />
        </div>
        <div className="field field--year">
          <label htmlFor="threshold-suppress">Hide counts under</label>
          <input id="threshold-suppress" type="number" min={1} max={100} value={fields.suppressBelow} onChange={set('suppressBelow')} required />
        </div>
        <button type="submit" className="button">
          {PROGRESS.saveThresholds}
        </button>
      </form>
      {error && <ErrorNotice error={error} />}
    </details>
  );
}
