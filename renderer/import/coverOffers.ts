import type { ImportCover, ImportedCoverField } from '../../shared/import/types.js';
import type { CoverFields } from '../../shared/model/draft.js';
import { titleFieldLabel } from '../../shared/template/documentWords.js';
import type { DocumentWords } from '../../shared/template/template.js';
import { DRAFT } from '../app/accessibleNames.js';
import { checkCoverForm, isoToUkDate, type CoverFieldErrors, type CoverFormValues } from '../draft/coverForm.js';

/**
 * The title page an import found, as the review screen offers it: for a new
 * draft, every field to check and correct; for an open draft, each field the
 * file states that differs from the draft's, to tick and edit. Values are the
 * cover form's text (years as digits, the date as day/month/year), so the
 * messages are the ones the title page itself gives.
 */

/** The fields in the title page's own order. */
export const IMPORTED_COVER_FIELDS: readonly ImportedCoverField[] = ['council', 'title', 'periodStart', 'periodEnd', 'date', 'version', 'owner', 'approvingBody'];

/** Each field's label, in the pack's words where it has its own ("Council", "Plan title"). */
export function coverFieldLabels(words?: DocumentWords): Record<ImportedCoverField, string> {
  return { ...DRAFT.cover, ...(words === undefined ? {} : { council: words.organisation, title: titleFieldLabel(words) }) };
}

/** What the file states, as form text; a field it did not state is ''. */
export function foundCoverValues(cover: ImportCover): Record<ImportedCoverField, string> {
  return {
    council: cover.council.trim(),
    title: cover.title.trim(),
    periodStart: cover.periodStart === null ? '' : String(cover.periodStart),
    periodEnd: cover.periodEnd === null ? '' : String(cover.periodEnd),
    date: isoToUkDate((cover.date ?? '').trim()),
    version: (cover.version ?? '').trim(),
    owner: (cover.owner ?? '').trim(),
    approvingBody: (cover.approvingBody ?? '').trim(),
  };
}

/** The title page of a new draft as reviewed: every field, the logo empty. */
export function newDraftCoverValues(cover: ImportCover): CoverFormValues {
  return { ...foundCoverValues(cover), logo: '' };
}

/**
 * The reviewed title page of a new draft as the import stores it, or the
 * problems to show beside their fields while a field cannot be stored.
 */
export function checkNewDraftCover(values: CoverFormValues, documentKind?: string): { cover: ImportCover | null; problems: CoverFieldErrors } {
  const check = checkCoverForm({ ...values, logo: '' }, documentKind);
  if (check.cover === null) return { cover: null, problems: check.errors };
  const { council, title, periodStart, periodEnd, date, version, owner, approvingBody } = check.cover;
  return { cover: { council, title, periodStart, periodEnd, date, version, owner, approvingBody }, problems: {} };
}

/** One field of an open draft's title page the file states differently, with what the draft has now ('' when nothing). */
export interface CoverOffer {
  field: ImportedCoverField;
  label: string;
  found: string;
  current: string;
}

/** Whether the officer takes the file's value for a field, and the value as they may have corrected it. */
export interface CoverOfferChoice {
  use: boolean;
  value: string;
}

/** The fields the file states that the draft does not already say the same way, in the title page's order. */
export function coverOffers(found: ImportCover, current: CoverFormValues, labels: Record<ImportedCoverField, string>): CoverOffer[] {
  const values = foundCoverValues(found);
  return IMPORTED_COVER_FIELDS.flatMap((field) => {
    const now = current[field].trim();
    return values[field] === '' || values[field] === now ? [] : [{ field, label: labels[field], found: values[field], current: now }];
  });
}

/**
 * Fields that describe the file's own edition rather than the council: last
 * year's period, date and version are rarely this draft's, so they are
 * offered but not ticked, even where the draft has none yet.
 */
export function describesEdition(field: ImportedCoverField): boolean {
  return field === 'periodStart' || field === 'periodEnd' || field === 'date' || field === 'version';
}

/** A field the draft leaves empty is filled by default unless it describes the file's edition; one the draft already has is kept unless the officer ticks it. */
export function defaultCoverChoice(offer: CoverOffer): CoverOfferChoice {
  return { use: offer.current === '' && !describesEdition(offer.field), value: offer.found };
}

/**
 * The fields an open draft's title page takes from the import (in stored
 * form), or why a ticked field cannot be stored, by field. Checked together
 * with the draft's other fields, so a year that would run backwards from the
 * draft's own start is caught here.
 */
export function chosenCoverFields(
  offers: readonly CoverOffer[],
  choices: Readonly<Partial<Record<ImportedCoverField, CoverOfferChoice>>>,
  current: CoverFormValues,
  documentKind?: string,
): { fields: Partial<Omit<CoverFields, 'logo'>>; problems: CoverFieldErrors } {
  const chosen = offers.flatMap((offer) => {
    const choice = choices[offer.field] ?? defaultCoverChoice(offer);
    return choice.use ? [{ field: offer.field, value: choice.value.trim() }] : [];
  });
  const problems: CoverFieldErrors = {};
  for (const { field, value } of chosen) if (value === '') problems[field] = 'Type what to use, or untick it to keep the draft’s own.';
  const check = checkCoverForm({ ...current, ...Object.fromEntries(chosen.map(({ field, value }) => [field, value])) }, documentKind);
  for (const { field } of chosen) {
    const error = check.errors[field] ?? (field === 'periodStart' ? check.errors.periodEnd : undefined);
    // The end year running backwards still saves on the title page; here it is refused, so a wrong year is never imported unseen.
    if (error !== undefined) problems[field] ??= error;
  }
  if (Object.keys(problems).length > 0 || check.cover === null) return { fields: {}, problems };
  const stored = check.cover;
  return { fields: Object.fromEntries(chosen.map(({ field }) => [field, stored[field]])), problems };
}
