import { describe, expect, it } from 'vitest';
import { compileRules } from '../../../shared/completeness/registry.js';
import { emptyCover } from '../../../shared/model/draft.js';
import { doc, h, ol, p, paras, table, ul } from './fixtures/build.js';
import { completeCover } from './fixtures/completeStrategy.js';
import { failed, runRule, sectionOf } from './fixtures/run.js';
import { testTemplate } from './fixtures/template.js';

const MEASURE_HEADER = ['Priority', 'Indicator', 'Baseline', 'Baseline date', 'Target', 'Target date', 'Source', 'Owner'];

describe('the England rules', () => {
  it('check every section of the common structure, and all of them can run', () => {
    const rules = compileRules(testTemplate);
    for (const section of testTemplate.sections) {
      expect(rules.sections.get(section.id)?.runs.length, section.id).toBeGreaterThan(0);
      expect(rules.sections.get(section.id)?.problems, section.id).toEqual([]);
    }
    expect(rules.documentProblems).toEqual([]);
  });
  it('passes every section of the complete strategy', () => {
    for (const section of testTemplate.sections.filter((entry) => entry.kind === 'text')) {
      expect(failed(runRule(section.id, sectionOf(section.id), { others: { priorities: sectionOf('priorities') } })), section.id).toEqual([]);
    }
  });
});

describe('cover', () => {
  it('passes complete fields', () => {
    expect(failed(runRule('cover', doc(), { cover: completeCover }))).toEqual([]);
  });
  it('asks for each blank field and rejects a period that ends before it starts', () => {
    const cover = { ...emptyCover(), council: 'Eastmoor Council', periodStart: 2026, periodEnd: 2024 };
    const checks = runRule('cover', doc(), { cover });
    expect(failed(checks)).toEqual(['title', 'date-or-version', 'owner', 'approving-body', 'period-order']);
    expect(checks.find((check) => check.element === 'period-order')?.severity).toBe('error');
  });
});

describe('foreword by young people', () => {
  it('fails text that is not in their voice, unsigned, undated and hard to read', () => {
    const text = paras(
      'The local authority acknowledges the considerable contribution made by representatives of the looked after population, whose perspectives have informed the development of this comprehensive strategic framework throughout its extensive consultation period.',
    );
    expect(failed(runRule('foreword-young-people', text))).toEqual(['first-person', 'attribution', 'date', 'plain-language']);
  });
});

describe('foreword by leadership', () => {
  it('fails an unsigned foreword', () => {
    expect(failed(runRule('foreword-leadership', paras('We are proud of our children and we will do our best for them.')))).toEqual(['role', 'signed']);
  });
  it('accepts a signature of name then role on two lines', () => {
    expect(failed(runRule('foreword-leadership', paras('We are proud of our children.', 'Priya Raman', 'Cabinet Member for Children')))).toEqual([]);
  });
  it('does not take a job title for a name', () => {
    expect(failed(runRule('foreword-leadership', paras("With thanks, the Director of Children's Services.")))).toEqual(['signed']);
  });
});

describe('introduction', () => {
  it('fails an introduction that explains none of the basics', () => {
    expect(failed(runRule('introduction', paras('This document sets out our plans for the next three years.')))).toEqual(['looked-after-child', 'care-leaver', 'shared-duty', 'statutory-basis']);
  });
});

describe('vision', () => {
  it('fails a vision with no ambition or test', () => {
    expect(failed(runRule('vision', paras('This section describes the document.')))).toEqual(['ambition', 'good-parent-test']);
  });
});

describe('duties, purposes and replies said in other words', () => {
  it('takes "the law gives this duty" as the statutory basis, and not a mention of the law as a subject', () => {
    expect(failed(runRule('introduction', paras('The law gives this duty to the whole council.')))).not.toContain('statutory-basis');
    expect(failed(runRule('introduction', paras('Young people told us about their lawyer and the court.')))).toContain('statutory-basis');
  });
  it("takes the terms of reference opening with what the Board does as its purpose, not the same words later", () => {
    expect(failed(runRule('board-tor', paras('The Panel makes sure the council keeps its promises.')))).not.toContain('purpose');
    expect(failed(runRule('board-tor', paras('Members meet quarterly.', 'Officers make sure the Panel has its papers.')))).toContain('purpose');
  });
  it('takes the Board replying in writing about what it has done as feedback, and not a reply alone', () => {
    expect(failed(runRule('participation', paras('The Children in Care Council presents to the Board, and the Board replies in writing to say what it has done.')))).not.toContain('feedback');
    expect(failed(runRule('participation', paras('The Children in Care Council presents to the Board, and the Board replies in writing.')))).toContain('feedback');
  });
});

