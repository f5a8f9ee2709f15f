import { describe, expect, it } from 'vitest';
import { checkDraft, type Finding } from '../../../shared/completeness/index.js';
import { docFromJSON } from '../../../shared/model/docJson.js';
import type { NodeJSON } from '../../../shared/model/draft.js';
import { doc, h, p, paras, table, ul } from './fixtures/build.js';
import { draftWith } from './fixtures/run.js';
import { testTemplate } from './fixtures/template.js';

/** The figures the undated-figure rule flags in a local-context section, as the text it highlights. */
function flagged(json: NodeJSON): string[] {
  const parsed = docFromJSON(json);
  if (!parsed.ok) throw new Error(parsed.message);
  return checkDraft(draftWith('local-context', json), testTemplate)
    .findings.filter((finding: Finding) => finding.rule === 'undated-figure' && finding.section === 'local-context')
    .map((finding) => (finding.location ? parsed.doc.textBetween(finding.location.from, finding.location.to) : ''));
}

describe('undated figures: paragraph numbers', () => {
  it('does not read a paragraph number as a count of children', () => {
    expect(flagged(paras('2.3 Children in care deserve the same chances as any other child.', '4.10 Care leavers told us what mattered to them.'))).toEqual([]);
  });
  it('still flags a real count that opens a paragraph, or a share with a decimal point', () => {
    expect(flagged(paras('31 children moved placement more than twice.', '12.5% of our foster carers are new.'))).toEqual(['31 children', '12.5%']);
  });
});

describe('undated figures: dated by what the reader has just read', () => {
  it('accepts a figure dated by the sentence or paragraph just before it', () => {
    expect(flagged(paras('On 31 March 2023 we cared for 150 children.', 'Of these, 20 (13%) lived with relatives.'))).toEqual([]);
    expect(flagged(paras('The 2022 return is our latest. It shows we had 9 more care leavers than the year before. Most of them, 80%, were in work.'))).toEqual([]);
  });
  it('accepts a figure under a dated caption or table title', () => {
    expect(flagged(doc(p('Where our children live (June 2022)'), p('Most of them, 70%, live with foster families.'), p('A few, 4%, live in residential homes.')))).toEqual([]);
    expect(flagged(doc(p('Figures from the 2021 census of placements:'), table('plain', [['Placement', 'Share'], ['Foster families', '72%']])))).toEqual([]);
  });
  it('accepts a list dated by its lead-in or by a caption straight after it', () => {
    expect(flagged(doc(p('Our survey of young people last autumn found:'), ul('61% feel listened to', '35% want more help with money')))).toEqual([]);
    expect(flagged(doc(p('Of our care leavers:'), ul('48% are in work or study', '11% are at college'), p('Local figures September 2021')))).toEqual([]);
  });
  it('still flags a list neither its lead-in nor a caption dates, even when a later list is dated', () => {
    const json = doc(p('Across the country:'), ul('About 30% of rough sleepers grew up in care'), p('In our area:'), ul('52% are in work or study'), p('Local figures September 2021'));
    expect(flagged(json)).toEqual(['30%']);
  });
  it('still flags a figure whose only nearby year names an Act', () => {
    expect(flagged(paras('Under the Children Act 1989 we look after 300 children.'))).toEqual(['300 children']);
    expect(flagged(paras('The Children and Social Work Act 2017 sets out seven principles.', 'We look after 300 children.'))).toEqual(['300 children']);
  });
  it('does not date a figure by a caption over another passage', () => {
    expect(flagged(doc(p('Where our children live (June 2022)'), p('Most live nearby.'), h('Education'), p('Only 18% of our children reached the expected standard.')))).toEqual(['18%']);
  });
});

describe('undated figures: short dates, financial years and sources', () => {
  it('accepts financial years and abbreviated dates', () => {
    expect(flagged(paras('In 2022-23, 64 children left care.', 'In 22/23, 64 children left care.', 'Placement moves fell to 9% (Sept 22).'))).toEqual([]);
  });
  it('does not take a rate per 10,000 for a financial year', () => {
    expect(flagged(paras('Our rate of 60/10,000 means about 200 children more than our neighbours.'))).toEqual(['200 children']);
  });
  it('accepts a source in brackets or a footnote marker after the sentence', () => {
    expect(flagged(paras('Nationally, 25% of care leavers are not in work or study (source: national statistics).', 'Half of them, 50%, left school early.[4]'))).toEqual([]);
  });
  it('still flags an undated figure with no source', () => {
    expect(flagged(paras('Nationally, 25% of care leavers are not in work or study.'))).toEqual(['25%']);
  });
});

describe('undated figures: requirements are not statistics', () => {
  it('leaves a requirement on members alone but flags a statistic about attendance', () => {
    expect(flagged(paras('Members must attend at least 75% of meetings.'))).toEqual([]);
    expect(flagged(paras('Members attended 75% of meetings.'))).toEqual(['75%']);
  });
});

