import { describe, expect, it } from 'vitest';
import { checkDraft, type Finding } from '../../../shared/completeness/index.js';
import { docFromJSON } from '../../../shared/model/docJson.js';
import type { NodeJSON } from '../../../shared/model/draft.js';
import { doc, h, p, paras, table } from './fixtures/build.js';
import { completeDraft } from './fixtures/completeStrategy.js';
import { draftWith } from './fixtures/run.js';
import { testTemplate } from './fixtures/template.js';

/** The findings of one document rule when one section of the complete strategy is replaced. */
function findingsFor(rule: string, id: string, json: NodeJSON, extra: Partial<Parameters<typeof checkDraft>[0]> = {}): Finding[] {
  return checkDraft({ ...draftWith(id, json), ...extra }, testTemplate).findings.filter((finding) => finding.rule === rule || finding.rule.startsWith(`${rule}-`));
}

function textAt(json: NodeJSON, finding: Finding | undefined): string {
  const parsed = docFromJSON(json);
  if (!parsed.ok || !finding?.location) return '';
  return parsed.doc.textBetween(finding.location.from, finding.location.to);
}

describe('placeholders', () => {
  it('finds bracketed prompts, TBC, XX% and TODO, each with its place', () => {
    const text = paras('Welcome to [Council name]. We will open it in TBC.', 'About XX% of children TODO [insert figure].');
    const found = findingsFor('placeholder', 'introduction', text);
    expect(found.map((finding) => textAt(text, finding))).toEqual(['[Council name]', 'TBC', 'XX%', 'TODO', '[insert figure]']);
    expect(found.every((finding) => finding.severity === 'error')).toBe(true);
  });
  it('leaves reference numbers and ordinary words alone', () => {
    expect(findingsFor('placeholder', 'introduction', paras('As research shows [3], the box of extra toys helps.'))).toEqual([]);
  });
});

describe('empty headings', () => {
  it('names a heading with nothing under it, and one with no words, as left out of the exports', () => {
    const text = doc(h('Our partners'), h('Health', 3), p(''), h('Schools'), p('The Virtual School tracks every child.'), { type: 'heading', attrs: { level: 2 } });
    const found = findingsFor('empty-heading', 'roles', text);
    expect(found.map((finding) => textAt(text, finding))).toEqual(['Our partners', 'Health', '']);
    expect(found[0]?.message).toContain('"Our partners"');
    expect(found[0]?.message).toContain('left out of the Word and PDF exports');
    expect(found.every((finding) => finding.severity === 'info')).toBe(true);
  });
  it('leaves a heading whose sub-heading has text under it, and one over a table', () => {
    const text = doc(h('Our partners'), h('Health', 3), p('Designated nurses see every child.'), h('Figures'), table('plain', [['Year', 'Children'], ['2024', '204']]));
    expect(findingsFor('empty-heading', 'roles', text)).toEqual([]);
  });
});

describe('cross-references', () => {
  it('flags an appendix or section that does not exist', () => {
    const text = paras('The terms are in Appendix B; the figures are in Appendix 3. See section 24 for more.');
    expect(findingsFor('cross-reference', 'introduction', text).map((finding) => textAt(text, finding))).toEqual(['Appendix 3', 'section 24']);
  });
  it('accepts references that exist and statutory sections', () => {
    const text = paras('See Appendices A and C, and section 9 for the measures.', 'Children accommodated under section 20 are looked after.', 'This is set out in section 22 of the Children Act 1989.');
    expect(findingsFor('cross-reference', 'introduction', text)).toEqual([]);
  });
});

