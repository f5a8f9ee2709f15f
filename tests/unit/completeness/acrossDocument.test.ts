import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../shared/completeness/index.js';
import { createIncrementalChecker } from '../../../shared/completeness/incremental.js';
import type { CompletenessReport } from '../../../shared/completeness/types.js';
import { UNSORTED } from '../../../shared/import/types.js';
import { importCuesSchema, type Template } from '../../../shared/template/template.js';
import { doc, h, p, paras, table, ul } from './fixtures/build.js';
import { completeDraft } from './fixtures/completeStrategy.js';
import { draftWith } from './fixtures/run.js';
import { testTemplate } from './fixtures/template.js';

/**
 * Presence judged across the whole strategy: a section with no text of its
 * own whose content another section carries, and an element a section lacks
 * that another section gives, are reported where they were found, not as
 * missing.
 */

const pledgeCues = importCuesSchema.parse({
  sections: {
    pledge: {
      content: [
        { pattern: String.raw`\bwe will\b|\bwe promise\b`, saturation: 4, weight: 0.6 },
        { pattern: String.raw`\byou\b|\byour\b`, saturation: 6, weight: 0.4 },
      ],
    },
  },
});

/** The test template, with the pack saying which sections' absence is judged across the document. */
function templateAcross(acrossDocument: NonNullable<Template['rules']['acrossDocument']>): Template {
  return { ...testTemplate, importCues: pledgeCues, rules: { ...testTemplate.rules, acrossDocument } };
}

const promisesInTheIntroduction = doc(
  p('A looked after child is a child in the care of the council; a care leaver is a young person who has left care, and our duties continue up to 25.'),
  h('Promises'),
  ul('We will find you a home where you feel safe.', 'We will help you at school and college.', 'We will listen to your views.', 'We will stay in touch with you after you leave care.'),
);

/** Only the sections a test gives, so no other section happens to hold what is looked for. */
const base = { ...completeDraft, sections: [] };

const findingsOf = (report: CompletenessReport, rule: string) => report.findings.filter((finding) => finding.rule === rule);

describe('a section with no text of its own whose content sits elsewhere', () => {
  it('says where the content was found, as advice, instead of calling the section missing', () => {
    const template = templateAcross({ sections: ['pledge'], share: 0.6, notIn: [] });
    const report = checkDraft(draftWith('introduction', promisesInTheIntroduction, base), template);
    expect(findingsOf(report, 'pledge.missing')).toEqual([]);
    const [found] = findingsOf(report, 'pledge.found-elsewhere');
    expect(found?.severity).toBe('info');
    expect(found?.message).toContain('Introduction');
    expect(found?.message).toContain('We will find you a home');
  });

  it('still reports the section missing when the pack does not judge it across the document, or nothing elsewhere carries enough of it', () => {
    const draft = draftWith('introduction', promisesInTheIntroduction, base);
    expect(findingsOf(checkDraft(draft, templateAcross({ sections: [], share: 0.6, notIn: [] })), 'pledge.missing')[0]?.severity).toBe('error');
    const oneMention = draftWith('introduction', paras('A looked after child is in the care of the council. We will listen to you.'), base);
    expect(findingsOf(checkDraft(oneMention, templateAcross({ sections: ['pledge'], share: 0.6, notIn: [] })), 'pledge.missing')[0]?.severity).toBe('error');
  });

  it('does not look in the sections the pack keeps out of the search', () => {
    const template = templateAcross({ sections: ['pledge'], share: 0.6, notIn: ['introduction'] });
    const report = checkDraft(draftWith('introduction', promisesInTheIntroduction, base), template);
    expect(findingsOf(report, 'pledge.missing')[0]?.severity).toBe('error');
  });
});

