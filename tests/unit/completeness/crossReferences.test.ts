import { describe, expect, it } from 'vitest';
import { checkDraft, createIncrementalChecker, type CheckInput, type Finding } from '../../../shared/completeness/index.js';
import { docFromJSON } from '../../../shared/model/docJson.js';
import type { NodeJSON } from '../../../shared/model/draft.js';
import { doc, h, p } from './fixtures/build.js';
import { draftWith } from './fixtures/run.js';
import { testTemplate } from './fixtures/template.js';

/** The references flagged in the introduction, as the text each one highlights. */
function flagged(input: CheckInput, introduction: NodeJSON): string[] {
  const parsed = docFromJSON(introduction);
  if (!parsed.ok) throw new Error(parsed.message);
  return checkDraft(input, testTemplate)
    .findings.filter((finding: Finding) => finding.rule === 'cross-reference' && finding.section === 'introduction')
    .map((finding) => (finding.location ? parsed.doc.textBetween(finding.location.from, finding.location.to) : ''));
}

/** The complete draft with this introduction, and these sections replaced. */
function draft(introduction: NodeJSON, others: Record<string, NodeJSON>): CheckInput {
  return Object.entries(others).reduce((input, [id, json]) => draftWith(id, json, input), draftWith('introduction', introduction));
}

describe('cross-references to appendices the strategy labels itself', () => {
  it('resolves a reference against a heading carrying that label in another section', () => {
    const introduction = doc(p('Our promises to you are in Appendix 1, and the law we follow is in Appendix 2.'));
    const input = draft(introduction, {
      pledge: doc(h('Appendix 1 – Our promises'), p('We will listen to you.')),
      legislation: doc(h('Appendix 2: The law'), p('We follow the Children Act 1989.')),
    });
    expect(flagged(input, introduction)).toEqual([]);
  });
  it('reads a label written in words ("Appendix Two") as its number', () => {
    const introduction = doc(p('The terms of reference are in Appendix 2.'));
    expect(flagged(draft(introduction, { legislation: doc(h('Appendix Two'), p('Terms.')) }), introduction)).toEqual([]);
  });
  it('still flags an appendix no heading or printed number gives', () => {
    const introduction = doc(p('Our promises are in Appendix 1; the contacts are in Appendix 7.'));
    const input = draft(introduction, { pledge: doc(h('Appendix 1 – Our promises'), p('We will listen to you.')) });
    expect(flagged(input, introduction)).toEqual(['Appendix 7']);
  });
  it('does not take a sentence mentioning an appendix for a label', () => {
    const introduction = doc(p('See Appendix 5 for the action plan.'));
    const input = draft(introduction, { pledge: doc(p('Appendix 5 will list our actions once agreed.')) });
    expect(flagged(input, introduction)).toEqual(['Appendix 5']);
  });
  it('follows a label added to another section while the check runs live', () => {
    const introduction = doc(p('Our promises are in Appendix 1.'));
    const checker = createIncrementalChecker(testTemplate);
    const references = (input: CheckInput) => checker.update(input).findings.filter((finding) => finding.rule === 'cross-reference' && finding.section === 'introduction');
    expect(references(draft(introduction, { pledge: doc(h('Our promises'), p('We will listen to you.')) }))).toHaveLength(1);
    expect(references(draft(introduction, { pledge: doc(h('Appendix 1 – Our promises'), p('We will listen to you.')) }))).toHaveLength(0);
  });
});