describe('figures without a date or source', () => {
  it('flags a count of children or a percentage with no date in its sentence', () => {
    const text = paras('We look after 204 children in care. Of these, 12% are placed out of area.');
    expect(findingsFor('undated-figure', 'introduction', text).map((finding) => textAt(text, finding))).toEqual(['204 children', '12%']);
  });
  it('accepts a dated sentence, a dated heading, a source and a promise', () => {
    const text = doc(
      p('At 31 March 2024 we looked after 204 children.'),
      h('Figures for 2023/24'),
      p('Some 40 care leavers started university.'),
      p('According to the SSDA903 return, 64% were in education.'),
      p('We will recruit 20 more foster carers.'),
      table('plain', [['Measure', 'March 2024'], ['Children in care', '210 children']]),
    );
    expect(findingsFor('undated-figure', 'introduction', text)).toEqual([]);
  });
  it('flags an undated table', () => {
    const text = doc(table('plain', [['Measure', 'Number'], ['Children in care', '210 children']]));
    expect(findingsFor('undated-figure', 'introduction', text)).toHaveLength(1);
  });
});

describe('acronyms', () => {
  it('flags an acronym never spelt out, suggesting its meaning', () => {
    const found = findingsFor('acronym', 'introduction', paras('Every child has an IRO who chairs their reviews.'));
    expect(found.map((finding) => finding.rule)).toEqual(['acronym-undefined']);
    expect(found[0]?.message).toContain('independent reviewing officer (IRO)');
  });
  it('flags one used before the section that spells it out', () => {
    const draft = draftWith('vision', paras('Our ambition is that every child has an IRO who knows them; would this be good enough for my child?'));
    const withLater = draftWith('roles', paras('An independent reviewing officer (IRO) chairs each review.'), draft);
    const found = checkDraft(withLater, testTemplate).findings.filter((finding) => finding.rule.startsWith('acronym'));
    expect(found.map((finding) => [finding.rule, finding.section])).toEqual([['acronym-before-definition', 'vision']]);
  });
  it('accepts either definition form, the glossary, well-known ones and text in capitals', () => {
    const text = paras('A personal adviser (PA) helps you. The SGO (special guardianship order) gives carers rights.', 'Your GP and the NHS, and your PEP.', 'OUR PROMISE TO EVERY CHILD');
    expect(findingsFor('acronym', 'introduction', text)).toEqual([]);
  });
});

describe('young people named in a foreword', () => {
  const foreword = paras('We are the Children in Care Council. We meet in March 2025.', 'Thank you from Jordan Blake and from Amy.');
  it('flags a full name with no consent', () => {
    const found = findingsFor('young-person-named', 'foreword-young-people', foreword);
    expect(found.map((finding) => textAt(foreword, finding))).toEqual(['Jordan Blake']);
    expect(found[0]?.severity).toBe('error');
  });
  it('accepts a name with a recorded consent', () => {
    expect(findingsFor('young-person-named', 'foreword-young-people', foreword, { consents: [{ name: 'jordan  blake' }] })).toEqual([]);
  });
});

describe('young people named: the names of groups and bodies', () => {
  it("does not take a group's or body's name for a young person's, in the foreword or elsewhere", () => {
    const foreword = paras('We are Vale Voices, and the Care Leavers Forum helped us write this.', 'Thank you from Youth Voice, the Skyline Crew and Jordan Blake.');
    expect(findingsFor('young-person-named', 'foreword-young-people', foreword).map((finding) => textAt(foreword, finding))).toEqual(['Jordan Blake']);
    const celebration = doc(h('Celebrating our young people'), table('plain', [['Name', 'Achievement'], ['Harbour Voices', 'Ran the regional conference'], ['Sam Rowe', 'Passed an apprenticeship']]));
    expect(findingsFor('young-person-named', 'participation', celebration).map((finding) => textAt(celebration, finding))).toEqual(['Sam Rowe']);
  });
});

