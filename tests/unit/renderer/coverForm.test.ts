import { describe, expect, it } from 'vitest';
import { emptyCover } from '../../../shared/model/draft.js';
import { checkCoverForm, coverFieldOfRule, coverToFormValues, heldReason, isoToUkDate, ukDateToIso, type CoverFormValues } from '../../../renderer/draft/coverForm.js';

const values = (overrides: Partial<CoverFormValues>): CoverFormValues => ({ ...coverToFormValues(emptyCover()), ...overrides });

describe('checkCoverForm', () => {
  it('turns a complete form into cover fields with numeric years', () => {
    const check = checkCoverForm(
      values({ council: 'Exampleshire', title: 'Our promise', periodStart: '2025', periodEnd: ' 2028 ', date: '2025-04-01', approvingBody: 'Full Council' }),
    );
    expect(check.errors).toEqual({});
    expect(check.cover).toMatchObject({ council: 'Exampleshire', periodStart: 2025, periodEnd: 2028, date: '2025-04-01', approvingBody: 'Full Council' });
  });

  it('lets every field stay blank while drafting', () => {
    expect(checkCoverForm(values({}))).toEqual({ cover: emptyCover(), errors: {} });
  });

  it('explains an end year that is not after the start year, but still allows saving', () => {
    const check = checkCoverForm(values({ periodStart: '2025', periodEnd: '2024' }));
    expect(check.errors.periodEnd).toMatch(/end year must be after the start year \(2025\)/);
    expect(check.cover).toMatchObject({ periodStart: 2025, periodEnd: 2024 });
  });

  it('holds back a half-typed or out-of-range year with a helpful message', () => {
    const partial = checkCoverForm(values({ periodStart: '202' }));
    expect(partial.cover).toBeNull();
    expect(partial.errors.periodStart).toBe('Enter the start year as four digits, for example 2025.');
    expect(heldReason(partial.errors)).toBe('check the period years on the title page');
    const tooEarly = checkCoverForm(values({ periodEnd: '1850' }));
    expect(tooEarly.cover).toBeNull();
    expect(tooEarly.errors.periodEnd).toMatch(/between 1900 and 2200/);
  });

  it('rejects a date that is not a real calendar date', () => {
    for (const date of ['2025-02-30', '30/02/2025', '12/13/2025', 'next Tuesday']) {
      const check = checkCoverForm(values({ date }));
      expect(check.cover, date).toBeNull();
      expect(check.errors.date, date).toMatch(/day, month and year/);
    }
  });

  it('reads the date as day/month/year whatever the browser’s language, and shows it that way', () => {
    expect(checkCoverForm(values({ date: '12/03/2026' })).cover?.date).toBe('2026-03-12');
    expect(checkCoverForm(values({ date: ' 1.4.2025 ' })).cover?.date).toBe('2025-04-01');
    expect(checkCoverForm(values({ date: '2026-03-12' })).cover?.date).toBe('2026-03-12');
    expect(checkCoverForm(values({ date: '' })).cover?.date).toBe('');
    expect(isoToUkDate('2026-03-12')).toBe('12/03/2026');
    expect(coverToFormValues({ ...emptyCover(), date: '2026-03-12' }).date).toBe('12/03/2026');
    expect(ukDateToIso(isoToUkDate('2024-02-29'))).toBe('2024-02-29');
  });

  it('knows which field a title-page finding is about', () => {
    expect(coverFieldOfRule('cover.approving-body')).toBe('approvingBody');
    expect(coverFieldOfRule('cover.date-or-version')).toBe('date');
    expect(coverFieldOfRule('cover.period-order')).toBe('periodEnd');
    expect(coverFieldOfRule('cover.missing')).toBeNull();
    expect(coverFieldOfRule('vision.values')).toBeNull();
  });

  it('reports over-long text against its field', () => {
    const check = checkCoverForm(values({ owner: 'x'.repeat(301) }));
    expect(check.cover).toBeNull();
    expect(check.errors.owner).toMatch(/too long/);
  });

  it('round-trips stored cover fields into the form', () => {
    const cover = { ...emptyCover(), periodStart: 2025, periodEnd: 2028, version: '1.0' };
    expect(checkCoverForm(coverToFormValues(cover)).cover).toEqual(cover);
  });
});
