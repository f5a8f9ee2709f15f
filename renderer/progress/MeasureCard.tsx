import { svgDataUrl } from '../../shared/model/svgImage.js';
import { measureChartSvg } from '../../shared/progress/chart.js';
import type { MeasureProgress } from '../../shared/progress/report.js';
import { STATUS_LABELS } from '../../shared/progress/status.js';
import { printedFigure } from '../../shared/progress/suppression.js';

/** A measure's chart as an image source: the same SVG the exports embed, shown through <img> so no markup of it enters the page. */
function chartImage(progress: MeasureProgress, suppressBelow: number): { src: string; alt: string } {
  const chart = measureChartSvg(progress.measure, progress.figures, { suppressBelow });
  return { src: svgDataUrl(chart.svg), alt: chart.alt };
}

function when(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });
}

/** One measure: where it started, where it aims, where it is, its chart, and every entry ever made. */
export function MeasureCard({ progress, suppressBelow }: { progress: MeasureProgress; suppressBelow: number }) {
  const { measure, status, printed, latest } = progress;
  const chart = chartImage(progress, suppressBelow);
  const print = (value: number) => printedFigure(value, measure.kind, suppressBelow);
  const headingId = `measure-${measure.key.replace(/[^a-z0-9]+/g, '-')}`;
  const superseded = new Set(progress.figures.flatMap((entry) => entry.superseded.map((figure) => figure.id)));
  return (
    <article className="measure-card" aria-labelledby={headingId}>
      <h3 id={headingId}>{measure.indicator}</h3>
      <dl className="measure-card__facts">
        <div>
          <dt>Baseline</dt>
          <dd>{printed.baseline || '—'}{measure.baseline.date ? ` (${measure.baseline.date})` : ''}</dd>
        </div>
        <div>
          <dt>Target</dt>
          <dd>{printed.target || '—'}{measure.target.date ? ` (${measure.target.date})` : ''}</dd>
        </div>
        <div>
          <dt>Latest</dt>
          <dd>{latest ? `${printed.latest} (${latest.period.label})` : 'No figure yet'}{printed.change ? `, ${printed.change}` : ''}</dd>
        </div>
        <div>
          <dt>Status</dt>
          <dd>
            <span className={`rag rag--${status.status}`} data-status={status.status}>
              {STATUS_LABELS[status.status]}
            </span>
            {status.progress !== null && ` (${Math.round(status.progress)}% of the way to the target)`}
          </dd>
        </div>
      </dl>
      <img className="measure-card__chart" src={chart.src} alt={chart.alt} width={560} height={300} />
      <details className="measure-card__history">
        <summary>History ({progress.history.length} {progress.history.length === 1 ? 'entry' : 'entries'})</summary>
        {progress.history.length === 0 ? (
          <p>No figures recorded yet.</p>
        ) : (
          <table className="draft-table">
            <caption className="visually-hidden">Every figure entered for {measure.indicator}, newest first</caption>
            <thead>
              <tr>
                <th scope="col">Period</th>
                <th scope="col">Figure</th>
                <th scope="col">As at</th>
                <th scope="col">Source</th>
                <th scope="col">Note</th>
                <th scope="col">Entered</th>
              </tr>
            </thead>
            <tbody>
              {progress.history.map((figure) => (
                <tr key={figure.id}>
                  <th scope="row">{figure.period}</th>
                  <td>
                    {print(figure.value)}
                    {superseded.has(figure.id) && <span className="measure-card__replaced"> (replaced by a later entry)</span>}
                  </td>
                  <td>{figure.date ? new Date(`${figure.date}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }) : '—'}</td>
                  <td>{figure.source || '—'}</td>
                  <td>{figure.note || '—'}</td>
                  <td>
                    {figure.enteredBy}, {when(figure.enteredAt)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </details>
    </article>
  );
}
