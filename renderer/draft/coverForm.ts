import { coverFieldsSchema, type CoverFields } from '../../shared/model/draft.js';
import { LOGO_MIME_TYPES, logoTypeOf, MAX_LOGO_BYTES } from '../../shared/model/logo.js';
import { bytesToBase64 } from '../api/base64.js';
import { DOCUMENT_WORDS_DEFAULT } from '../../shared/template/template.js';

/**
 * The cover form edits text boxes; storage wants numbers for the years and
 * an ISO date. This module converts between the two and says, in words,
 * what is wrong with a field while the user is still typing.
 */

/** Every field as the form holds it; the logo is its data URL, '' when there is none. */
export type CoverFormValues = { [K in keyof CoverFields]-?: string };
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
    date: isoToUkDate(cover.date),
    version: cover.version,
    owner: cover.owner,
    approvingBody: cover.approvingBody,
    logo: cover.logo ?? '',
  };
}

/*
 * The date is typed and shown as day/month/year whatever the browser's language: a date input follows the
 * browser's locale, which shows 03/12/2026 for 12 March to someone whose browser is set to US English.
 */

/** "2025-04-01" as "01/04/2025"; anything else is shown as it is. */
export function isoToUkDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : iso;
}

/** A typed date as ISO: day/month/year with /, - or . between (1/4/2025), or ISO itself; '' when empty; null when not a real date. */
export function ukDateToIso(typed: string): string | null {
  const text = typed.trim();
  if (text === '') return '';
  const uk = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  const iso = uk ? `${uk[3]}-${uk[2]?.padStart(2, '0')}-${uk[1]?.padStart(2, '0')}` : text;
  return /^\d{4}-\d{2}-\d{2}$/.test(iso) && coverFieldsSchema.shape.date.safeParse(iso).success ? iso : null;
}

/** The title-page field a completeness finding is about, from its rule id (`cover.<element>`), so a click on it can focus that field. */
export function coverFieldOfRule(rule: string): Exclude<keyof CoverFields, 'logo'> | null {
  const element = rule.startsWith('cover.') ? rule.slice('cover.'.length) : null;
  switch (element) {
    case 'council': return 'council';
    case 'title': return 'title';
    case 'period': return 'periodStart';
    case 'period-order': return 'periodEnd';
    case 'date-or-version': return 'date';
    case 'owner': return 'owner';
    case 'approving-body': return 'approvingBody';
    default: return null;
  }
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

/** `documentKind`: what the draft's pack calls the document ("strategy", "plan"), for the messages. */
export function checkCoverForm(values: CoverFormValues, documentKind: string = DOCUMENT_WORDS_DEFAULT.documentKind): CoverFormCheck {
  const errors: CoverFieldErrors = {};
  const start = parseYear(values.periodStart, 'start year');
  const end = parseYear(values.periodEnd, 'end year');
  if (!start.ok) errors.periodStart = start.message;
  if (!end.ok) errors.periodEnd = end.message;
  if (start.ok && end.ok && start.year !== null && end.year !== null && end.year <= start.year) {
    errors.periodEnd = `The end year must be after the start year (${start.year}). A ${documentKind} usually runs for three to five years, for example ${start.year}–${start.year + 3}.`;
  }
  const date = ukDateToIso(values.date);
  if (date === null) errors.date = 'Enter the date as day, month and year, for example 01/04/2025.';
  if (!start.ok || !end.ok || date === null) return { cover: null, errors };

  const candidate: CoverFields = {
    council: values.council,
    title: values.title,
    periodStart: start.year,
    periodEnd: end.year,
    date,
    version: values.version,
    owner: values.owner,
    approvingBody: values.approvingBody,
    // No logo is stored as no field at all, the same as a cover saved before logos existed.
    ...(values.logo === '' ? {} : { logo: values.logo }),
  };
  const parsed = coverFieldsSchema.safeParse(candidate);
  if (parsed.success) return { cover: parsed.data, errors };
  for (const issue of parsed.error.issues) {
    const field = issue.path[0] as keyof CoverFields;
    errors[field] ??= field === 'logo' ? LOGO_NOT_SAVED : issue.code === 'too_big' ? 'This is too long: keep it under 300 characters.' : 'This value cannot be saved.';
  }
  return { cover: null, errors };
}

/** Why the cover is not being saved, for the status line. */
export function heldReason(errors: CoverFieldErrors): string {
  return errors.periodStart !== undefined || errors.periodEnd !== undefined
    ? 'check the period years on the title page'
    : 'check the highlighted fields on the title page';
}

/* ---- The optional logo: checked in two steps, so a huge file is refused before it is read. ---- */

export const LOGO_ACCEPT = '.png,.jpg,.jpeg,image/png,image/jpeg';
const LOGO_FILE_NAME = /\.(png|jpe?g)$/i;
const LOGO_NOT_SAVED = 'This logo cannot be saved. Remove it and choose a PNG or JPEG image of 1 MB or less.';

/** What is wrong with the chosen file from its name and size alone, or null when it is worth reading. */
export function logoFileProblem(file: { name: string; size: number }): string | null {
  if (!LOGO_FILE_NAME.test(file.name)) return 'Choose a PNG or JPEG image (a file ending .png, .jpg or .jpeg).';
  if (file.size === 0) return 'That file is empty. Choose the logo image again.';
  if (file.size > MAX_LOGO_BYTES) return `The logo is too large (${(file.size / 1_000_000).toFixed(1)} MB). Choose an image of 1 MB or less.`;
  return null;
}

export type LogoRead = { ok: true; dataUrl: string } | { ok: false; message: string };

/**
 * The file's bytes as the data URL the cover stores. The type comes from the
 * bytes, not the file name, so a JPEG saved as ".png" still works and a
 * renamed document is refused.
 */
export function logoFromBytes(bytes: Uint8Array): LogoRead {
  if (bytes.length > MAX_LOGO_BYTES) return { ok: false, message: 'The logo is too large. Choose an image of 1 MB or less.' };
  const type = logoTypeOf(bytes);
  if (type === null) return { ok: false, message: 'That file is not a PNG or JPEG image, whatever its name says. Save the logo as PNG or JPEG and choose it again.' };
  return { ok: true, dataUrl: `data:${LOGO_MIME_TYPES[type]};base64,${bytesToBase64(bytes)}` };
}
