import { describe, expect, it } from 'vitest';
import { checkDraft, type CheckInput } from '../../../shared/completeness/index.js';
import { UNSORTED } from '../../../shared/import/types.js';
import { emptyCover } from '../../../shared/model/draft.js';
import { doc, h, paras, table } from './fixtures/build.js';
import { completeCover, completeDraft } from './fixtures/completeStrategy.js';
import { draftWith } from './fixtures/run.js';
import { testTemplate } from './fixtures/template.js';

/**
 * What an import could not place waits in Unsorted, out of the exports, but
 * it is still the strategy's text: a young person's name there is as
 * public once the officer moves it, and a definition or title-page line
 * there is not missing from the document.
 */

const celebration = doc(h('Celebrating our young people'), table('plain', [['Name', 'Achievement'], ['Jordan Blake', 'Passed an apprenticeship']]));

describe('whole-document rules read the Unsorted pile', () => {
  it("flag a young person's full name in Unsorted, placed there", () => {
    const report = checkDraft(draftWith(UNSORTED, celebration), testTemplate);
    const named = report.findings.filter((finding) => finding.rule === 'young-person-named');
    expect(named).toHaveLength(1);
    expect(named[0]?.section).toBe(UNSORTED);
    expect(checkDraft(completeDraft, testTemplate).findings.filter((finding) => finding.rule === 'young-person-named')).toEqual([]);
  });

  it('flag an acronym used in Unsorted and never spelt out, there', () => {
    const report = checkDraft(draftWith(UNSORTED, paras('The QZP meets monthly to look at every plan.')), testTemplate);
    const acronyms = report.findings.filter((finding) => finding.rule.startsWith('acronym') && finding.message.includes('QZP'));
    expect(acronyms.map((finding) => finding.section)).toEqual([UNSORTED]);
  });

  it("find a title-page line in Unsorted, and say it is there", () => {
    // Only the sections a test gives, so no other section happens to hold the line.
    const withoutOwner: CheckInput = { ...completeDraft, cover: { ...completeCover, owner: '' }, sections: [] };
    const ownerFinding = (draft: CheckInput) => checkDraft(draft, testTemplate).findings.find((finding) => finding.rule === 'cover.owner');
    expect(ownerFinding(withoutOwner)?.severity).toBe('warning');
    const found = ownerFinding(draftWith(UNSORTED, paras('Sarah Lane, Director of Family Services'), withoutOwner));
    expect(found?.severity).toBe('info');
    expect(found?.message).toContain('"Unsorted"');
  });

  it('ask for no translation of Unsorted text', () => {
    const bilingual = checkDraft({ ...draftWith(UNSORTED, paras('A note the import could not place.')), cover: { ...emptyCover(), ...completeCover } }, testTemplate);
    expect(bilingual.findings.filter((finding) => finding.section === UNSORTED && finding.rule.startsWith('translation-missing'))).toEqual([]);
  });
});