describe('a section whose content sits under a heading of another section', () => {
  const priorityCues = importCuesSchema.parse({ sections: { priorities: { headings: [{ pattern: String.raw`\bpriorit|\bobjectives\b`, weight: 1 }], content: [] } } });
  const template: Template = { ...testTemplate, importCues: priorityCues, rules: { ...testTemplate.rules, acrossDocument: { sections: [], share: 0.6, notIn: [] } } };
  const priorities = (json: ReturnType<typeof doc>) => checkDraft(draftWith('governance', json, base), template);

  it("says where it was found when a chapter's title or a sub-heading names it, with writing under it", () => {
    const titled = priorities(doc(h('Leadership and the priorities of the Board'), p('The Board leads the strategy.'), ul('Stable homes', 'Better health')));
    expect(findingsOf(titled, 'priorities.missing')).toEqual([]);
    expect(findingsOf(titled, 'priorities.found-elsewhere')[0]?.message).toContain('Leadership and the priorities of the Board');
    const sub = priorities(doc(p('The Board leads the strategy.'), h('Our priorities for 2025'), ul('Stable homes', 'Better health')));
    expect(findingsOf(sub, 'priorities.found-elsewhere')).toHaveLength(1);
  });

  it('finds it in a paragraph that names it in its first words as a run-in heading, not one about something else', () => {
    expect(findingsOf(priorities(doc(p('The Board leads the strategy.'), p('Our priorities are stable homes, learning and health.'))), 'priorities.found-elsewhere')).toHaveLength(1);
    expect(findingsOf(priorities(doc(p('The Board leads the strategy.'), p('The main objectives of the group are:'), ul('Meet four times a year', 'Hear from young people'))), 'priorities.missing')).toHaveLength(1);
  });

  it('still calls it missing under a one-word sub-heading of the chapter, or a heading with nothing under it', () => {
    expect(findingsOf(priorities(doc(p('The Board leads the strategy.'), h('Priorities'), ul('Meet four times a year'))), 'priorities.missing')).toHaveLength(1);
    expect(findingsOf(priorities(doc(p('The Board leads the strategy.'), h('Our priorities'), h('Membership'), p('Six councillors.'))), 'priorities.missing')).toHaveLength(1);
  });
});

describe("a role holder's role described in another chapter", () => {
  const roles = paras('Every councillor is a corporate parent. The Director of Children’s Services, housing, health partners, schools, the police and our foster carers all play their part.');
  const leadMember = (governance: ReturnType<typeof paras>) => findingsOf(checkDraft(draftWith('governance', governance, draftWith('roles', roles)), testTemplate), 'roles.lead-member')[0];

  it('passes, with a note of where, when a sentence there says what the role holder does', () => {
    const found = leadMember(paras('The Corporate Parenting Board reports to Cabinet. The Cabinet Member for Children has the lead political role for the strategy.'));
    expect(found?.severity).toBe('info');
    expect(found?.message).toContain('Cabinet Member for Children has the lead political role');
  });

  it('still asks when the role holder is only named there', () => {
    expect(leadMember(paras('The Corporate Parenting Board reports to Cabinet. The Portfolio Holder is a member of the Board.'))?.severity).toBe('warning');
  });
});

const contextWithoutTheChildrenInCare = doc(
  p('At the same date, 31 March 2024, we supported 245 care leavers aged 18 to 25, compared with 230 nationally per authority.'),
  p('In March 2024, 74% lived in foster placements.'),
  p('In 2023/24, 58% of care leavers aged 19 to 21 were in education, employment or training.'),
);
const introductionWithTheFigure = paras(
  'A looked after child is a child in the care of the council, by a court order or with their parents’ agreement; care leavers are supported up to 25.',
  'Corporate parenting is the duty of the whole council and its partners, set out in the Children and Social Work Act 2017.',
  'At 31 March 2024 there were 312 children in our care.',
);

