import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { ApiError } from '../../shared/api/errors.js';
import { PERIOD_HELP } from '../../shared/progress/period.js';
import type { ProgressReport } from '../../shared/progress/report.js';
import { useApi } from '../api/ApiContext.js';
import { ErrorNotice, Notice } from '../app/Notice.js';
import { PROGRESS } from '../app/accessibleNames.js';

interface FigureFormProps {
  report: ProgressReport;
  onRecorded: (report: ProgressReport) => void;
}

const EMPTY = { measure: '', period: '', value: '', date: '', source: '', note: '' };

/**
 * One figure typed in: checked by the core with the same rules as a row of
 * an imported file, so the reasons read the same. The measure and period are
 * kept after a figure is recorded, ready for the next one.
 */
export function FigureForm({ report, onRecorded }: FigureFormProps) {
  const api = useApi();
  const [fields, setFields] = useState(() => ({ ...EMPTY, measure: report.measures[0]?.measure.indicator ?? '' }));
  const [error, setError] = useState<ApiError | null>(null);
  const [recorded, setRecorded] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const valueRef = useRef<HTMLInputElement>(null);
  const errorRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (error) errorRef.current?.focus();
  }, [error]);

  const set = (name: keyof typeof EMPTY) => (event: { target: { value: string } }) => setFields((previous) => ({ ...previous, [name]: event.target.value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setRecorded(null);
    const result = await api.call('progress.addFigure', { id: report.draftId, ...fields });
    setBusy(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setError(null);
    const entry = result.value.measures.find((candidate) => candidate.measure.indicator === fields.measure);
    setRecorded(`Recorded ${entry?.printed.latest ?? 'the figure'} for “${fields.measure}”, ${fields.period.trim()}.`);
    setFields((previous) => ({ ...EMPTY, measure: previous.measure, period: previous.period }));
    onRecorded(result.value);
    valueRef.current?.focus();
  }

  return (
    <form className="figure-form" onSubmit={(event) => void submit(event)} aria-labelledby="figure-form-heading">
      <h2 id="figure-form-heading">{PROGRESS.addFigure}</h2>
      <div className="figure-form__fields">
        <div className="field figure-form__measure">
          <label htmlFor="figure-measure">{PROGRESS.measure}</label>
          <select id="figure-measure" value={fields.measure} onChange={set('measure')}>
            {report.measures.map((entry) => (
              <option key={entry.measure.key} value={entry.measure.indicator}>
                {entry.measure.indicator}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="figure-period">{PROGRESS.period}</label>
          <input id="figure-period" value={fields.period} onChange={set('period')} placeholder="2025-26 Q1" aria-describedby="figure-period-hint" required />
          <p id="figure-period-hint" className="field__hint">{PERIOD_HELP}</p>
        </div>
        <div className="field">
          <label htmlFor="figure-value">{PROGRESS.value}</label>
          <input id="figure-value" ref={valueRef} value={fields.value} onChange={set('value')} inputMode="decimal" aria-describedby="figure-value-hint" required />
          <p id="figure-value-hint" className="field__hint">The actual figure, such as 55% or 12. Small counts are hidden when printed.</p>
        </div>
        <div className="field">
          <label htmlFor="figure-date">{PROGRESS.date}</label>
          <input id="figure-date" value={fields.date} onChange={set('date')} placeholder="30/06/2025" aria-describedby="figure-date-hint" />
          <p id="figure-date-hint" className="field__hint">Optional: the day the figure is as at, day first.</p>
        </div>
        <div className="field">
          <label htmlFor="figure-source">{PROGRESS.source}</label>
          <input id="figure-source" value={fields.source} onChange={set('source')} maxLength={300} />
        </div>
        <div className="field figure-form__note">
          <label htmlFor="figure-note">{PROGRESS.note}</label>
          <input id="figure-note" value={fields.note} onChange={set('note')} maxLength={2000} />
        </div>
      </div>
      <div>
        <button type="submit" className="button button--primary" disabled={busy}>
          {PROGRESS.record}
        </button>
      </div>
      {error && (
        <div ref={errorRef} tabIndex={-1}>
          <ErrorNotice error={error} />
        </div>
      )}
      {recorded && (
        <Notice tone="info">
          <p>{recorded}</p>
        </Notice>
      )}
    </form>
  );
}
