import type { CurrentFigure } from './figures.js';
import type { Measure } from './measures.js';
import { DEFAULT_SUPPRESS_BELOW } from './suppression.js';

/**
 * Red, amber or green for a measure: how far its latest figure has come
 * from the baseline towards the target, as a share of the whole way, against
 * thresholds the council sets once for the library.
 */
export interface ProgressThresholds {
  /** Green from this share (per cent) of the way from baseline to target. */
  greenFrom: number;
  /** Amber from this share; below it (or no better than the baseline) is red. */
  amberFrom: number;
  /** Counts under this are printed as "fewer than N". */
  suppressBelow: number;
}

export const DEFAULT_THRESHOLDS: ProgressThresholds = { greenFrom: 90, amberFrom: 50, suppressBelow: DEFAULT_SUPPRESS_BELOW };

export type RagStatus = 'green' | 'amber' | 'red' | 'no-figure' | 'not-measurable';

export const STATUS_LABELS: Record<RagStatus, string> = {
  green: 'Green',
  amber: 'Amber',
  red: 'Red',
  'no-figure': 'No figure yet',
  'not-measurable': 'No numeric baseline and target',
};

/** How the thresholds read to a council officer, for the screen and the report. */
export function describeThresholds(thresholds: ProgressThresholds): string {
  return `Green: at least ${thresholds.greenFrom}% of the way from baseline to target. Amber: at least ${thresholds.amberFrom}%. Red: less, or no better than the baseline.`;
}

export interface MeasureStatus {
  status: RagStatus;
  /** Share of the way from baseline to target, in per cent (may pass 100 or fall below 0); null without a figure or numbers. */
  progress: number | null;
}

export function measureStatus(measure: Pick<Measure, 'baseline' | 'target'>, latest: number | null, thresholds: ProgressThresholds): MeasureStatus {
  const baseline = measure.baseline.value;
  const target = measure.target.value;
  if (baseline === null || target === null) return { status: 'not-measurable', progress: null };
  if (latest === null) return { status: 'no-figure', progress: null };
  // A target equal to the baseline means "hold": at the target or better is the whole way.
  const progress = target === baseline ? (latest === target ? 100 : 0) : ((latest - baseline) / (target - baseline)) * 100;
  const status = progress >= thresholds.greenFrom ? 'green' : progress > 0 && progress >= thresholds.amberFrom ? 'amber' : 'red';
  return { status, progress };
}

export interface Trend {
  /** Latest figure minus the one before it; null with fewer than two periods. */
  sincePrevious: number | null;
  previousPeriod: string | null;
  /** Whether the last change moved towards the target (null when it did not move or cannot be told). */
  improving: boolean | null;
}

export function trendOf(measure: Pick<Measure, 'baseline' | 'target'>, figures: readonly CurrentFigure[]): Trend {
  const latest = figures[figures.length - 1];
  const previous = figures[figures.length - 2];
  if (!latest || !previous) return { sincePrevious: null, previousPeriod: null, improving: null };
  const change = latest.figure.value - previous.figure.value;
  const direction = measure.baseline.value !== null && measure.target.value !== null ? Math.sign(measure.target.value - measure.baseline.value) : 0;
  return { sincePrevious: change, previousPeriod: previous.period.label, improving: change === 0 || direction === 0 ? null : Math.sign(change) === direction };
}