describe('an element a section lacks that another section gives', () => {
  const template = templateAcross({ sections: [], share: 0.6, notIn: [] });

  it('passes it, scores it as present and says where it is', () => {
    const report = checkDraft(draftWith('introduction', introductionWithTheFigure, draftWith('local-context', contextWithoutTheChildrenInCare, base)), template);
    const [note] = findingsOf(report, 'local-context.looked-after-figure');
    expect(note?.severity).toBe('info');
    expect(note?.message).toContain('Introduction');
    expect(note?.message).toContain('312 children in our care');
    expect(report.sections.find((section) => section.id === 'local-context')).toMatchObject({ status: 'complete', score: 100 });
  });

  it('reports it when no other section gives it either', () => {
    const report = checkDraft(draftWith('introduction', paras('A looked after child is a child in the care of the council.'), draftWith('local-context', contextWithoutTheChildrenInCare, base)), template);
    expect(findingsOf(report, 'local-context.looked-after-figure')[0]?.severity).toBe('warning');
    expect(report.sections.find((section) => section.id === 'local-context')?.status).toBe('incomplete');
  });

  it('follows the other section as it is edited', () => {
    const checker = createIncrementalChecker(template);
    const written = draftWith('local-context', contextWithoutTheChildrenInCare, base);
    expect(findingsOf(checker.update(draftWith('introduction', introductionWithTheFigure, written)), 'local-context.looked-after-figure')[0]?.severity).toBe('info');
    const withoutFigure = draftWith('introduction', paras('A looked after child is a child in the care of the council.'), written);
    expect(findingsOf(checker.update(withoutFigure), 'local-context.looked-after-figure')[0]?.severity).toBe('warning');
  });

  it('keeps to its own section what the pack does not mark as found anywhere (a foreword is signed in the foreword)', () => {
    const unsigned = paras('We are proud of our children and young people and of everyone who works with them.');
    const report = checkDraft(draftWith('foreword-leadership', unsigned, completeDraft), template);
    expect(findingsOf(report, 'foreword-leadership.signed')[0]?.severity).toBe('warning');
  });
});

describe('a title page that came in as text', () => {
  const template = templateAcross({ sections: [], share: 0.6, notIn: [] });
  const coverWithCouncilOnly = { ...completeDraft.cover, title: '', periodStart: null, periodEnd: null, date: '', version: '', owner: '', approvingBody: '' };
  const titlePageOnTop = doc(
    h('Riverford Borough Council'),
    h('Corporate Parenting Strategy 2025 to 2028'),
    p('Version 2, May 2025. Owner: Head of Children in Care. Adopted by Full Council.'),
    p('We are proud of our children and young people, and of the carers and staff who stand by them.'),
  );
  const coverFindings = (report: CompletenessReport) => Object.fromEntries(report.findings.filter((finding) => finding.section === 'cover').map((finding) => [finding.rule, finding]));

  it('passes the empty fields the top of a part gives, saying where, to copy into the title page', () => {
    const report = checkDraft(draftWith('foreword-leadership', titlePageOnTop, { ...completeDraft, cover: coverWithCouncilOnly }), template);
    const cover = coverFindings(report);
    for (const rule of ['cover.title', 'cover.period', 'cover.date-or-version', 'cover.owner', 'cover.approving-body']) expect(cover[rule]?.severity, rule).toBe('info');
    expect(cover['cover.owner']?.message).toContain('Owner: Head of Children in Care');
    expect(cover['cover.owner']?.message).toContain('copy it into the title page');
  });

  it('reads the whole run of short lines a title page makes at the top of a part, not a table’s cells', () => {
    const longTitlePage = doc(
      h('Corporate Parenting Strategy 2025 to 2028'),
      h('Growing up well together'),
      p('Published by the council for its corporate parenting partnership'),
      p('Prepared with our young people and partners'),
      p('Adopted by Full Council, 3 June 2025'),
      p('Owner: Head of Children in Care'),
      p('We are proud of our children and young people, and of the carers and staff who stand by them.'),
    );
    const cover = coverFindings(checkDraft(draftWith('foreword-leadership', longTitlePage, { ...completeDraft, cover: coverWithCouncilOnly }), template));
    expect(cover['cover.owner']?.severity).toBe('info');
    expect(cover['cover.approving-body']?.severity).toBe('info');
    const ownerColumn = doc(table('plain', [['Measure', 'Owner'], ['Children with three moves', 'Head of Fostering']]));
    expect(coverFindings(checkDraft(draftWith('measures', ownerColumn, { ...completeDraft, cover: coverWithCouncilOnly, sections: [] }), template))['cover.owner']?.severity).toBe('warning');
  });

  it('does not take a sentence of running text for a title page line', () => {
    const adoptedInAChapter = doc(
      p('This strategy will be adopted by Full Council, and the Corporate Parenting Board will check every quarter that the council and its partners are keeping the promises it makes.'),
    );
    const report = checkDraft(draftWith('governance', adoptedInAChapter, { ...completeDraft, cover: coverWithCouncilOnly }), template);
    expect(coverFindings(report)['cover.approving-body']?.severity).toBe('warning');
    expect(coverFindings(report)['cover.title']?.severity).toBe('warning');
  });
});

