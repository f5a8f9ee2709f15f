import { comparePeriods, parsePeriod, type Period } from './period.js';

/**
 * A figure recorded against a measure for one period. Entries are never
 * changed or deleted: a correction is a new entry for the same period, and
 * the newest entry for a period is the figure; the older ones stay in its
 * history.
 */
export interface MeasureFigure {
  /** Increases with every entry in the library, so "newest" never depends on clocks. */
  id: number;
  measureId: string;
  /** "2025-26" or "2025-26 Q1". */
  period: string;
  value: number;
  /** The day the figure is as at (ISO), when given. */
  date: string | null;
  source: string;
  note: string;
  enteredBy: string;
  enteredAt: string;
}

export interface CurrentFigure {
  period: Period;
  figure: MeasureFigure;
  /** Earlier entries for the same period, newest first. */
  superseded: MeasureFigure[];
}

/** The figure for each period (its newest entry), in time order. */
export function currentFigures(history: readonly MeasureFigure[]): CurrentFigure[] {
  const byPeriod = new Map<string, { period: Period; entries: MeasureFigure[] }>();
  for (const figure of history) {
    const parsed = parsePeriod(figure.period);
    if (!parsed.ok) continue;
    const slot = byPeriod.get(parsed.period.label) ?? { period: parsed.period, entries: [] };
    slot.entries.push(figure);
    byPeriod.set(parsed.period.label, slot);
  }
  return [...byPeriod.values()]
    .sort((a, b) => comparePeriods(a.period, b.period))
    .map(({ period, entries }) => {
      const [figure, ...superseded] = [...entries].sort((a, b) => b.id - a.id);
      return { period, figure: figure as MeasureFigure, superseded };
    });
}
