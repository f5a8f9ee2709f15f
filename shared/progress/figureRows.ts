import { measureKey } from './measures.js';
import { dateOutsidePeriod, parsePeriod, parseUkDate } from './period.js';

/**
 * Figures as they arrive from a performance team's spreadsheet (or the
 * form): cells as text, checked row by row against the strategy's measures.
 * A row either becomes a figure to record or carries the reason it cannot.
 */

export interface RawFigureRow {
  /** The row number the user sees in their spreadsheet. */
  row: number;
  measure: string;
  period: string;
  value: string;
  date: string;
  source: string;
  note: string;
}

export interface FigureEntry {
  measureKey: string;
  period: string;
  value: number;
  date: string | null;
  source: string;
  note: string;
}

export interface CheckedFigureRow {
  row: number;
  measure: string;
  /** The indicator it matched, as the strategy words it; null when it matched none. */
  matchedIndicator: string | null;
  entry: FigureEntry | null;
  /** Why the row is refused; empty when it is accepted. */
  problems: string[];
}

export const MAX_SOURCE_LENGTH = 300;
export const MAX_NOTE_LENGTH = 2000;

/** A cell a spreadsheet would run as a formula when the text is opened again ("=HYPERLINK(…)", "+cmd", "@SUM"). */
export function looksLikeFormula(text: string): boolean {
  const trimmed = text.replace(/^[\s\u00a0]+/, '');
  if (/^[=+@\t\r]/.test(trimmed)) return true;
  // A minus sign starts a formula too, unless what follows is just a number.
  return trimmed.startsWith('-') && !/^-\s*\d[\d,]*(?:\.\d+)?%?$/.test(trimmed);
}

/** Digits with optional thousands commas (1,204 but not 12,04) and decimals. */
const VALUE = /^-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;

/** "52%", "1,204", "12.5" → a number; anything else (a "*", "<5", "n/a") is not a figure. */
export function parseValue(text: string): number | null {
  const cleaned = text.trim().replace(/%$/, '').trim();
  if (!VALUE.test(cleaned)) return null;
  const value = Number(cleaned.replace(/,/g, ''));
  return Number.isFinite(value) ? value : null;
}

export function checkFigureRow(raw: RawFigureRow, measures: ReadonlyMap<string, string>): CheckedFigureRow {
  const problems: string[] = [];
  for (const [field, text] of [['measure', raw.measure], ['period', raw.period], ['value', raw.value], ['date', raw.date], ['source', raw.source], ['note', raw.note]] as const) {
    if (looksLikeFormula(text)) problems.push(`The ${field} "${text.trim().slice(0, 40)}" starts like a spreadsheet formula; figures are text and numbers only, so remove the formula.`);
  }
  if (problems.length > 0) return { row: raw.row, measure: raw.measure, matchedIndicator: null, entry: null, problems };

  const key = measureKey(raw.measure);
  const indicator = measures.get(key) ?? null;
  if (raw.measure.trim() === '') problems.push('No measure is named.');
  else if (indicator === null) problems.push(`"${raw.measure.trim()}" is not a measure in this strategy's measures table.`);

  const period = parsePeriod(raw.period);
  if (!period.ok) problems.push(period.message);

  const value = parseValue(raw.value);
  if (raw.value.trim() === '') problems.push('No value is given.');
  else if (value === null) problems.push(`The value "${raw.value.trim()}" is not a number. Give the actual figure (small counts are hidden when printed).`);

  let date: string | null = null;
  if (raw.date.trim() !== '') {
    const parsed = parseUkDate(raw.date);
    if (!parsed.ok) problems.push(parsed.message);
    else {
      date = parsed.iso;
      if (period.ok) {
        const outside = dateOutsidePeriod(parsed.iso, period.period, raw.date);
        if (outside) problems.push(outside);
      }
    }
  }
  if (raw.source.length > MAX_SOURCE_LENGTH) problems.push(`The source is longer than ${MAX_SOURCE_LENGTH} characters.`);
  if (raw.note.length > MAX_NOTE_LENGTH) problems.push(`The note is longer than ${MAX_NOTE_LENGTH} characters.`);

  const entry =
    problems.length === 0 && period.ok && value !== null
      ? { measureKey: key, period: period.period.label, value, date, source: raw.source.trim(), note: raw.note.trim() }
      : null;
  return { row: raw.row, measure: raw.measure, matchedIndicator: indicator, entry, problems };
}