describe('local context', () => {
  it('fails figures with no dates and no comparison', () => {
    const text = paras('We look after 300 children in care and support 200 care leavers.', 'Most children live in foster placements and do well at school.');
    expect(failed(runRule('local-context', text))).toEqual(['looked-after-figure', 'care-leaver-figure', 'comparison', 'placement-figures', 'outcome-figures']);
  });
  it('does not count the day of a date as a figure', () => {
    expect(failed(runRule('local-context', paras('Figures for children in care are given as at 31 March 2024.')))).toContain('looked-after-figure');
  });
  it('reads dated figures from a table row with a dated header', () => {
    const text = doc(table('plain', [['Group', 'At 31 March 2024'], ['Children looked after', '120'], ['Care leavers', '95']]));
    const result = failed(runRule('local-context', text));
    expect(result).not.toContain('looked-after-figure');
    expect(result).not.toContain('care-leaver-figure');
  });
});

describe('legislation', () => {
  it('names each Act that is missing, by its id and title in the law library', () => {
    const checks = runRule('legislation', paras('The Children Act 1989 is the main law.'));
    expect(failed(checks)).toEqual(['children-leaving-care-act-2000', 'children-social-work-act-2017']);
    expect(checks.find((check) => check.element === 'children-social-work-act-2017')?.message).toBe('Cite the Children and Social Work Act 2017, with its year.');
  });
});

describe('local context', () => {
  const outcomeMissing = (text: ReturnType<typeof doc>): boolean => failed(runRule('local-context', text)).includes('outcome-figures');
  it('takes a figure dated by its heading or caption as being about the subject its paragraph or heading names', () => {
    expect(outcomeMissing(doc(h('Educational outcomes (March 2024)'), p('At key stage 4, attainment is below that of peers. Only 15% of children in care achieved a pass in English and maths.')))).toBe(false);
    expect(outcomeMissing(doc(h('Care leavers'), p('Of our care leavers:'), ul('52% are in education, employment or training', '20% are in work'), p('Figures October 2016')))).toBe(false);
  });
  it('still asks for outcome figures when the figure is undated, or not about outcomes', () => {
    expect(outcomeMissing(doc(h('Educational outcomes'), p('At key stage 4, attainment is below that of peers. Only 15% of children in care achieved a pass in English and maths.')))).toBe(true);
    expect(outcomeMissing(doc(h('Our children (March 2024)'), p('There were 204 children in care, 66% of them with foster families.')))).toBe(true);
  });
});

describe('pledge', () => {
  it('fails statements that are not promises to "you" and leave themes out', () => {
    const text = doc(ul('Children should be happy at school.', 'Young people will be supported.'));
    expect(failed(runRule('pledge', text))).toEqual(['concrete-promises', 'addressed-to-you', 'theme-home', 'theme-voice', 'theme-leaving-care']);
  });
  it('reads the items of a list a pledge introduces as promises, as the lead-in carries its "we will" over', () => {
    const pledged = doc(h('Our pledge to you:'), ul('Support you to stay safe at home.', 'Help you do well at school.'));
    expect(failed(runRule('pledge', pledged))).not.toContain('concrete-promises');
    expect(failed(runRule('pledge', pledged))).not.toContain('addressed-to-you');
    const described = doc(h('Services for children in care:'), ul('Support you to stay safe at home.', 'Help you do well at school.'));
    expect(failed(runRule('pledge', described))).toContain('concrete-promises');
    const unintroduced = doc(h('Our pledge'), ul('Support you to stay safe at home.', 'Help you do well at school.'));
    expect(failed(runRule('pledge', unintroduced))).toContain('concrete-promises');
  });
  it('asks for promises when most of the pledge is explanation, not when one sentence among them explains', () => {
    const mostlyPromises = paras('We will find you a safe home.', 'We will help you at school.', 'We will listen to you.', 'Short breaks are arranged by your social worker.');
    expect(failed(runRule('pledge', mostlyPromises))).not.toContain('concrete-promises');
    const mostlyExplanation = paras('Children in care are supported by social workers.', 'Schools have a designated teacher.', 'Health assessments happen every year.', 'We will listen to you.');
    expect(failed(runRule('pledge', mostlyExplanation))).toContain('concrete-promises');
  });
  it('counts what a pledge tells the child they will have as a promise, and a run-in theme as no statement at all', () => {
    const toTheChild = paras('A safe home. You will live near your school and your friends.', 'Someone on your side. You can always ask for an advocate.', 'Your money. You will get a bank account at sixteen.');
    expect(failed(runRule('pledge', toTheChild))).not.toContain('concrete-promises');
  });
  it('reads a short opening that says who as a promise, not a run-in theme', () => {
    const short = paras('We will listen. Your social worker visits every six weeks.', 'We will visit. Your carers meet the school each term.', 'You can ask. An advocate is there for every child.');
    const checks = runRule('pledge', short);
    expect(checks.find((check) => check.element === 'concrete-promises')?.passed).toBe(true);
  });
  it('still asks for promises when the pledge describes what children get without promising it', () => {
    const described = paras('A safe home. Children live near their schools.', 'Advocacy. An advocate is available on request.', 'Money. Bank accounts are opened at sixteen.');
    expect(failed(runRule('pledge', described))).toContain('concrete-promises');
  });
  it('notes a hedged promise with its place', () => {
    const checks = runRule('pledge', doc(ul('We will try to visit you where possible.')));
    const vague = checks.find((check) => check.element === 'vague-promise');
    expect(vague?.severity).toBe('info');
    expect(vague?.location).toEqual({ from: 3, to: 43 });
  });
});