describe("a section found by its own title, or possibly in what import left unsorted", () => {
  const pledgeless: Template = { ...testTemplate, importCues: pledgeCues, rules: { ...testTemplate.rules, acrossDocument: undefined } };

  it('finds a section under a heading that is its title in the pack, numbered or not, in a pack that lists no sections to search', () => {
    for (const heading of ['Our pledge to you', '6. Our pledge to you', 'Section 6: Our Pledge to You']) {
      const report = checkDraft(draftWith(UNSORTED, doc(h(heading), p('We will find you a home near your school.')), base), pledgeless);
      expect(findingsOf(report, 'pledge.missing')).toEqual([]);
      expect(findingsOf(report, 'pledge.found-elsewhere')[0]?.message).toContain('Unsorted');
    }
  });

  it('does not take a heading that only begins with the title', () => {
    const report = checkDraft(draftWith(UNSORTED, doc(h('Our pledge to you: how we wrote it'), p('We met young people four times.')), base), pledgeless);
    expect(findingsOf(report, 'pledge.missing')[0]?.severity).toBe('error');
  });

  it('says it could not find a section, as advice naming the part, when an unsorted part reads like it', () => {
    const promises = doc(h('What you can expect'), ul('We will find you a home where you feel safe.', 'We will help you at school.', 'We will listen to your views.', 'We promise to stay in touch with you.'));
    const [advice] = findingsOf(checkDraft(draftWith(UNSORTED, promises, base), pledgeless), 'pledge.missing');
    expect(advice?.severity).toBe('info');
    expect(advice?.message).toContain('"What you can expect"');
  });

  it('still reports it missing when nothing unsorted reads like it', () => {
    const contact = doc(h('Contact us'), p('Write to the corporate parenting team at the town hall.'));
    expect(findingsOf(checkDraft(draftWith(UNSORTED, contact, base), pledgeless), 'pledge.missing')[0]?.severity).toBe('error');
  });
});

