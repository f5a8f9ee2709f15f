import { buildSectionContext } from '../completeness/sectionContext.js';
import { cellText, findTable, readRecords } from '../completeness/rules/structuredTable.js';
import { normaliseText } from '../completeness/text.js';
import { docFromJSON } from '../model/docJson.js';
import type { Draft } from '../model/draft.js';
import type { TableKind } from '../model/schema.js';
import { sectionWithRole, type Template } from '../template/template.js';

/**
 * The measures a strategy promises, read from the measures table of the
 * section with the `measures` role: one row, one measure. Columns are found
 * by their header (the names every shipped pack's measures-table rule uses),
 * so a reordered table still reads.
 */

export const MEASURE_COLUMNS = {
  priority: 'Priority',
  indicator: 'Indicator',
  baseline: 'Baseline',
  baselineDate: 'Baseline date',
  target: 'Target',
  targetDate: 'Target date',
  source: 'Source',
  owner: 'Owner',
} as const;

/** The kind of table (`<!-- table: measures -->`) the measures are read from. */
const MEASURES_TABLE: TableKind = 'measures';

/** How a measure's figures are read and printed: a percentage, a count of people (small counts are hidden), or another number (days, a score). */
export type MeasureKind = 'percentage' | 'count' | 'number';

export interface Amount {
  /** As written in the table: "52% (March 2024)". */
  text: string;
  /** The first number in it, or null when there is none (a qualitative measure). */
  value: number | null;
  /** The date column's text, or the words after the number ("March 2024"). */
  date: string;
}

export interface Measure {
  /** The indicator's wording compared loosely (case, punctuation): how a row is matched to the measure its figures are stored under. */
  key: string;
  indicator: string;
  priority: string;
  baseline: Amount;
  target: Amount;
  source: string;
  owner: string;
  kind: MeasureKind;
}

const NUMBER = /-?\d[\d,]*(?:\.\d+)?/;

export function measureKey(indicator: string): string {
  return normaliseText(indicator);
}

export function readAmount(text: string, dateColumn: string): Amount {
  const match = NUMBER.exec(text);
  const value = match ? Number(match[0].replace(/,/g, '')) : null;
  const rest = match ? (text.slice(0, match.index) + text.slice(match.index + match[0].length)).replace(/[%()]/g, ' ').replace(/\s+/g, ' ').trim() : '';
  return { text, value: value !== null && Number.isFinite(value) ? value : null, date: dateColumn || rest };
}

/** A percentage when either end says so; a count when both are whole numbers; otherwise a number. */
export function measureKind(baseline: Amount, target: Amount): MeasureKind {
  if (/%|per ?cent/i.test(baseline.text) || /%|per ?cent/i.test(target.text)) return 'percentage';
  const whole = [baseline.value, target.value].filter((value): value is number => value !== null);
  return whole.length > 0 && whole.every(Number.isInteger) ? 'count' : 'number';
}

/** The measures of a draft in table order; rows without an indicator are left out, and a second row with the same wording is one measure. */
export function readMeasures(draft: Pick<Draft, 'sections'>, template: Pick<Template, 'sections'>): Measure[] {
  const section = sectionWithRole(template, 'measures');
  const stored = section ? draft.sections.find((candidate) => candidate.id === section.id) : undefined;
  if (!section || !stored) return [];
  const parsed = docFromJSON(stored.doc);
  if (!parsed.ok) return [];
  const context = buildSectionContext(section.id, parsed.doc);
  const columns = Object.values(MEASURE_COLUMNS);
  const table = findTable(context.tables, MEASURES_TABLE, [MEASURE_COLUMNS.indicator]);
  if (!table) return [];
  const { records } = readRecords(table, columns);
  const seen = new Set<string>();
  const measures: Measure[] = [];
  for (const record of records) {
    const indicator = cellText(record, MEASURE_COLUMNS.indicator);
    const key = measureKey(indicator);
    if (key === '' || seen.has(key)) continue;
    seen.add(key);
    const baseline = readAmount(cellText(record, MEASURE_COLUMNS.baseline), cellText(record, MEASURE_COLUMNS.baselineDate));
    const target = readAmount(cellText(record, MEASURE_COLUMNS.target), cellText(record, MEASURE_COLUMNS.targetDate));
    measures.push({
      key,
      indicator,
      priority: cellText(record, MEASURE_COLUMNS.priority),
      baseline,
      target,
      source: cellText(record, MEASURE_COLUMNS.source),
      owner: cellText(record, MEASURE_COLUMNS.owner),
      kind: measureKind(baseline, target),
    });
  }
  return measures;
}