describe('roles', () => {
  it('reads "every councillor" as the role of elected members', () => {
    expect(failed(runRule('roles', paras('Every councillor is a corporate parent.')))).not.toContain('elected-members');
    expect(failed(runRule('roles', paras('Officers across the council are corporate parents.')))).toContain('elected-members');
  });
  it('names every role holder that is missing', () => {
    expect(failed(runRule('roles', paras('All councillors are corporate parents.')))).toEqual(['lead-member', 'director', 'council-departments', 'health', 'schools', 'police', 'foster-carers']);
  });
});

describe('participation', () => {
  it('fails a section with no groups and no route to the Board', () => {
    expect(failed(runRule('participation', paras('We value what young people think.')))).toEqual(['children-in-care-council', 'care-leavers-group', 'views-reach-board', 'feedback']);
  });
});

describe('governance', () => {
  it('fails a section without a named board, chair or accountability', () => {
    expect(failed(runRule('governance', paras('Senior managers meet to discuss performance.')))).toEqual(['board-name', 'chair', 'accountability', 'holds-partners-to-account']);
  });
});

describe('priorities', () => {
  it('asks for a numbered list', () => {
    expect(failed(runRule('priorities', doc(ul('Better homes', 'Better health'))))).toEqual(['numbered-list']);
  });
  it('points at the priority with no lead or timescale', () => {
    const text = doc(ol('Homes: we will open a new children\u2019s home. Lead: Head of Service. By 2026.', 'Health: we will improve health checks.'));
    const checks = runRule('priorities', text);
    expect(failed(checks)).toEqual(['lead', 'timescale']);
    expect(checks.find((check) => check.element === 'lead')?.message).toContain('priority 2');
  });
  it('reads numbered or lettered sub-headings and numbered paragraphs as numbered priorities', () => {
    const body = (what: string): ReturnType<typeof p> => p(`We will ${what} (Head of Service, by March 2027).`);
    const headed = doc(h('Our priorities'), h('Priority 1: Homes', 3), body('open a home'), h('Priority 2: Health', 3), body('cut waits'));
    expect(failed(runRule('priorities', headed))).toEqual([]);
    const lettered = doc(h('Commitment A: Homes', 3), body('open a home'), h('Commitment B: Health', 3), body('cut waits'));
    expect(failed(runRule('priorities', lettered))).toEqual([]);
    const paragraphs = doc(p('We have two priorities.'), p('1. Homes: we will open a home (Head of Service, by March 2027).'), p('2) Health: we will cut waits (Designated Nurse, by 2028).'));
    expect(failed(runRule('priorities', paragraphs))).toEqual([]);
    const underParagraphNumbers = doc(p('10.1 We have two priorities.'), h('10.2 Priority 1: Homes', 3), body('open a home'), h('10.3 Priority 2: Health', 3), body('cut waits'));
    expect(failed(runRule('priorities', underParagraphNumbers))).toEqual([]);
  });
  it('still asks for numbers when the priorities carry none in any form', () => {
    const unnumbered = doc(h('Homes', 3), p('We will open a home (Head of Service, by 2027).'), h('Health', 3), p('We will cut waits (Head of Service, by 2027).'));
    expect(failed(runRule('priorities', unnumbered))).toEqual(['numbered-list']);
    // The document's paragraph numbers are not the priorities' own numbering.
    const paragraphNumbers = doc(p('3.1 Homes: we will open a home by 2027.'), p('3.2 Health: we will cut waits by 2027.'));
    expect(failed(runRule('priorities', paragraphNumbers))).toEqual(['numbered-list']);
    // One numbered heading is not a numbered list.
    expect(failed(runRule('priorities', doc(h('Priority 1: Homes', 3), p('We will open a home by 2027.'))))).toEqual(['numbered-list']);
  });
  it('points at the numbered sub-heading whose priority names no lead', () => {
    const text = doc(h('Priority 1: Homes', 3), p('We will open a home (Head of Fostering, by 2027).'), h('Priority 2: Health', 3), p('We will cut waits by 2027.'), h('Who we work with'), p('Our partners lead on health.'));
    const checks = runRule('priorities', text);
    expect(failed(checks)).toEqual(['lead']);
    expect(checks.find((check) => check.element === 'lead')?.message).toContain('priority 2');
  });
  it('accepts leads and timescales set out in the action plan table', () => {
    const text = doc(h('Priority 1: Homes', 3), p('We will open a home.'), h('Priority 2: Health', 3), p('We will cut waits.'));
    const actionPlan = doc(table('plain', [['Action', 'Priority', 'Lead', 'By when'], ['Open a home', '1', 'Head of Service', 'March 2027']]));
    expect(failed(runRule('priorities', text))).toEqual(['lead', 'timescale']);
    expect(failed(runRule('priorities', text, { others: { 'action-plan': actionPlan } }))).toEqual([]);
  });
  it('points at the one priority without a lead when the others each name theirs, whatever the action plan’s lead column says', () => {
    const led = (title: string, lead: string) => [h(title, 3), p(`We will do more. Lead: ${lead}.`)];
    const text = doc(...led('Priority 1: Homes', 'Head of Fostering'), ...led('Priority 2: School', 'Virtual School Head'), h('Priority 3: Health', 3), p('We will do more.'));
    const actionPlan = doc(table('plain', [['Action', 'Lead', 'By when'], ['3.1 Cut waits', 'Designated Nurse', 'March 2027']]));
    const checks = runRule('priorities', text, { others: { 'action-plan': actionPlan } });
    expect(failed(checks)).toEqual(['lead']);
    expect(checks.find((check) => check.element === 'lead')?.message).toContain('priority 3');
  });
  it('leaves the lead to the action plan’s column when most priorities name none of their own', () => {
    const text = doc(h('Priority 1: Homes', 3), p('We will do more. Lead: Head of Fostering.'), h('Priority 2: School', 3), p('We will do more.'), h('Priority 3: Health', 3), p('We will do more.'));
    const actionPlan = doc(table('plain', [['Action', 'Lead', 'By when'], ['Cut waits', 'Designated Nurse', 'March 2027']]));
    expect(failed(runRule('priorities', text, { others: { 'action-plan': actionPlan } }))).toEqual([]);
  });
  it('accepts leads and timescales set out in a table', () => {
    const text = doc(ol('Homes: we will open a new home.'), table('plain', [['Priority', 'Action', 'Lead', 'Timescale'], ['1', 'Open a home', 'Head of Service', 'March 2026']]));
    expect(failed(runRule('priorities', text))).toEqual([]);
  });
});

