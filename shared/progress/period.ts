/**
 * Reporting periods as councils' performance teams keep them: the financial
 * year (1 April to 31 March), written "2025-26", and its quarters, written
 * "2025-26 Q1" (April to June) to "2025-26 Q4" (January to March).
 */
export interface Period {
  /** The form the app prints and stores: "2025-26" or "2025-26 Q1". */
  label: string;
  kind: 'year' | 'quarter';
  /** The calendar year in which the financial year starts (2025 for 2025-26). */
  startYear: number;
  quarter: 1 | 2 | 3 | 4 | null;
  /** First and last day, ISO (YYYY-MM-DD). */
  start: string;
  end: string;
}

export type PeriodParse = { ok: true; period: Period } | { ok: false; message: string };

const YEAR_FIRST = /^(\d{4})\s*[-/–]\s*(\d{2}|\d{4})(?:\s*[, ]\s*Q([1-4]))?$/i;
const QUARTER_FIRST = /^Q([1-4])\s*[, ]\s*(\d{4})\s*[-/–]\s*(\d{2}|\d{4})$/i;

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export const PERIOD_HELP = 'Write a period as a financial year ("2025-26") or a quarter of one ("2025-26 Q1", April to June).';

export function parsePeriod(text: string): PeriodParse {
  const trimmed = text.trim().replace(/\s+/g, ' ');
  const yearFirst = YEAR_FIRST.exec(trimmed);
  const quarterFirst = yearFirst ? null : QUARTER_FIRST.exec(trimmed);
  const start = yearFirst?.[1] ?? quarterFirst?.[2];
  const end = yearFirst?.[2] ?? quarterFirst?.[3];
  const quarter = yearFirst?.[3] ?? quarterFirst?.[1];
  if (start === undefined || end === undefined) return { ok: false, message: `"${text.trim()}" is not a period. ${PERIOD_HELP}` };
  const startYear = Number(start);
  const endYear = end.length === 2 ? Math.floor(startYear / 100) * 100 + Number(end) : Number(end);
  if (endYear !== startYear + 1) return { ok: false, message: `"${text.trim()}" is not a financial year: the second year must follow the first (for example 2025-26). ${PERIOD_HELP}` };
  if (startYear < 1990 || startYear > 2100) return { ok: false, message: `"${text.trim()}" is outside the years the app records (1990 to 2100).` };
  return { ok: true, period: makePeriod(startYear, quarter === undefined ? null : (Number(quarter) as 1 | 2 | 3 | 4)) };
}

export function makePeriod(startYear: number, quarter: 1 | 2 | 3 | 4 | null): Period {
  const yearLabel = `${startYear}-${String((startYear + 1) % 100).padStart(2, '0')}`;
  if (quarter === null) {
    return { label: yearLabel, kind: 'year', startYear, quarter, start: `${startYear}-04-01`, end: `${startYear + 1}-03-31` };
  }
  // Q1 starts in April; Q4 is January to March of the following calendar year.
  const firstMonth = ((quarter - 1) * 3 + 3) % 12;
  const year = quarter === 4 ? startYear + 1 : startYear;
  const lastMonth = firstMonth + 2;
  const lastDay = new Date(Date.UTC(year, lastMonth + 1, 0)).getUTCDate();
  return {
    label: `${yearLabel} Q${quarter}`,
    kind: 'quarter',
    startYear,
    quarter,
    start: isoDate(year, firstMonth + 1, 1),
    end: isoDate(year, lastMonth + 1, lastDay),
  };
}

/** Periods in time order: quarters by their start, a whole year after its own quarters (its figure is as at its end). */
export function comparePeriods(a: Period, b: Period): number {
  return a.startYear - b.startYear || (a.quarter ?? 5) - (b.quarter ?? 5);
}

/** "1 April to 30 June 2025". */
export function describePeriodDates(period: Period): string {
  const start = readableDate(period.start);
  const end = readableDate(period.end);
  const startWithoutYear = start.replace(/ \d{4}$/, '');
  return `${period.start.slice(0, 4) === period.end.slice(0, 4) ? startWithoutYear : start} to ${end}`;
}

export function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** "2025-06-30" → "30 June 2025". */
export function readableDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  return `${day ?? ''} ${MONTHS[(month ?? 1) - 1] ?? ''} ${year ?? ''}`;
}

export type DateParse = { ok: true; iso: string } | { ok: false; message: string };

const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const NUMERIC_DATE = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
const WORDED_DATE = /^(\d{1,2})(?:st|nd|rd|th)? ([A-Za-z]+),? (\d{4})$/;

/**
 * A date as a UK officer writes it: 30/06/2025, 30 June 2025 or 2025-06-30.
 * Day first, always: a date that only makes sense month first (06/30/2025)
 * is refused as US order rather than guessed at.
 */
export function parseUkDate(text: string): DateParse {
  const trimmed = text.trim();
  const iso = ISO_DATE.exec(trimmed);
  if (iso) return checked(trimmed, Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const numeric = NUMERIC_DATE.exec(trimmed);
  if (numeric) {
    const first = Number(numeric[1]);
    const second = Number(numeric[2]);
    if (second > 12 && first <= 12) {
      return { ok: false, message: `"${trimmed}" looks like a US-order date (month first). Write the day first: ${second}/${first}/${numeric[3]}.` };
    }
    return checked(trimmed, Number(numeric[3]), second, first);
  }
  const worded = WORDED_DATE.exec(trimmed);
  if (worded) {
    const month = MONTHS.findIndex((name) => name.toLowerCase().startsWith((worded[2] ?? '').toLowerCase()) && (worded[2] ?? '').length >= 3);
    if (month >= 0) return checked(trimmed, Number(worded[3]), month + 1, Number(worded[1]));
  }
  return { ok: false, message: `"${trimmed}" is not a date. Write it as day/month/year, for example 30/06/2025.` };
}

function checked(text: string, year: number, month: number, day: number): DateParse {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (month < 1 || month > 12 || date.getUTCDate() !== day || date.getUTCMonth() !== month - 1) return { ok: false, message: `"${text}" is not a real date.` };
  return { ok: true, iso: isoDate(year, month, day) };
}

/** Why a figure's date cannot belong to its period, or null when it can. US order is named when reading the date month first would have fitted. */
export function dateOutsidePeriod(iso: string, period: Period, written: string): string | null {
  if (iso >= period.start && iso <= period.end) return null;
  const base = `The date ${written.trim()} is outside ${period.label} (${describePeriodDates(period)}).`;
  const numeric = NUMERIC_DATE.exec(written.trim());
  if (numeric && Number(numeric[1]) <= 12) {
    const swapped = isoDate(Number(numeric[3]), Number(numeric[1]), Number(numeric[2]));
    if (swapped >= period.start && swapped <= period.end) return `${base} Read month first it would fit: dates must be written day first (day/month/year), not in US order.`;
  }
  return base;
}
