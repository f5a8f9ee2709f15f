import { randomUUID } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import { ApiFailure } from '../../../shared/api/errors.js';
import type { FigureEntry } from '../../../shared/progress/figureRows.js';
import type { MeasureFigure } from '../../../shared/progress/figures.js';
import { measureKey } from '../../../shared/progress/measures.js';
import type { StoredMeasure } from '../../../shared/progress/report.js';
import { DEFAULT_THRESHOLDS, type ProgressThresholds } from '../../../shared/progress/status.js';

/** The library setting holding the council's red/amber/green thresholds and small-number threshold. */
const THRESHOLDS_KEY = 'progress-thresholds';
const storedThresholds = z.strictObject({ greenFrom: z.number(), amberFrom: z.number(), suppressBelow: z.number() });

export interface ProgressStore {
  measures(draftId: string): StoredMeasure[];
  figures(draftId: string): MeasureFigure[];
  /**
   * Records the entries in one transaction, storing a measure the first time
   * one is recorded against it. `indicators` gives each key's wording in
   * the table, which a new measure keeps.
   */
  record(draftId: string, entries: readonly FigureEntry[], indicators: ReadonlyMap<string, string>): number;
  /** Points a stored measure at the row now worded `indicator`; refused when another stored measure already has that wording. */
  relink(draftId: string, measureId: string, indicator: string): void;
  thresholds(): ProgressThresholds;
  setThresholds(thresholds: ProgressThresholds): ProgressThresholds;
}

interface MeasureRow {
  id: string;
  indicator: string;
  indicator_key: string;
  created_by: string;
  created_at: string;
}

interface FigureRow {
  id: number;
  measure_id: string;
  period: string;
  value: number;
  figure_date: string | null;
  source: string;
  note: string;
  entered_by: string;
  entered_at: string;
}

export function createProgressStore(db: Database, options: { author: () => string }): ProgressStore {
  const sql = {
    measures: db.prepare<[string], MeasureRow>('SELECT id, indicator, indicator_key, created_by, created_at FROM progress_measures WHERE draft_id = ? ORDER BY created_at, id'),
    measureByKey: db.prepare<[string, string], { id: string }>('SELECT id FROM progress_measures WHERE draft_id = ? AND indicator_key = ?'),
    measureById: db.prepare<[string, string], { id: string }>('SELECT id FROM progress_measures WHERE draft_id = ? AND id = ?'),
    insertMeasure: db.prepare<[string, string, string, string, string, string]>(
      'INSERT INTO progress_measures (id, draft_id, indicator, indicator_key, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?)',
    ),
    relink: db.prepare<[string, string, string]>('UPDATE progress_measures SET indicator = ?, indicator_key = ? WHERE id = ?'),
    figures: db.prepare<[string], FigureRow>(
      `SELECT f.id, f.measure_id, f.period, f.value, f.figure_date, f.source, f.note, f.entered_by, f.entered_at
         FROM progress_figures f JOIN progress_measures m ON m.id = f.measure_id WHERE m.draft_id = ? ORDER BY f.id`,
    ),
    insertFigure: db.prepare<[string, string, number, string | null, string, string, string, string]>(
      'INSERT INTO progress_figures (measure_id, period, value, figure_date, source, note, entered_by, entered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    ),
    draftExists: db.prepare<[string], { id: string }>('SELECT id FROM drafts WHERE id = ?'),
    readSetting: db.prepare<[string], { value: string }>('SELECT value FROM settings WHERE key = ?'),
    writeSetting: db.prepare<[string, string]>('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value'),
  };
  const now = () => new Date().toISOString();

  const record = db.transaction((draftId: string, entries: readonly FigureEntry[], indicators: ReadonlyMap<string, string>) => {
    if (!sql.draftExists.get(draftId)) throw new ApiFailure('not-found', 'That strategy is not in the library.');
    const author = options.author();
    const at = now();
    const ids = new Map<string, string>();
    for (const entry of entries) {
      let measureId = ids.get(entry.measureKey) ?? sql.measureByKey.get(draftId, entry.measureKey)?.id;
      if (measureId === undefined) {
        measureId = randomUUID();
        sql.insertMeasure.run(measureId, draftId, indicators.get(entry.measureKey) ?? entry.measureKey, entry.measureKey, author, at);
      }
      ids.set(entry.measureKey, measureId);
      sql.insertFigure.run(measureId, entry.period, entry.value, entry.date, entry.source, entry.note, author, at);
    }
    return entries.length;
  });

  const thresholds = (): ProgressThresholds => {
    const value = sql.readSetting.get(THRESHOLDS_KEY)?.value;
    if (value === undefined) return DEFAULT_THRESHOLDS;
    // A value another program mangled falls back to the defaults the screen states, rather than refusing to show progress.
    try {
      const parsed = storedThresholds.safeParse(JSON.parse(value));
      return parsed.success ? parsed.data : DEFAULT_THRESHOLDS;
    } catch {
      return DEFAULT_THRESHOLDS;
    }
  };

  return {
    measures: (draftId) =>
      sql.measures.all(draftId).map((row) => ({ id: row.id, indicator: row.indicator, key: row.indicator_key, createdBy: row.created_by, createdAt: row.created_at })),
    figures: (draftId) =>
      sql.figures.all(draftId).map((row) => ({
        id: row.id,
        measureId: row.measure_id,
        period: row.period,
        value: row.value,
        date: row.figure_date,
        source: row.source,
        note: row.note,
        enteredBy: row.entered_by,
        enteredAt: row.entered_at,
      })),
    record: (draftId, entries, indicators) => record.immediate(draftId, entries, indicators),
    relink: (draftId, measureId, indicator) => {
      const key = measureKey(indicator);
      db.transaction(() => {
        if (!sql.measureById.get(draftId, measureId)) throw new ApiFailure('not-found', 'That measure has no figures recorded in this strategy.');
        const holder = sql.measureByKey.get(draftId, key);
        if (holder && holder.id !== measureId) {
          throw new ApiFailure('conflict', `Figures are already recorded against "${indicator.trim()}", so another measure's figures cannot be moved onto it.`);
        }
        sql.relink.run(indicator.trim(), key, measureId);
      }).immediate();
    },
    thresholds,
    setThresholds: (next) => {
      sql.writeSetting.run(THRESHOLDS_KEY, JSON.stringify(next));
      return thresholds();
    },
  };
}