describe('a child-friendly version not written because the pledge itself is one', () => {
  const childFriendly = (pledge: ReturnType<typeof doc>) => findingsOf(checkDraft(draftWith('pledge-child-friendly', null, draftWith('pledge', pledge)), testTemplate), 'pledge-child-friendly.missing')[0];
  const toYou = doc(
    h('Our promise to you'),
    ul('We will find you a home near your school.', 'You will meet your new carers before you move.', 'We will listen to you.', 'You can have a say in your review.', 'We will help you with money when you leave care.'),
    p('If we break a promise, tell your social worker or an advocate. They will help you complain.'),
  );

  it('says so as advice when the pledge is written to the child, in plain words, and says what to do when a promise is broken', () => {
    const advice = childFriendly(toYou);
    expect(advice?.severity).toBe('info');
    expect(advice?.message).toContain('written to children');
  });

  it('judges the voice by paragraph, so promises each opened by a run-in theme still count as written to the child', () => {
    const runInThemes = doc(
      h('What we promise'),
      p('Where you live. We will look for a home close to your friends.'),
      p('School. Your carers will go to every parents’ evening with you.'),
      p('Feeling well. You will see a doctor you trust.'),
      p('Speaking up. You can always speak to an advocate if we let you down.'),
    );
    expect(childFriendly(runInThemes)?.severity).toBe('info');
  });

  it('still reports it when the pledge to the child runs to pages, as a version for children fits on one', () => {
    const promise = 'We will make sure you have a warm bedroom of your own, a carer who knows you well and time each week to do the things you enjoy most.';
    const long = doc(h('Our promise to you'), ul(...Array.from({ length: 18 }, () => promise)), p('If we break a promise, tell your social worker or an advocate.'));
    expect(childFriendly(long)?.severity).toBe('warning');
  });

  it('counts a line leading into the promises and a heading left in capitals as neither for nor against the voice', () => {
    const ledIn = doc(
      p('WHAT WE PROMISE'),
      p('Our pledge was written with the children’s council. We promise:'),
      ul('to find you a home near your school;', 'to tell you who your worker is;', 'to help you keep your friends.'),
    );
    expect(childFriendly(ledIn)?.severity).toBe('info');
  });

  it('gives it as advice, with what the pledge still lacks, when the pledge to the child never says what to do when a promise is broken', () => {
    const noWayToSay = doc(h('Our promise to you'), ul('We will find you a home near your school.', 'You will meet your new carers before you move.', 'We will listen to you.', 'You can have a say in your review.'));
    const advice = childFriendly(noWayToSay);
    expect(advice?.severity).toBe('info');
    expect(advice?.message).toContain('promise is broken');
  });

  it('still reports it when the pledge to the child is not in plain words', () => {
    const officialese = doc(
      h('Our commitment to you'),
      ul(
        'We will ensure your accommodation arrangements demonstrate appropriateness, sustainability and proportionality relative to your individualised assessed requirements.',
        'You will experience multidisciplinary collaboration facilitating comprehensive educational, psychological and physiological developmental opportunities.',
        'Your representations regarding organisational decision-making will be systematically incorporated into operational implementation considerations.',
      ),
      p('If we break a promise, tell your social worker or an advocate.'),
    );
    expect(childFriendly(officialese)?.severity).toBe('warning');
  });

  it('still reports it when the pledge talks about children', () => {
    const aboutChildren = doc(
      h('Our pledge'),
      ul('The council will find children homes near their schools.', 'Carers will be introduced before a move.', 'Children’s views will be heard at reviews.', 'Care leavers will get help with money.'),
      p('If a promise is broken, children can complain to their social worker.'),
    );
    expect(childFriendly(aboutChildren)?.severity).toBe('warning');
  });
});

describe('an action plan found by its table in another section', () => {
  const actionPlan = (json: ReturnType<typeof doc>) => checkDraft(draftWith('action-plan', null, draftWith('priorities', json)), testTemplate).findings.filter((finding) => finding.section === 'action-plan');

  it('says where it is when a table there has the action and most of the other columns', () => {
    const perPriority = doc(h('Priority 1: Homes'), table('plain', [['Action', 'Lead', 'By when'], ['Open a home', 'Head of Resources', 'March 2027']]));
    const [found] = actionPlan(perPriority);
    expect(found).toMatchObject({ severity: 'info', rule: 'action-plan.found-elsewhere' });
    expect(found?.message).toContain('Action | Lead | By when');
  });

  it('still reports it missing for a table with no action column, or only a header', () => {
    expect(actionPlan(doc(table('plain', [['Measure', 'Lead', 'By when'], ['Moves', 'Head of Fostering', '2027']])))[0]?.rule).toBe('action-plan.missing');
    expect(actionPlan(doc(table('plain', [['Action', 'Lead', 'By when']])))[0]?.rule).toBe('action-plan.missing');
  });
});

describe('a law section not written because the law is set out in another section', () => {
  const lawFindings = (introduction: ReturnType<typeof doc>) => checkDraft(draftWith('legislation', null, draftWith('introduction', introduction)), testTemplate).findings.filter((finding) => finding.section === 'legislation');

  it('says where, as advice, when another section cites most of the Acts the law section asks for', () => {
    const duties = doc(h('What the law asks of us'), p('Our duties come from section 22 of the Children Act 1989, and the corporate parenting principles from the Children and Social Work Act 2017.'));
    const [found] = lawFindings(duties);
    expect(found).toMatchObject({ severity: 'info', rule: 'legislation.found-elsewhere' });
    expect(found?.message).toContain('Children Act 1989');
  });

  it('still reports it missing when another section only mentions one Act in passing', () => {
    const passing = doc(p('Social workers visit every child, as the Children Act 1989 requires, at least every six weeks.'));
    expect(lawFindings(passing).find((finding) => finding.rule === 'legislation.missing')?.severity).toBe('error');
  });
});
