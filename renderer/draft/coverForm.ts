import { coverFieldsSchema, type CoverFields } from '../../shared/model/draft.js';

/**
 * The cover form edits text boxes; storage wants numbers for the years and
 * an ISO date. This module converts between the two and says, in words,
 * what is wrong with a field while the user is still typing.
 */

export type CoverFormValues = { [K in keyof CoverFields]: string };
export type CoverFieldErrors = Partial<Record<keyof CoverFields, string>>;

export interface CoverFormCheck {
  /** The fields as storage takes them, or null while a field cannot be stored yet. */
  cover: CoverFields | null;
  /** Problems to show beside their fields. Some (end year not after start year) still allow saving. */
  errors: CoverFieldErrors;
}

export const MIN_YEAR = 1900;
export const MAX_YEAR = 2200;

export function coverToFormValues(cover: CoverFields): CoverFormValues {
  return {
    council: cover.council,
    title: cover.title,
    periodStart: cover.periodStart === null ? '' : String(cover.periodStart),
    periodEnd: cover.periodEnd === null ? '' : String(cover.periodEnd),
    date: cover.date,
    version: cover.version,
    owner: cover.owner,
    approvingBody: cover.approvingBody,
  };
}

type YearParse = { ok: true; year: number | null } | { ok: false; message: string };

function parseYear(raw: string, label: string): YearParse {
  const text = raw.trim();
  if (text === '') return { ok: true, year: null };
  if (!/^\d{4}$/.test(text)) return { ok: false, message: `Enter the ${label} as four digits, for example 2025.` };
  const year = Number(text);
  if (year < MIN_YEAR || year > MAX_YEAR) return { ok: false, message: `Enter a ${label} between ${MIN_YEAR} and ${MAX_YEAR}.` };
  return { ok: true, year };
}

export function checkCoverForm(values: CoverFormValues): CoverFormCheck {
  const errors: CoverFieldErrors = {};
  const start = parseYear(values.periodStart, 'start year');
  const end = parseYear(values.periodEnd, 'end year');
  if (!start.ok) errors.periodStart = start.message;
  if (!end.ok) errors.periodEnd = end.message;
  if (start.ok && end.ok && start.year !== null && end.year !== null && end.year <= start.year) {
    errors.periodEnd = `The end year must be after the start year (${start.year}). A strategy usually runs for three to five years, for example ${start.year}–${start.year + 3}.`;
  }
  const date = values.date.trim();
  if (date !== '' && !coverFieldsSchema.shape.date.safeParse(date).success) errors.date = 'Enter the date as a full date, for example 2025-04-01.';
  if (!start.ok || !end.ok || errors.date !== undefined) return { cover: null, errors };

  const candidate: CoverFields = {
    council: values.council,
    title: values.title,
    periodStart: start.year,
    periodEnd: end.year,
    date,
    version: values.version,
    owner: values.owner,
    approvingBody: values.approvingBody,
  };
  const parsed = coverFieldsSchema.safeParse(candidate);
  if (parsed.success) return { cover: parsed.data, errors };
  for (const issue of parsed.error.issues) {
    const field = issue.path[0] as keyof CoverFields;
    errors[field] ??= issue.code === 'too_big' ? 'This is too long: keep it under 300 characters.' : 'This value cannot be saved.';
  }
  return { cover: null, errors };
}

/** Why the cover is not being saved, for the status line. */
export function heldReason(errors: CoverFieldErrors): string {
  return errors.periodStart !== undefined || errors.periodEnd !== undefined
    ? 'check the period years on the title page'
    : 'check the highlighted fields on the title page';
}
