import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiError } from '../../shared/api/errors.js';
import type { ProgressReport } from '../../shared/progress/report.js';
import { useApi } from '../api/ApiContext.js';
import { ErrorNotice, Notice } from '../app/Notice.js';
import { PROGRESS } from '../app/accessibleNames.js';
import { FigureForm } from './FigureForm.js';
import { FigureImport } from './FigureImport.js';
import { MeasureCard } from './MeasureCard.js';
import { ThresholdsForm } from './ThresholdsForm.js';
import { UnlinkedMeasures } from './UnlinkedMeasures.js';

type Loaded = { state: 'loading' } | { state: 'failed'; error: ApiError } | { state: 'ready'; report: ProgressReport };

/**
 * Progress on the measures of an adopted strategy: each measure's baseline,
 * target, latest figure and status, its chart and history; a figure typed in
 * or a performance team's spreadsheet recorded against them.
 */
export function ProgressScreen({ draftId, onBack }: { draftId: string; onBack: () => void }) {
  const api = useApi();
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  const headingRef = useRef<HTMLHeadingElement>(null);

  const load = useCallback(async () => {
    const result = await api.call('progress.get', { id: draftId });
    setLoaded(result.ok ? { state: 'ready', report: result.value } : { state: 'failed', error: result.error });
  }, [api, draftId]);

  useEffect(() => {
    void load();
  }, [load]);

  const ready = loaded.state === 'ready';
  useEffect(() => {
    if (ready) headingRef.current?.focus();
  }, [ready]);

  const show = (report: ProgressReport) => setLoaded({ state: 'ready', report });

  return (
    <div className="screen">
      <header className="app-header">
        <button type="button" className="button button--quiet" onClick={onBack}>
          {PROGRESS.back}
        </button>
        <p className="app-header__product">Corporate Parenting Studio</p>
      </header>
      <main id="main" className="progress" tabIndex={-1}>
        {loaded.state === 'loading' && <p role="status">Reading the measures…</p>}
        {loaded.state === 'failed' && <ErrorNotice error={loaded.error} />}
        {loaded.state === 'ready' && (
          <>
            <h1 ref={headingRef} tabIndex={-1}>
              {PROGRESS.heading}: {loaded.report.title}
            </h1>
            {!loaded.report.adopted && (
              <Notice tone="warning">
                <p>
                  Figures are recorded against the strategy as adopted: every required section approved. These sections still need approval:
                </p>
                <ul>
                  {loaded.report.notAdopted.map((reason) => (
                    <li key={reason}>{reason}</li>
                  ))}
                </ul>
              </Notice>
            )}
            {loaded.report.measures.length === 0 && (
              <Notice tone="info">
                <p>This strategy’s measures table has no rows with an indicator yet, so there is nothing to record figures against.</p>
              </Notice>
            )}
            <ThresholdsForm thresholds={loaded.report.thresholds} onSaved={() => void load()} />
            {loaded.report.adopted && loaded.report.measures.length > 0 && (
              <div className="progress__entry">
                <FigureForm report={loaded.report} onRecorded={show} />
                <FigureImport report={loaded.report} onRecorded={show} />
              </div>
            )}
            {loaded.report.unlinked.length > 0 && <UnlinkedMeasures report={loaded.report} onRelinked={show} />}
            {loaded.report.measures.length > 0 && (
              <section aria-labelledby="measures-heading">
                <h2 id="measures-heading">{PROGRESS.measures}</h2>
                <div className="progress__measures">
                  {loaded.report.measures.map((entry) => (
                    <MeasureCard key={entry.measure.key} progress={entry} suppressBelow={loaded.report.thresholds.suppressBelow} />
                  ))}
                </div>
              </section>
            )}
          </>
        )}
      </main>
    </div>
  );
}
