import { svgDataUrl } from '../model/svgImage.js';
import { measureChartSvg } from '../progress/chart.js';
import type { MeasureProgress, ProgressReport } from '../progress/report.js';
import { RAG_STATUSES, type RagStatus, type ReportedMeasure } from './annualReport.js';

/**
 * The strategy's measures as the annual report states them, from the same
 * progress report the progress screen shows: the baseline and target as the
 * strategy set them, the latest figure and the baseline and target printed
 * as everywhere else (a small count hidden), the red, amber or green status,
 * and the measure's chart once a figure is recorded. A measure with no
 * figure is reported as such, which the report's own check then asks for.
 */
export function reportedMeasures(progress: ProgressReport): ReportedMeasure[] {
  return progress.measures.map((entry) => reportedMeasure(entry, progress.thresholds.suppressBelow));
}

function reportedMeasure(entry: MeasureProgress, suppressBelow: number): ReportedMeasure {
  const { measure, latest, printed } = entry;
  // The printed figure stands alone, so the date the table gave it goes back beside it.
  const dated = (text: string, date: string): string => (date === '' || text.includes(date) ? text : text === '' ? date : `${text} (${date})`);
  const reported: ReportedMeasure = {
    indicator: measure.indicator,
    baseline: dated(printed.baseline, measure.baseline.date),
    target: dated(printed.target, measure.target.date),
  };
  if (latest === null || printed.latest === null) return reported;
  const chart = measureChartSvg(measure, entry.figures, { suppressBelow });
  const status = entry.status.status;
  return {
    ...reported,
    latest: { value: printed.latest, period: latest.period.label },
    ...(isRag(status) ? { status } : {}),
    chart: { svgDataUrl: svgDataUrl(chart.svg), alt: chart.alt },
  };
}

function isRag(status: string): status is RagStatus {
  return (RAG_STATUSES as readonly string[]).includes(status);
}