describe('measures', () => {
  /** The elements these tables fail, leaving aside a measure per pledge theme (tested on its own below). */
  const failedBesidesThemes = (checks: Parameters<typeof failed>[0]): string[] => failed(checks).filter((element) => element !== 'measure-per-pledge-theme');
  const priorities = doc(ol('Homes: we will. Lead: A. By 2026.', 'Health: we will. Lead: B. By 2026.', 'Work: we will. Lead: C. By 2026.'));
  it('asks for a measures table', () => {
    expect(failed(runRule('measures', paras('We will measure our progress.')))).toEqual(['table']);
  });
  it('flags missing cells, undated dates and priorities with no measure', () => {
    const text = doc(
      table('measures', [
        MEASURE_HEADER,
        ['1', 'Placement moves', '12%', 'TBC', '8%', 'March 2027', 'SSDA903', 'Head of Service'],
        ['2', 'Health checks on time', '', 'April 2024', '95%', 'April 2026', '', 'Designated nurse'],
      ]),
    );
    const checks = runRule('measures', text, { others: { priorities } });
    expect(failedBesidesThemes(checks)).toEqual(['baseline', 'baseline-date', 'source', 'young-people-reported', 'measure-per-priority']);
    expect(checks.find((check) => check.element === 'measure-per-priority')?.message).toContain('priority 3');
    expect(checks.find((check) => check.element === 'baseline')?.message).toContain('row 2');
  });
  it('reads a plain table with headers in other words and dates written beside the figures as the measures table', () => {
    const text = doc(
      table('plain', [
        ['What we will measure', 'Now', 'Where we want to be', 'Where the figure comes from', 'Who is responsible'],
        ['Placement moves', '12% (March 2025)', '8% (March 2028)', 'SSDA903', 'Head of Service'],
        ['Children who feel safe', '70% (Bright Spots 2025)', 'to be agreed with the Children in Care Council', 'SSDA903', 'Participation Manager'],
      ]),
    );
    const checks = runRule('measures', text);
    expect(failed(checks).filter((element) => element !== 'measure-per-pledge-theme' && element !== 'young-people-reported')).toEqual(['target']);
    expect(checks.find((check) => check.element === 'target')?.message).toContain('row 2');
  });
  it('takes a date in the header of the baseline or target column as the date of every row, and still asks when the header has none', () => {
    const dated = (baseline: string, target: string) =>
      failed(runRule('measures', doc(table('plain', [['Measure', baseline, target, 'Source', 'Owner'], ['Placement moves', '12%', '8%', 'SSDA903', 'Head of Service']]))));
    expect(dated('Baseline (2024–25)', 'Target (2028)')).not.toContain('baseline-date');
    expect(dated('Baseline (2024–25)', 'Target (2028)')).not.toContain('target-date');
    expect(dated('Baseline', 'Target')).toEqual(expect.arrayContaining(['baseline-date', 'target-date']));
  });
  it('takes a table with most of the columns for the measures table, and names the columns it lacks', () => {
    const text = doc(table('plain', [['Measure', 'Now', 'Who is responsible'], ['Placement moves', '12% (March 2026)', 'Head of Service']]));
    const tableCheck = runRule('measures', text).find((check) => check.element === 'table');
    expect(tableCheck).toMatchObject({ passed: false, message: expect.stringMatching(/^The measures table is missing the columns .*Target/) });
  });
  it('asks for a measures table when no table has most of its columns', () => {
    const text = doc(table('plain', [['Where children live', 'Number'], ['Foster care', '120']]));
    expect(runRule('measures', text).find((check) => check.element === 'table')).toMatchObject({ passed: false, message: expect.stringMatching(/^Set out the measures in a measures table/) });
  });
  it('flags a measure that refers to a priority that does not exist', () => {
    const text = doc(table('measures', [MEASURE_HEADER, ['1, 2, 3', 'Survey', '50%', '2024', '70%', '2026', 'Survey of children in care, 2024', 'Team'], ['7', 'Other', '1', '2024', '2', '2026', 'LAIT', 'Team']]));
    expect(failedBesidesThemes(runRule('measures', text, { others: { priorities } }))).toEqual(['unknown-priority']);
  });
  describe('what makes a measure one the Board can hold the council to', () => {
    const measure = (overrides: Partial<Record<'baseline' | 'target' | 'targetDate' | 'source' | 'indicator', string>>): string[] => {
      const row = { indicator: 'Children who say they feel safe where they live', baseline: '70%', target: '85%', targetDate: 'March 2027', source: 'SSDA903', ...overrides };
      return ['1', row.indicator, row.baseline, 'March 2024', row.target, row.targetDate, row.source, 'Head of Service'];
    };
    const run = (rows: string[][], cover = completeCover) => runRule('measures', doc(table('measures', [MEASURE_HEADER, ...rows])), { cover });

    it('asks for change when the target is the baseline again, pointing at the row', () => {
      const checks = run([measure({}), measure({ baseline: '18%', target: '18 %' })]);
      expect(failedBesidesThemes(checks)).toEqual(['target-change']);
      expect(checks.find((check) => check.element === 'target-change')?.message).toContain('row 2');
      expect(failedBesidesThemes(run([measure({ baseline: '18%', target: 'Fewer than 15%' })]))).toEqual([]);
    });

    it('asks for a target date within the period on the title page, reading financial years to their end', () => {
      const cover = { ...completeCover, periodStart: 2025, periodEnd: 2028 };
      expect(failedBesidesThemes(run([measure({ targetDate: 'March 2031' })], cover))).toEqual(['target-in-period']);
      expect(failedBesidesThemes(run([measure({ targetDate: '2028/29' })], cover))).toEqual(['target-in-period']);
      expect(failedBesidesThemes(run([measure({ targetDate: '2027/28' }), measure({ targetDate: 'March 2028' })], cover))).toEqual([]);
      expect(failedBesidesThemes(run([measure({ targetDate: 'March 2031' })], { ...cover, periodStart: null, periodEnd: null }))).toEqual([]);
    });

    it('asks for a source from the pack\'s list: a national return, or a named survey with its year', () => {
      expect(failedBesidesThemes(run([measure({ source: 'Our records' })]))).toEqual(['known-source']);
      expect(failedBesidesThemes(run([measure({ source: 'Annual survey' })]))).toEqual(['known-source']);
      expect(failedBesidesThemes(run([measure({ source: 'LAIT' }), measure({ source: 'Bright Spots survey, autumn 2024' }), measure({ source: 'Virtual School records' })]))).toEqual([]);
    });

    it('asks for at least one measure young people report themselves', () => {
      expect(failedBesidesThemes(run([measure({ indicator: 'Placement moves' })]))).toEqual(['young-people-reported']);
      expect(failedBesidesThemes(run([measure({ indicator: 'Placement moves' }), measure({ indicator: 'Care leavers who rate their support as good', source: 'Care leavers survey 2024' })]))).toEqual([]);
    });
  });

  it("asks for a measure for each theme of the pack's pledge, naming the themes no row covers", () => {
    const row = (indicator: string): string[] => ['1', indicator, '60%', 'March 2024', '75%', 'March 2027', 'SSDA903', 'Head of Service'];
    const some = runRule('measures', doc(table('measures', [MEASURE_HEADER, row('Children in foster placements'), row('Care leavers in education, employment or training')])));
    expect(failed(some)).toContain('measure-per-pledge-theme');
    const message = some.find((check) => check.element === 'measure-per-pledge-theme')?.message ?? '';
    expect(message).toContain('health and wellbeing');
    expect(message).toContain('having a say');
    expect(message).not.toContain('education');
    const all = runRule(
      'measures',
      doc(table('measures', [MEASURE_HEADER, row('Children in foster placements'), row('Care leavers in education, employment or training'), row('Health assessments on time'), row('Children who feel listened to')])),
    );
    expect(failed(all)).not.toContain('measure-per-pledge-theme');
  });

  it('reads columns by their header text, whatever their order', () => {
    const header = [...MEASURE_HEADER].reverse();
    const row = ['Head of Service', 'SSDA903', 'March 2027', '80%', 'March 2024', '62%', 'Children who say they feel settled at home', '1'];
    expect(failedBesidesThemes(runRule('measures', doc(table('measures', [header, row]))))).toEqual([]);
  });
});

