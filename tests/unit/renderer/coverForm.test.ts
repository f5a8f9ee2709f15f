import { describe, expect, it } from 'vitest';
import { emptyCover } from '../../../shared/model/draft.js';
import { checkCoverForm, coverToFormValues, heldReason, type CoverFormValues } from '../../../renderer/draft/coverForm.js';

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
    const check = checkCoverForm(values({ date: '2025-02-30' }));
    expect(check.cover).toBeNull();
    expect(check.errors.date).toMatch(/full date/);
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
