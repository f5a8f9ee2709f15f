import { currentFigures, type CurrentFigure, type MeasureFigure } from './figures.js';
import type { Measure } from './measures.js';
import { measureStatus, trendOf, type MeasureStatus, type ProgressThresholds, type Trend } from './status.js';
import { isSuppressed, printedFigure } from './suppression.js';

/**
 * Everything the progress screen, the CLI and the annual report show for a
 * strategy: each measure of its table with the figures recorded against it.
 */

/** A measure as stored once figures are recorded against it: its id never changes, its wording follows the table through an explicit re-link. */
export interface StoredMeasure {
  id: string;
  indicator: string;
  key: string;
  createdBy: string;
  createdAt: string;
}

export interface MeasureProgress {
  /** Null until the first figure is recorded against the measure. */
  measureId: string | null;
  measure: Measure;
  /** Every entry ever made, newest first. */
  history: MeasureFigure[];
  /** The figure of each period, in time order. */
  figures: CurrentFigure[];
  latest: CurrentFigure | null;
  status: MeasureStatus;
  trend: Trend;
  printed: { baseline: string; target: string; latest: string | null; change: string | null };
}

export interface ProgressReport {
  draftId: string;
  title: string;
  /** Every required section approved: the strategy as adopted. Figures are recorded only then. */
  adopted: boolean;
  /** Why it is not adopted yet (the sections still to approve), in template order. */
  notAdopted: string[];
  thresholds: ProgressThresholds;
  measures: MeasureProgress[];
  /** Stored measures whose wording is no longer in the table, with their figures kept: re-link one to a row to carry on. */
  unlinked: { measure: StoredMeasure; history: MeasureFigure[] }[];
}

export function buildProgressReport(input: {
  draftId: string;
  title: string;
  notAdopted: string[];
  thresholds: ProgressThresholds;
  measures: readonly Measure[];
  stored: readonly StoredMeasure[];
  figures: readonly MeasureFigure[];
}): ProgressReport {
  const byKey = new Map(input.stored.map((stored) => [stored.key, stored]));
  const historyOf = new Map<string, MeasureFigure[]>();
  for (const figure of input.figures) historyOf.set(figure.measureId, [...(historyOf.get(figure.measureId) ?? []), figure]);
  const newestFirst = (id: string) => [...(historyOf.get(id) ?? [])].sort((a, b) => b.id - a.id);
  const linked = new Set<string>();
  const measures = input.measures.map((measure) => {
    const stored = byKey.get(measure.key);
    if (stored) linked.add(stored.id);
    return measureProgress(measure, stored?.id ?? null, stored ? newestFirst(stored.id) : [], input.thresholds);
  });
  return {
    draftId: input.draftId,
    title: input.title,
    adopted: input.notAdopted.length === 0,
    notAdopted: input.notAdopted,
    thresholds: input.thresholds,
    measures,
    unlinked: input.stored.filter((stored) => !linked.has(stored.id)).map((measure) => ({ measure, history: newestFirst(measure.id) })),
  };
}

export function measureProgress(measure: Measure, measureId: string | null, history: MeasureFigure[], thresholds: ProgressThresholds): MeasureProgress {
  const figures = currentFigures(history);
  const latest = figures[figures.length - 1] ?? null;
  const trend = trendOf(measure, figures);
  const print = (value: number) => printedFigure(value, measure.kind, thresholds.suppressBelow);
  const previous = figures[figures.length - 2];
  // A change between two figures would reveal a hidden one, so it is printed only when neither is hidden.
  const changeShown = trend.sincePrevious !== null && latest && previous && ![latest, previous].some((entry) => isSuppressed(entry.figure.value, measure.kind, thresholds.suppressBelow));
  return {
    measureId,
    measure,
    history,
    figures,
    latest,
    status: measureStatus(measure, latest?.figure.value ?? null, thresholds),
    trend,
    printed: {
      baseline: measure.baseline.value === null ? measure.baseline.text : print(measure.baseline.value),
      target: measure.target.value === null ? measure.target.text : print(measure.target.value),
      latest: latest ? print(latest.figure.value) : null,
      change: changeShown ? describeChange(trend.sincePrevious ?? 0, measure.kind, trend.previousPeriod ?? '') : null,
    },
  };
}

function describeChange(change: number, kind: Measure['kind'], since: string): string {
  const amount = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 }).format(Math.abs(change));
  const unit = kind === 'percentage' ? ` percentage point${Math.abs(change) === 1 ? '' : 's'}` : '';
  return change === 0 ? `no change since ${since}` : `${change > 0 ? 'up' : 'down'} ${amount}${unit} since ${since}`;
}
