import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../shared/completeness/index.js';
import { createIncrementalChecker } from '../../../shared/completeness/incremental.js';
import { doc, h, p, paras, ul } from './fixtures/build.js';
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

describe('a group described by the name the strategy gives it elsewhere', () => {
  const participation = paras('Ember Crowd meets every other Tuesday and Far Shore meets monthly; two members of each sit on the Board, and we write back after every meeting to say what changed.');
  const cicc = (report: ReturnType<typeof checkDraft>) => report.findings.find((finding) => finding.rule === 'participation.children-in-care-council');
  const leavers = (report: ReturnType<typeof checkDraft>) => report.findings.find((finding) => finding.rule === 'participation.care-leavers-group');

  it('takes the names another section defines ("X, our Children in Care Council", "our care leavers’ group is called Y") as the bodies described here', () => {
    const foreword = paras('We are Ember Crowd, Dunmere’s Children in Care Council. Our care leavers’ group is called Far Shore, and they helped too.');
    const report = checkDraft(draftWith('participation', participation, draftWith('foreword-young-people', foreword)), testTemplate);
    expect(cicc(report)?.severity).toBe('info');
    expect(leavers(report)?.severity).toBe('info');
  });

  it('still asks when no section says what the names are, or the name is only words in a sentence', () => {
    const foreword = paras('We are young people who meet every month and we helped write this.');
    const report = checkDraft(draftWith('participation', participation, draftWith('foreword-young-people', foreword)), testTemplate);
    expect(cicc(report)?.severity).toBe('warning');
    expect(leavers(report)?.severity).toBe('warning');
    const lowerCase = checkDraft(draftWith('participation', paras('We are still here for every young person, and we write back to say what changed.'), draftWith('foreword-young-people', paras('Our care leavers’ group is called Still Here.'))), testTemplate);
    expect(leavers(lowerCase)?.severity).toBe('warning');
  });

  it('knows a care leavers’ group described as a section of a group, or as being for care leavers', () => {
    expect(failed(runRule('participation', paras('The Harbour Group is for care leavers aged 18 to 25 and meets monthly.')))).not.toContain('care-leavers-group');
    expect(failed(runRule('participation', paras('It has a care leavers’ section, which meets online.')))).not.toContain('care-leavers-group');
    expect(failed(runRule('participation', paras('A group of looked after young people delivers the training.')))).toEqual(expect.arrayContaining(['children-in-care-council', 'care-leavers-group']));
  });

  it('knows a group that takes in care leavers, or the forum care leavers meet through, and not care leavers merely mentioned', () => {
    expect(failed(runRule('participation', paras('Speak Out takes in young people who have left care, up to the age of 24.')))).not.toContain('care-leavers-group');
    expect(failed(runRule('participation', paras('Care leavers meet through the Next Chapter Forum every month.')))).not.toContain('care-leavers-group');
    expect(failed(runRule('participation', paras('We asked care leavers what they thought of the new flats, and most liked them.')))).toContain('care-leavers-group');
  });
});

describe('the police named by the force', () => {
  it('takes a constabulary for the police, and still asks when no force is named', () => {
    const roles = (text: string) => failed(runRule('roles', paras('Every councillor is a corporate parent.', text)));
    expect(roles('Northmoor Constabulary signed the protocol on reducing the criminalisation of children in care.')).not.toContain('police');
    expect(roles('The fire service visits our children’s homes.')).toContain('police');
  });
});

describe('who is looked after, explained by how a child comes into care', () => {
  it('takes care by agreement with the parents or by a court order as the explanation, and still asks when neither is said', () => {
    const intro = (text: string) => failed(runRule('introduction', paras(text)));
    expect(intro('When a child cannot live safely at home, the council may care for them, by agreement with their parents or through a court order.')).not.toContain('looked-after-child');
    expect(intro('The council cares for some children under section 20, with the agreement of their parents.')).not.toContain('looked-after-child');
    expect(intro('This strategy sets out what the council and its partners will do over the next three years.')).toContain('looked-after-child');
  });
});

describe('a pledge theme set out under its own heading in another section', () => {
  const themeFinding = (participation: ReturnType<typeof doc>) =>
    checkDraft(draftWith('participation', participation, draftWith('pledge', doc(h('Your home'), ul('We will find you a home near your school.')))), testTemplate).findings.find((finding) => finding.rule === 'pledge.theme-voice');

  it('is advice saying where when a heading names the theme and promises follow it', () => {
    expect(themeFinding(doc(h('Having your say'), ul('We will listen to you and act on what you tell us.')))?.severity).toBe('info');
  });

  it('is still reported when the heading has no promises under it', () => {
    expect(themeFinding(doc(h('Having your say'), p('Young people told us about this in 2024.')))?.severity).toBe('warning');
  });
});