describe('undated figures: a list after a paragraph that opens with its date', () => {
  it('takes the date of the paragraph just before the list for its items, but not of a paragraph dated only later on', () => {
    const datedFirst = doc(p('On 31 March 2026 we looked after 280 children, a rate of 60 per 10,000.'), ul('55% of them lived with foster carers.', '12% lived in children’s homes.'));
    expect(flagged(datedFirst)).toEqual([]);
    const datedLater = doc(p('Our children come from every part of the county. Since 2020 we have opened two homes.'), ul('55% of them live with foster carers.'));
    expect(flagged(datedLater)).toEqual(['55%']);
  });
});

describe('undated figures: a lead-in that breaks down the paragraph before it', () => {
  it('carries the date of the paragraph before to its list when it says "of" them or repeats their number', () => {
    const dated = p('In September 2026 we supported 96 young people leaving care.');
    expect(flagged(doc(dated, p('Of those young people:'), ul('40% lived in their own tenancy', '22% stayed with their foster carers')))).toEqual([]);
    expect(flagged(doc(dated, p('The 96 young people lived:'), ul('40% in their own tenancy')))).toEqual([]);
  });
  it('still flags a list whose lead-in starts something new, or whose paragraph before is undated', () => {
    expect(flagged(doc(p('In September 2026 we supported 96 young people leaving care.'), p('Nationally:'), ul('25% of care leavers are in work')))).toEqual(['25%']);
    expect(flagged(doc(p('We support young people leaving care in many ways.'), p('Of those young people:'), ul('40% lived in their own tenancy')))).toEqual(['40%']);
  });
});

describe('undated figures: the area’s population', () => {
  it('asks when the population was counted', () => {
    expect(flagged(paras('The borough has a population of about 310,000 people.'))).toEqual(['310,000']);
  });
  it('accepts a population given with its year or source', () => {
    expect(flagged(paras('The borough had a population of about 310,000 in the 2021 census.'))).toEqual([]);
  });
});

describe('undated figures: "now" and the sentences around it', () => {
  it('does not carry a date from the sentences around a figure said to be true now', () => {
    expect(flagged(paras('On 31 March 2024 we supported 300 care leavers. Nearly 60 care leavers are now at university.'))).toEqual(['60 care leavers']);
  });
  it('accepts a figure said to be true now under a dated heading', () => {
    expect(flagged(doc(h('Our care leavers at 31 March 2024'), p('Nearly 60 care leavers are now at university.')))).toEqual([]);
  });
  it('does not take a date that opens a later sentence as the figure’s', () => {
    expect(flagged(paras('Around 90 children live with relatives. At 30 June 2024 the council looked after 410 children.'))).toEqual(['90 children']);
    expect(flagged(paras('Around 90 children live with relatives, at 30 June 2024.'))).toEqual([]);
  });
});

describe('undated figures: a sentence that goes on counting', () => {
  it('takes its date from the passage it continues', () => {
    expect(flagged(doc(p('At 30 June 2024 the council looked after 410 children.'), table('plain', [['Where they lived', 'Number'], ['With foster carers', '250']]), p('A further 120 young people were entitled to aftercare.')))).toEqual([]);
  });
  it('carries that date to the later sentences of a paragraph that opens by continuing the count', () => {
    expect(flagged(doc(p('At 30 June 2024 the council looked after 410 children.'), p('A further 120 young people were entitled to aftercare. 30 young people stayed on with their carers.')))).toEqual([]);
    expect(flagged(doc(p('At 30 June 2024 the council looked after 410 children.'), p('Aftercare matters to us. 30 young people stay on with their carers.')))).toEqual(['30 young people']);
  });
  it('still asks for a date when nothing before it in the passage gives one', () => {
    expect(flagged(doc(p('Corporate parenting is everyone’s job.'), p('A further 120 young people were entitled to aftercare.')))).toEqual(['120 young people']);
  });
});

describe('a section that opens with its snapshot date', () => {
  it('dates the counts later paragraphs report in the past tense', () => {
    const profile = doc(
      h('Our children in numbers'),
      p('At 31 March 2025 the council looked after 240 children, a rate of 62 per 10,000.'),
      p('We were in touch with 190 care leavers. 53% were in work or study.'),
      p('Moves settled down: 8% of children had three or more homes in the year.'),
    );
    expect(flagged(profile)).toEqual([]);
  });

  it('still asks for a date for an estimate, a figure of the time of writing, and any figure when the section opens without a date', () => {
    const profile = doc(
      p('At 31 March 2025 the council looked after 240 children.'),
      p('We currently look after 31 children who came to the country alone.'),
      p('Roughly 25% of children in care had a new social worker in the year.'),
    );
    expect(flagged(profile)).toEqual(['31 children', '25%']);
    const undatedOpening = doc(p('Our children are at the heart of this strategy.'), p('We were in touch with 190 care leavers.'));
    expect(flagged(undatedOpening)).toEqual(['190 care leavers']);
  });
});