describe('young people named anywhere else', () => {
  const celebration = doc(
    h('Celebrating our young people'),
    table('plain', [
      ['Name', 'Achievement'],
      ['Jordan Blake', 'Finished an apprenticeship in carpentry'],
      ['Amy', 'Spoke at the regional conference'],
    ]),
    p('Priya Shah, a care leaver, now mentors younger children. Sam Rowe (16) joined the youth council.'),
  );

  it('flags a full name alone in a cell under a heading about young people, or described as a young person, with no consent', () => {
    const found = findingsFor('young-person-named', 'participation', celebration);
    expect(found.map((finding) => textAt(celebration, finding))).toEqual(['Jordan Blake', 'Priya Shah', 'Sam Rowe']);
    expect(found.every((finding) => finding.severity === 'error')).toBe(true);
    expect(findingsFor('young-person-named', 'participation', celebration, { consents: [{ name: 'Jordan Blake' }, { name: 'Priya Shah' }, { name: 'Sam Rowe' }] })).toEqual([]);
  });

  it('leaves adults with their roles, names in a table about something else, and titles that only look like names', () => {
    const adults = doc(
      h('Celebrating our young people'),
      table('plain', [['Name', 'Role'], ['Helen Carter, Director of Children’s Services', 'Chair']]),
      h('Board membership'),
      table('plain', [['Name', 'Role'], ['Helen Carter', 'Chair']]),
      p('Promoting the Educational Achievement of looked after children sets out the duty. Mark Ellis, a participation worker, runs the group for young people.'),
    );
    expect(findingsFor('young-person-named', 'participation', adults)).toEqual([]);
  });
});

describe('young people named: what the document shows to be a group or a place', () => {
  const names = (id: string, json: NodeJSON, extra: Partial<Parameters<typeof checkDraft>[0]> = {}) => findingsFor('young-person-named', id, json, extra).map((finding) => textAt(json, finding));

  it('takes a pair of capitalised words used with "the", or with a body word beside it, for a group everywhere it is written', () => {
    const foreword = paras('We are the Quiet Storm. We meet at the youth hub.', 'Thank you from Quiet Storm and from Jordan Blake.');
    expect(names('foreword-young-people', foreword)).toEqual(['Jordan Blake']);
    const apposed = paras('We wrote this with Blue Lantern, our group for care leavers.', 'Blue Lantern and Jordan Blake, June 2026');
    expect(names('foreword-young-people', apposed)).toEqual(['Jordan Blake']);
    const bracketed = paras('We asked the care leavers’ forum (Open Door) what matters.', 'Thank you from Open Door.');
    expect(names('foreword-young-people', bracketed)).toEqual([]);
    const called = paras('Our care leavers’ group is called Far Shore, and they helped too.', 'Thank you, Far Shore.');
    expect(names('foreword-young-people', called)).toEqual([]);
  });

  it('still names a young person described by a body, or quoted with their age after a dash or comma', () => {
    expect(names('foreword-young-people', paras('Thank you from Jordan Blake, a Youth Council member.'))).toEqual(['Jordan Blake']);
    const quoted = doc(h('What you told us'), p('“I had four workers in a year and told my story every time.” – Casey Morgan, 15'));
    expect(names('participation', quoted)).toEqual(['Casey Morgan']);
    expect(names('participation', paras('The review found Casey Morgan, 15 children and their carers at the meeting.'))).toEqual([]);
  });

  it('leaves a street, and a name in the council’s local names or its own name on the title page', () => {
    expect(names('foreword-young-people', paras('We meet every Tuesday at the hub on Quarry Lane.'))).toEqual([]);
    const foreword = paras('We are Ember Crowd. Thank you from Ember Crowd.', 'Written in Dunmere Vale by Jordan Blake.');
    expect(names('foreword-young-people', foreword)).toEqual(['Ember Crowd', 'Ember Crowd', 'Dunmere Vale', 'Jordan Blake']);
    const withNames = { localNames: { 'children-in-care-council': 'Ember Crowd' }, cover: { ...completeDraft.cover, council: 'Dunmere Vale Council' } };
    expect(names('foreword-young-people', foreword, withNames)).toEqual(['Jordan Blake']);
  });
});

