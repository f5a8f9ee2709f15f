import { useState } from 'react';
import type { ApiError } from '../../shared/api/errors.js';
import type { ProgressReport } from '../../shared/progress/report.js';
import { useApi } from '../api/ApiContext.js';
import { ErrorNotice } from '../app/Notice.js';
import { PROGRESS } from '../app/accessibleNames.js';

/**
 * Figures kept for a measure whose wording is no longer in the table. They
 * are matched to a reworded row only when someone says so: a guess could
 * put one measure's history under another.
 */
export function UnlinkedMeasures({ report, onRelinked }: { report: ProgressReport; onRelinked: (report: ProgressReport) => void }) {
  const api = useApi();
  const free = report.measures.filter((entry) => entry.measureId === null);
  const [choices, setChoices] = useState<Record<string, string>>({});
  const [error, setError] = useState<ApiError | null>(null);

  async function relink(measureId: string) {
    const indicator = choices[measureId] ?? free[0]?.measure.indicator;
    if (!indicator) return;
    const result = await api.call('progress.relink', { id: report.draftId, measureId, indicator });
    if (!result.ok) return setError(result.error);
    setError(null);
    onRelinked(result.value);
  }

  return (
    <section className="unlinked" aria-labelledby="unlinked-heading">
      <h2 id="unlinked-heading">{PROGRESS.unlinked}</h2>
      <p>These measures have figures but their wording is no longer in the measures table. If a row was reworded, link the figures to it; nothing is lost meanwhile.</p>
      {error && <ErrorNotice error={error} />}
      <ul>
        {report.unlinked.map(({ measure, history }) => (
          <li key={measure.id} className="unlinked__item">
            <span>
              “{measure.indicator}” ({history.length} {history.length === 1 ? 'entry' : 'entries'})
            </span>
            {free.length === 0 ? (
              <span className="field__hint"> Every row of the table already has figures of its own.</span>
            ) : (
              <>
                <label className="visually-hidden" htmlFor={`relink-${measure.id}`}>
                  Row to link “{measure.indicator}” to
                </label>
                <select id={`relink-${measure.id}`} value={choices[measure.id] ?? free[0]?.measure.indicator} onChange={(event) => setChoices((previous) => ({ ...previous, [measure.id]: event.target.value }))}>
                  {free.map((entry) => (
                    <option key={entry.measure.key} value={entry.measure.indicator}>
                      {entry.measure.indicator}
                    </option>
                  ))}
                </select>
                <button type="button" className="button button--small" onClick={() => void relink(measure.id)}>
                  {PROGRESS.relink}
                </button>
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
