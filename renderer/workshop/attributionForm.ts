import type { ApiClient } from '../../shared/api/client.js';
import { attributionSchema, type Attribution } from '../../shared/cowriting/attribution.js';
import { SaveChannel, type SaveState } from '../draft/saveChannel.js';

/** The attribution form as typed: every field a string, so half-finished entries are kept while the user works. */
export interface ContributorValues {
  key: string;
  name: string;
  givenBy: string;
  date: string;
  recordedBy: string;
  /** Agreed to the whole name being printed, not just the first name. */
  fullName: boolean;
}

export interface AttributionValues {
  groupName: string;
  /** The month the foreword was written, as a month field gives it ("2026-03"), or empty. */
  writtenIn: string;
  contributors: ContributorValues[];
}

export type AttributionCheck = { ok: true; attribution: Attribution } | { ok: false; reason: string };

let nextKey = 0;

export function newContributor(): ContributorValues {
  nextKey += 1;
  return { key: `contributor-${nextKey}`, name: '', givenBy: '', date: '', recordedBy: '', fullName: false };
}

export function attributionToValues(attribution: Attribution): AttributionValues {
  return {
    groupName: attribution.groupName,
    writtenIn: attribution.writtenIn ?? '',
    contributors: attribution.contributors.map((contributor) => ({
      ...newContributor(),
      name: contributor.name,
      givenBy: contributor.consent?.givenBy ?? '',
      date: contributor.consent?.date ?? '',
      recordedBy: contributor.consent?.recordedBy ?? '',
      fullName: contributor.consent?.fullName === true,
    })),
  };
}

/**
 * What can be saved from the form. A row with no name is ignored (the
 * user has just added it); a consent record is all or nothing, so a
 * half-filled one holds saving with a reason rather than saving a record
 * nobody could rely on.
 */
export function checkAttribution(values: AttributionValues): AttributionCheck {
  const contributors = [];
  for (const row of values.contributors) {
    const name = row.name.trim();
    const consent = [row.givenBy.trim(), row.date.trim(), row.recordedBy.trim()];
    if (name === '') {
      if (consent.some((field) => field !== '')) return { ok: false, reason: 'a consent record has no name beside it' };
      continue;
    }
    const filled = consent.filter((field) => field !== '').length;
    if (filled > 0 && filled < 3) return { ok: false, reason: `the consent record for ${name} is not finished` };
    const record = { givenBy: consent[0] as string, date: consent[1] as string, recordedBy: consent[2] as string, ...(row.fullName ? { fullName: true } : {}) };
    contributors.push({ name, consent: filled === 3 ? record : null });
  }
  const writtenIn = values.writtenIn.trim();
  const parsed = attributionSchema.safeParse({ groupName: values.groupName.trim(), contributors, ...(writtenIn === '' ? {} : { writtenIn }) });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, reason: issue?.code === 'custom' ? issue.message : 'some details are not in the right form (dates are day, month and year; the month written is month and year)' };
  }
  return { ok: true, attribution: parsed.data };
}

/** Named contributors with no consent record yet: the reminder beside the form, in plain words. */
export function missingConsent(values: AttributionValues): string[] {
  return values.contributors.filter((row) => row.name.trim() !== '' && row.givenBy.trim() === '' && row.date.trim() === '' && row.recordedBy.trim() === '').map((row) => row.name.trim());
}

/**
 * Autosave for who wrote the foreword: the same channel as sections and
 * the title page (a pause in typing, retries, no overwriting on conflict).
 */
export function attributionSaver(options: { client: ApiClient; draftId: string; revision: number; onStateChange: (state: SaveState) => void }): SaveChannel<Attribution> {
  return new SaveChannel<Attribution>({
    revision: options.revision,
    send: (attribution, baseRevision) => options.client.call('drafts.updateAttribution', { id: options.draftId, baseRevision, attribution }),
    onStateChange: options.onStateChange,
  });
}