describe('corporate parenting principles', () => {
  it('shows where each principle is addressed', () => {
    const report = checkDraft(completeDraft, testTemplate);
    const aspiration = report.principles.find((principle) => principle.id === 'e');
    expect(aspiration?.addressedIn[0]?.section).toBe('vision');
    const vision = completeDraft.sections.find((section) => section.id === 'vision')?.doc as NodeJSON;
    expect(textAt(vision, { severity: 'info', section: 'vision', rule: '', message: '', location: aspiration?.addressedIn[0]?.location ?? { from: 0, to: 0 } })).toBe('ambition');
  });
  it('judges by words a strategy with no principle column that ties its priorities to principles in its text, and warns about each addressed nowhere', () => {
    const tied = [
      paras('Guided by the corporate parenting principles, we want every child to be safe.', 'This priority serves principle (f).'),
      paras('Guided by the corporate parenting principles, we want every child to be safe.', 'Principles served: stability.'),
    ];
    for (const vision of tied) {
      const report = checkDraft({ ...completeDraft, sections: [{ id: 'vision', doc: vision }] }, testTemplate);
      const missing = report.findings.filter((finding) => finding.rule === 'principle-not-addressed');
      expect(missing.map((finding) => finding.message.match(/principle \((\w)\)/)?.[1])).toEqual(['a', 'b', 'c', 'd', 'e', 'g']);
      expect(missing.every((finding) => finding.severity === 'warning')).toBe(true);
    }
  });
  it('does not take the law section listing the principles for a strategy tying its priorities to them', () => {
    const listed = [
      paras('Guided by the corporate parenting principles, we want every child to be safe.', 'The Act sets out principles a council must have regard to.'),
      paras('Guided by the corporate parenting principles, we want every child to be safe.', 'The principles: to act in the best interests of children and to promote stability.'),
    ];
    for (const vision of listed) {
      const report = checkDraft({ ...completeDraft, sections: [{ id: 'vision', doc: vision }] }, testTemplate);
      expect(report.findings.filter((finding) => finding.rule === 'principle-not-addressed')).toEqual([]);
    }
  });

  it('asks for the principles to be mapped when a strategy only names them, as a list of the law does', () => {
    const named = paras('The Children and Social Work Act 2017 sets out seven corporate parenting principles.', 'We will keep you safe and stable and listen to your views.');
    const report = checkDraft({ ...completeDraft, sections: [{ id: 'vision', doc: named }] }, testTemplate);
    expect(report.findings.filter((finding) => finding.rule.startsWith('principle')).map((finding) => finding.rule)).toEqual(['principles-not-mapped']);
  });

  it('does not let words alone pass a strategy that never names the principles: one finding asks for them to be mapped', () => {
    const words = paras('We will keep you safe and stable, look after your health and wellbeing, listen to your views, help you use the local offer, aim high and prepare you for adulthood.');
    const report = checkDraft({ ...completeDraft, sections: [{ id: 'vision', doc: words }] }, testTemplate);
    expect(report.findings.filter((finding) => finding.rule.startsWith('principle')).map((finding) => finding.rule)).toEqual(['principles-not-mapped']);
  });

  it('takes a principle column as the evidence: a principle no row names is reported, with the rows its words fit', () => {
    const plan = doc(
      table('plain', [
        ['Action', 'Principle', 'Owner', 'Date'],
        ['Recruit foster carers so children can stay close to home and settled', 'Stability', 'Head of Fostering', 'March 2027'],
        ['Open a wellbeing drop-in', 'a', 'Designated Nurse', 'March 2026'],
        ['Run "you said, we did" sessions after every Board', 'b, c', 'Participation lead', 'Quarterly'],
        ['Ring-fence apprenticeships and teach living skills', 'e', 'Head of HR', 'April 2027'],
      ]),
    );
    const report = checkDraft({ ...completeDraft, sections: [{ id: 'action-plan', doc: plan }] }, testTemplate);
    const unmapped = report.findings.filter((finding) => finding.rule === 'principle-not-mapped');
    expect(unmapped.map((finding) => finding.message.match(/principle \((\w)\)/)?.[1])).toEqual(['d', 'g']);
    expect(unmapped[1]?.message).toContain('Ring-fence apprenticeships');
    expect(report.findings.some((finding) => finding.rule === 'principle-not-addressed' || finding.rule === 'principles-not-mapped')).toBe(false);
    expect(report.principles.find((principle) => principle.id === 'f')?.addressedIn.some((place) => place.section === 'action-plan')).toBe(true);
  });
});
