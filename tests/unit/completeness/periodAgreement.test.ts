import { describe, expect, it } from 'vitest';
import { periodAgreementRule } from '../../../shared/completeness/documentRules/periodAgreement.js';
import { compileRules } from '../../../shared/completeness/registry.js';
import { emptyCover, type CoverFields } from '../../../shared/model/draft.js';
import { paras } from './fixtures/build.js';
import { runDocumentRule } from './fixtures/runDocumentRule.js';
import { templateWith, testTemplate } from './fixtures/template.js';

/** The years the text gives the strategy agree with the title page's period. */

const rule = periodAgreementRule({ subject: ['\\b(?:this|our) plan\\b'] });
const template = templateWith('introduction', 'monitoring');
const cover = (periodStart: number | null, periodEnd: number | null): CoverFields => ({ ...emptyCover(), periodStart, periodEnd });

describe('the period in the text and on the title page', () => {
  it('warns where the text gives this document other years than the title page', () => {
    const findings = runDocumentRule(rule, template, { introduction: paras('This plan runs from 2021 to 2024 and is reviewed each year.') }, cover(2025, 2028));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'warning', rule: 'period-agreement', section: 'introduction' });
    expect(findings[0]?.message).toContain('2021 to 2024');
    expect(findings[0]?.message).toContain('2025 to 2028');
  });

  it('reads a short end year, and is quiet when the years agree', () => {
    expect(runDocumentRule(rule, template, { introduction: paras('Our plan for 2025-28 has four themes.') }, cover(2025, 2028))).toEqual([]);
    expect(runDocumentRule(rule, template, { introduction: paras('Our plan for 2025-27 has four themes.') }, cover(2025, 2028))).toHaveLength(1);
  });

  it('leaves the years of the strategy this one replaces, and still warns about this one’s in the same paragraph', () => {
    expect(runDocumentRule(rule, template, { introduction: paras('This plan covers 2025 to 2028. It replaces our plan 2021–2024.') }, cover(2025, 2028))).toEqual([]);
    expect(runDocumentRule(rule, template, { introduction: paras('It builds on our plan for 2021 to 2024.') }, cover(2025, 2028))).toEqual([]);
    expect(runDocumentRule(rule, template, { introduction: paras('It replaces an older one. Our plan runs from 2021 to 2024.') }, cover(2025, 2028))).toHaveLength(1);
  });

  it('leaves years that follow another document’s name after this one’s', () => {
    expect(runDocumentRule(rule, template, { introduction: paras('This plan is written to sit beside the Health and Wellbeing Strategy 2022 to 2025.') }, cover(2025, 2028))).toEqual([]);
    expect(runDocumentRule(rule, template, { introduction: paras('This plan, agreed with our partners, runs from 2022 to 2025.') }, cover(2025, 2028))).toHaveLength(1);
  });

  it('reads a span given with its months, whose closing year may differ from the title page’s', () => {
    expect(runDocumentRule(rule, template, { introduction: paras('This plan applies for the five years from April 2025 to March 2030.') }, cover(2025, 2028))).toHaveLength(1);
    expect(runDocumentRule(rule, template, { introduction: paras('This plan applies for the three years from April 2025 to March 2028.') }, cover(2025, 2028))).toEqual([]);
  });

  it('reads the years an action plan is headed with, as the pack names the action plan among this document’s parts', () => {
    const withPack = compileRules(testTemplate).document.find((run) => run.rule.id === 'period-agreement')?.rule;
    if (!withPack) throw new Error('the England pack lists period-agreement');
    expect(runDocumentRule(withPack, template, { monitoring: paras('7. Action plan 2026 to 2027') }, cover(2026, 2029))).toHaveLength(1);
    expect(runDocumentRule(withPack, template, { monitoring: paras('Action plan 2026 to 2029') }, cover(2026, 2029))).toEqual([]);
  });

  it('reads years further on in the sentence when words of duration lead to them, and not other years there', () => {
    const long = 'This plan sets out how the council and every one of its partners will meet their duties to children in care and young people leaving care over the next two years (2025 – 2027).';
    expect(runDocumentRule(rule, template, { introduction: paras(long) }, cover(2025, 2028))).toHaveLength(1);
    const otherYears = 'This plan sets out how the council and every one of its partners will meet their duties to children in care and young people leaving care, in line with the Council Plan 2022 – 2026.';
    expect(runDocumentRule(rule, template, { introduction: paras(otherYears) }, cover(2025, 2028))).toEqual([]);
  });

  it("leaves other documents' years, a financial year and a title page with no period alone", () => {
    expect(runDocumentRule(rule, template, { introduction: paras('The Council Plan 2019-2023 sets the wider aims.') }, cover(2025, 2028))).toEqual([]);
    expect(runDocumentRule(rule, template, { monitoring: paras('This plan builds on what we learnt in 2023/24.') }, cover(2025, 2028))).toEqual([]);
    expect(runDocumentRule(rule, template, { introduction: paras('This plan runs from 2021 to 2024.') }, cover(null, null))).toEqual([]);
  });

  it('is listed in the England pack without problems', () => {
    expect(compileRules(testTemplate).documentProblems).toEqual([]);
    expect(compileRules(testTemplate).document.some((run) => run.rule.id === 'period-agreement')).toBe(true);
  });
});
