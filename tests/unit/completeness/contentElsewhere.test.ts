import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../shared/completeness/index.js';
import { createIncrementalChecker } from '../../../shared/completeness/incremental.js';
import { h, p, paras } from './fixtures/build.js';
import { draftWith, failed, runRule } from './fixtures/run.js';
import { testTemplate } from './fixtures/template.js';

/**
 * A detail a section asks for may sit where readers look for it instead:
 * who chairs the Board and to whom it reports are often only in the terms
 * of reference. The pack's rules say which other sections count.
 */

const governance = paras('Our Corporate Parenting Board meets every two months and brings together councillors and partners.');
const termsWithChairAndReporting = { 'board-tor': paras('The Lead Member for children chairs each meeting.', 'Once a year the Board writes an annual report, which is presented to Cabinet.') };

describe('governance details found in the terms of reference', () => {
  it('does not call the chair or the reporting line missing when the terms of reference give them', () => {
    const missing = failed(runRule('governance', governance, { others: termsWithChairAndReporting }));
    expect(missing).not.toContain('chair');
    expect(missing).not.toContain('accountability');
  });

  it('still reports both when neither the section nor the terms of reference say them', () => {
    const silentTerms = { 'board-tor': paras('Members receive papers a week before each meeting.') };
    const missing = failed(runRule('governance', governance, { others: silentTerms }));
    expect(missing).toEqual(expect.arrayContaining(['chair', 'accountability']));
    expect(failed(runRule('governance', governance))).toEqual(expect.arrayContaining(['chair', 'accountability']));
  });

  it('reads a stated accountability to the council as a reporting line, and not accountability to children', () => {
    expect(failed(runRule('governance', paras('The Corporate Parenting Board has formal accountabilities to the County Council.')))).not.toContain('accountability');
    expect(failed(runRule('governance', paras('Every member of the Corporate Parenting Board is a parent to our children.')))).toContain('accountability');
  });

  it('re-checks the governance section when only the terms of reference change', () => {
    const checker = createIncrementalChecker(testTemplate);
    const withGovernance = draftWith('governance', governance);
    const chairFinding = (report: ReturnType<typeof checkDraft>) => report.findings.some((finding) => finding.rule === 'governance.chair');
    expect(chairFinding(checker.update(draftWith('board-tor', paras('Members receive papers a week before each meeting.'), withGovernance)))).toBe(true);
    expect(chairFinding(checker.update(draftWith('board-tor', { type: 'doc', content: [h('Chair'), p('The Lead Member chairs the Board.')] }, withGovernance)))).toBe(false);
  });

  it('knows a board named with a qualifier or as a working party for corporate parenting, and still asks when none is named', () => {
    expect(failed(runRule('governance', paras('The Corporate Parenting Steering Group meets each term.')))).not.toContain('board-name');
    expect(failed(runRule('governance', paras('A working party for children in care and corporate parenting meets each term.')))).not.toContain('board-name');
    expect(failed(runRule('governance', paras('Officers meet each term to look at progress.')))).toContain('board-name');
  });
});
