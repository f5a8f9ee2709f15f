import { describe, expect, it } from 'vitest';
import { coverToFormValues } from '../../../renderer/draft/coverForm.js';
import { checkNewDraftCover, chosenCoverFields, coverFieldLabels, coverOffers, defaultCoverChoice, newDraftCoverValues } from '../../../renderer/import/coverOffers.js';
import type { ImportCover } from '../../../shared/import/types.js';
import { emptyCover } from '../../../shared/model/draft.js';
import { DOCUMENT_WORDS_DEFAULT } from '../../../shared/template/template.js';

/** A title page as import reads it: owner, version, date and approving body from its own lines. */
const FOUND: ImportCover = {
  council: 'Testshire County Council',
  title: 'Looking After Our Children 2022 to 2025',
  periodStart: 2022,
  periodEnd: 2025,
  date: '2022-03-26',
  version: '2.1',
  owner: 'Director of People',
  approvingBody: 'Full Council',
};

const LABELS = coverFieldLabels();

/** An open draft that has its own council, title and period, a different owner, and no version, date or approving body yet. */
const DRAFT_COVER = coverToFormValues({ ...emptyCover(), council: 'Testshire County Council', title: 'Our strategy 2026 to 2029', periodStart: 2026, periodEnd: 2029, owner: 'Head of Service' });

describe('the title page an import offers an open draft', () => {
  it('offers each field the file states differently, beside the draft’s, in the title page’s order', () => {
    const offers = coverOffers(FOUND, DRAFT_COVER, LABELS);
    expect(offers.map((offer) => [offer.field, offer.found, offer.current])).toEqual([
      ['title', 'Looking After Our Children 2022 to 2025', 'Our strategy 2026 to 2029'],
      ['periodStart', '2022', '2026'],
      ['periodEnd', '2025', '2029'],
      ['date', '26/03/2022', ''],
      ['version', '2.1', ''],
      ['owner', 'Director of People', 'Head of Service'],
      ['approvingBody', 'Full Council', ''],
    ]);
    expect(offers[0]?.label).toBe('Strategy title');
  });

  it('offers nothing the file does not state, or states as the draft does', () => {
    expect(coverOffers({ council: '', title: '', periodStart: null, periodEnd: null }, DRAFT_COVER, LABELS)).toEqual([]);
    expect(coverOffers({ ...FOUND, title: ' Our strategy 2026 to 2029 ', periodStart: 2026, periodEnd: 2029, owner: 'Head of Service' }, DRAFT_COVER, LABELS).map((offer) => offer.field)).toEqual([
      'date',
      'version',
      'approvingBody',
    ]);
  });

  it('fills what the draft leaves empty by default, except the file’s own period, date and version, and keeps what it already has unless ticked', () => {
    const offers = coverOffers(FOUND, DRAFT_COVER, LABELS);
    expect(Object.fromEntries(offers.map((offer) => [offer.field, defaultCoverChoice(offer).use]))).toEqual({
      title: false,
      periodStart: false,
      periodEnd: false,
      date: false,
      version: false,
      owner: false,
      approvingBody: true,
    });
    expect(chosenCoverFields(offers, {}, DRAFT_COVER)).toEqual({ fields: { approvingBody: 'Full Council' }, problems: {} });
    // A draft with no council or title yet takes the file's.
    const blank = coverOffers(FOUND, coverToFormValues(emptyCover()), LABELS);
    expect(chosenCoverFields(blank, {}, coverToFormValues(emptyCover())).fields).toEqual({
      council: 'Testshire County Council',
      title: 'Looking After Our Children 2022 to 2025',
      owner: 'Director of People',
      approvingBody: 'Full Council',
    });
  });

  it('writes exactly the ticked fields, as the officer corrected them, and none they unticked', () => {
    const offers = coverOffers(FOUND, DRAFT_COVER, LABELS);
    const chosen = chosenCoverFields(
      offers,
      {
        owner: { use: true, value: '  Director of Children and Families ' },
        version: { use: false, value: '2.1' },
        date: { use: true, value: '1/4/2026' },
      },
      DRAFT_COVER,
    );
    expect(chosen).toEqual({ fields: { date: '2026-04-01', owner: 'Director of Children and Families', approvingBody: 'Full Council' }, problems: {} });
  });

  it('refuses a ticked field it cannot store, with the title page’s own words, and writes nothing', () => {
    const offers = coverOffers(FOUND, DRAFT_COVER, LABELS);
    const refused = chosenCoverFields(offers, { date: { use: true, value: '31/02/2026' }, approvingBody: { use: true, value: '  ' } }, DRAFT_COVER);
    expect(refused.fields).toEqual({});
    expect(refused.problems).toEqual({
      date: 'Enter the date as day, month and year, for example 01/04/2025.',
      approvingBody: 'Type what to use, or untick it to keep the draft’s own.',
    });
  });

  it('refuses a period that would run backwards against the draft’s own years', () => {
    const offers = coverOffers(FOUND, DRAFT_COVER, LABELS);
    // Taking the file's end year (2025) alone would end the draft's 2026 period before it starts.
    const refused = chosenCoverFields(offers, { periodEnd: { use: true, value: '2025' } }, DRAFT_COVER);
    expect(refused.fields).toEqual({});
    expect(refused.problems.periodEnd).toMatch(/^The end year must be after the start year \(2026\)/);
    // Both years together are a period of their own.
    expect(chosenCoverFields(offers, { periodStart: { use: true, value: '2022' }, periodEnd: { use: true, value: '2025' } }, DRAFT_COVER).fields).toMatchObject({ periodStart: 2022, periodEnd: 2025 });
  });

  it('names the fields in the pack’s words', () => {
    const labels = coverFieldLabels({ ...DOCUMENT_WORDS_DEFAULT, documentKind: 'plan', organisation: 'Partnership' });
    expect([labels.council, labels.title, labels.owner]).toEqual(['Partnership', 'Plan title', 'Owner']);
  });
});

describe('the title page an import gives a new draft', () => {
  it('is every field the file stated, in the form’s text, and stores as the officer left it', () => {
    const values = newDraftCoverValues(FOUND);
    expect(values).toMatchObject({ date: '26/03/2022', periodStart: '2022', owner: 'Director of People' });
    expect(checkNewDraftCover({ ...values, owner: 'Director of Children’s Services', version: '' })).toEqual({
      cover: { ...FOUND, owner: 'Director of Children’s Services', version: '' },
      problems: {},
    });
  });

  it('refuses a year or a date it cannot store, field by field', () => {
    const checked = checkNewDraftCover({ ...newDraftCoverValues(FOUND), periodStart: '22', date: 'March 2022' });
    expect(checked.cover).toBeNull();
    expect(Object.keys(checked.problems).sort()).toEqual(['date', 'periodStart']);
  });
});