describe('monitoring', () => {
  it('fails a section with no owner, rhythm, annual report or review date', () => {
    expect(failed(runRule('monitoring', paras('Progress will be looked at.')))).toEqual(['who-monitors', 'frequency', 'annual-report', 'next-review-date']);
  });
  it('notes a review after the strategy period', () => {
    const checks = runRule('monitoring', paras('The Board monitors it quarterly and reports annually to Cabinet. The next review is in 2031.'), { cover: { ...completeCover, periodEnd: 2028 } });
    expect(failed(checks)).toEqual([]);
    expect(checks.find((check) => check.element === 'review-after-period')?.severity).toBe('info');
  });
});

describe('board terms of reference', () => {
  it('fails terms with only a purpose', () => {
    expect(failed(runRule('board-tor', paras('The purpose of the group is to improve outcomes.')))).toEqual([
      'functions',
      'membership',
      'young-people-members',
      'voting',
      'chair',
      'vice-chair',
      'quorum',
      'frequency',
      'notice-of-papers',
      'reporting-line',
      'review-date',
      'annual-report',
    ]);
  });
  describe('review within a year and a yearly report to the approving body', () => {
    const without = doc(...(sectionOf('board-tor').content ?? []).filter((block) => !/reviewed|annual report/.test(JSON.stringify(block))));
    const terms = (...sentences: string[]) => doc(...(without.content ?? []), ...sentences.map((sentence) => p(sentence)));
    const march2025 = { ...completeCover, date: '2025-03-12' };

    it('passes a review date no more than twelve months after the title page date, or a yearly review', () => {
      expect(failed(runRule('board-tor', terms('These terms of reference will be reviewed in February 2026.', 'Each year the Board presents an annual report to Full Council.'), { cover: march2025 }))).toEqual([]);
      expect(failed(runRule('board-tor', terms('The Board reviews these terms annually.', 'Each year the Board presents an annual report to Full Council.'), { cover: march2025 }))).toEqual([]);
    });

    it('asks for an earlier review when the date is more than twelve months away, saying both dates', () => {
      const checks = runRule('board-tor', terms('These terms of reference will be reviewed in June 2027.', 'Each year the Board presents an annual report to Full Council.'), { cover: march2025 });
      expect(failed(checks)).toEqual(['review-date']);
      const review = checks.find((check) => check.element === 'review-date');
      expect(review?.message).toContain('June 2027');
      expect(review?.message).toContain('March 2025');
      expect(review?.location).toBeDefined();
      expect(failed(runRule('board-tor', terms('These terms of reference will be reviewed.', 'Each year the Board presents an annual report to Full Council.')))).toEqual(['review-date']);
    });

    it('gives a review date the benefit of the doubt when the title page has only the period', () => {
      const periodOnly = { ...completeCover, date: '', periodStart: 2025 };
      expect(failed(runRule('board-tor', terms('These terms of reference will be reviewed in November 2026.', 'Each year the Board presents an annual report to Full Council.'), { cover: periodOnly }))).toEqual([]);
      expect(failed(runRule('board-tor', terms('These terms of reference will be reviewed in 2028.', 'Each year the Board presents an annual report to Full Council.'), { cover: periodOnly }))).toEqual(['review-date']);
    });

    it("asks for a yearly report to the pack's approving body, not to any body", () => {
      const toCabinet = runRule('board-tor', terms('The Board reviews these terms annually.', 'The Board sends an annual report to Cabinet.'));
      expect(failed(toCabinet)).toEqual(['annual-report']);
      expect(toCabinet.find((check) => check.element === 'annual-report')?.message).toContain('Full Council');
      expect(failed(runRule('board-tor', terms('The Board reviews these terms annually.', 'The Board reports to Full Council, but not on a set cycle.')))).toEqual(['annual-report']);
    });
  });
  it('checks the membership table rows and young people among the members', () => {
    const text = doc(table('board-membership', [['Role', 'Organisation', 'Voting member'], ['Lead Member', 'Council', 'Yes'], ['Head of Service', '', 'No']]));
    const result = failed(runRule('board-tor', text));
    expect(result).toContain('membership-rows');
    expect(result).toContain('young-people-members');
    expect(result).not.toContain('membership');
  });
  it("seats young people named by the council's own name for its Children in Care Council", () => {
    const text = paras('The Board is made up of six councillors, the Director and two members of Vale Voices. Councillors vote; the others do not.');
    expect(failed(runRule('board-tor', text))).toContain('young-people-members');
    expect(failed(runRule('board-tor', text, { localNames: { 'children-in-care-council': 'Vale Voices' } }))).not.toContain('young-people-members');
  });
  it('clears the quorum finding once a quorum is written', () => {
    const without = doc(...(sectionOf('board-tor').content ?? []).filter((block) => !JSON.stringify(block).includes('quorate')));
    expect(failed(runRule('board-tor', without))).toContain('quorum');
    expect(failed(runRule('board-tor', doc(...(without.content ?? []), p('The meeting is quorate with three members present, one of them an elected member.'))))).not.toContain('quorum');
  });
  it('asks for an elected member in the quorum, pointing at where the quorum is set', () => {
    const without = doc(...(sectionOf('board-tor').content ?? []).filter((block) => !JSON.stringify(block).includes('quorate')));
    const councillorless = doc(...(without.content ?? []), p('Meetings are quorate when three members are present.'));
    const quorum = runRule('board-tor', councillorless).find((check) => check.element === 'quorum');
    expect(quorum?.passed).toBe(false);
    expect(quorum?.message).toMatch(/elected member/);
    expect(quorum?.location).toBeDefined();
    expect(failed(runRule('board-tor', doc(...(without.content ?? []), p('Four members, including two councillors, make a quorum.'))))).not.toContain('quorum');
  });
  it('reads a quorum set under a run-in label or across a broken line with what follows', () => {
    const without = (...blocks: ReturnType<typeof p>[]): ReturnType<typeof doc> => doc(...(sectionOf('board-tor').content ?? []).filter((block) => !JSON.stringify(block).includes('quorate')), ...blocks);
    expect(failed(runRule('board-tor', without(p('Quorum. Three members, including the Chair and one other councillor.'))))).not.toContain('quorum');
    const broken = { type: 'paragraph', content: [{ type: 'text', text: 'Quorum' }, { type: 'hard_break' }, { type: 'text', text: 'The group is quorate when three are present, two of whom are elected' }, { type: 'hard_break' }, { type: 'text', text: 'members.' }] };
    expect(failed(runRule('board-tor', without(broken)))).not.toContain('quorum');
    expect(failed(runRule('board-tor', without(p('Quorum. Three members must be present.'), p('Councillors chair the Board.'))))).toContain('quorum');
  });
});

describe('optional and supporting sections', () => {
  it('review of the previous strategy', () => {
    expect(failed(runRule('review-of-previous', paras('This is the second strategy.')))).toEqual(['achieved', 'what-children-said', 'still-to-do']);
  });
  it('related documents', () => {
    expect(failed(runRule('related-documents', paras('See our website.')))).toEqual(['documents', 'sufficiency', 'local-offer']);
  });
  it('glossary', () => {
    expect(failed(runRule('glossary', paras('Terms are explained in the text.')))).toEqual(['entries']);
    expect(failed(runRule('glossary', paras('IRO – independent reviewing officer', 'PA: personal adviser', 'SGO – special guardianship order')))).toEqual([]);
    expect(failed(runRule('glossary', paras('10.1 IRO: independent reviewing officer', '10.2 EET: education, employment or training')))).toEqual([]);
    expect(failed(runRule('glossary', paras('IRO: independent reviewing officer', 'Other terms are explained where they are used in the text.')))).toEqual(['entries']);
  });
  it('contact', () => {
    expect(failed(runRule('contact', paras('Please get in touch.')))).toEqual(['contact-point']);
    expect(failed(runRule('contact', doc(h('Questions'), p('Email cp@eastmoor.example.org'))))).toEqual([]);
  });
});

describe('the sections added in 2026', () => {
  it('care leavers\' offer: names each entitlement that is missing', () => {
    expect(failed(runRule('care-leavers-offer', paras('We support our care leavers.')))).toEqual(['local-offer-link', 'personal-adviser', 'staying-put', 'staying-close', 'council-tax', 'housing', 'work', 'covenant']);
    expect(failed(runRule('care-leavers-offer', paras('Read our local offer online at www.example.org.', 'You keep a personal adviser to 25.')))).not.toContain('local-offer-link');
    expect(failed(runRule('care-leavers-offer', paras('Every care leaver can have a PA, up to the age of 25.')))).not.toContain('personal-adviser');
    expect(failed(runRule('care-leavers-offer', paras('Every care leaver can have a PA.')))).toContain('personal-adviser');
  });
  it('equality: asks for the protected characteristic, over-represented groups and the impact assessment', () => {
    expect(failed(runRule('equality', paras('We treat everyone fairly.')))).toEqual(['protected-characteristic', 'over-represented-groups', 'equality-impact-assessment']);
  });
  it('action plan: asks for a table, names its missing columns and its rows with gaps', () => {
    expect(failed(runRule('action-plan', paras('We will do many things.')))).toEqual(['table']);
    const partial = runRule('action-plan', doc(table('plain', [['Action', 'Owner', 'Date'], ['Open a home', '', 'March 2026']])));
    expect(failed(partial)).toEqual(['table', 'table-rows']);
    expect(partial.find((check) => check.element === 'table')?.message).toContain('missing the columns Priority, Principle');
    expect(partial.find((check) => check.element === 'table-rows')?.message).toContain('row 1');
  });
  it('child-friendly pledge: reading age and how to tell us a promise was broken', () => {
    const hard = paras('The local authority will systematically evaluate the effectiveness of commissioning arrangements for independent residential accommodation in collaboration with strategic partners.');
    expect(failed(runRule('pledge-child-friendly', hard))).toEqual(['plain-language', 'broken-promise']);
  });
});
