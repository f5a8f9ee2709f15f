import { describe, expect, it } from 'vitest';
import { proposeImport } from '../../../electron/core/import/proposeImport.js';
import { headingWords } from '../../../electron/core/import/readers/headingText.js';
import { applyImport } from '../../../electron/core/import/applyImport.js';
import { choicesFromProposal } from '../../../electron/core/import/choices.js';
import { nodeText } from '../../../electron/core/import/readers/inlineText.js';
import { appendicesReferredTo, appendixLabelOf } from '../../../shared/completeness/documentRules/crossReferences.js';
import { allNodes, bytesOf, ENGLAND, sectionsByHeading } from './helpers.js';

/**
 * Classes of heading a strategy import has not seen must still place right:
 * each test writes its own small strategy in the shape of the class (a
 * foreword named after the young people's group, a heading that quotes
 * them, ambitions dated by the strategy's years, an action table, a list of
 * key words, a title page set as headings), never a council's own text.
 */

async function sections(lines: readonly string[], name = 'strategy.md'): Promise<Record<string, string>> {
  const proposal = await proposeImport({ name, bytes: bytesOf(lines.join('\n\n')) }, { template: ENGLAND });
  return sectionsByHeading(proposal);
}

const LEADER = ['# A message from the Leader of the Council', 'I am proud that every councillor and officer in Dunmore is a corporate parent. Councillor Sam Reid, Leader of the Council.'];
const VISION = ['# Our vision', 'Our vision is for every child in our care to have what we would want for our own.'];

describe('forewords by young people, whatever their group is called', () => {
  for (const group of ['Young Ambassadors', 'Youth Advisers', 'Young Inspectors', 'Youth Voice panel']) {
    it(`files a welcome from the ${group} as the young people's foreword, ahead of the leader's`, async () => {
      const found = await sections([`# Welcome from the ${group}`, 'We are in care or have left care, and we meet every month. Some of us chose the words on every page.', ...LEADER, ...VISION]);
      expect(found[`Welcome from the ${group}`]).toBe('foreword-young-people');
      expect(found['A message from the Leader of the Council']).toBe('foreword-leadership');
    });
  }

  it('files a heading quoting them ("In our own words") as their foreword, not as participation', async () => {
    const found = await sections(['# In our own words: the Dunmore Youth Voice group', 'There are nine of us. We have all lived in foster care or children’s homes, and we wrote this page ourselves.', ...LEADER, ...VISION]);
    expect(found['In our own words: the Dunmore Youth Voice group']).toBe('foreword-young-people');
  });

  it('still files a chapter on youth voice further in as participation', async () => {
    const found = await sections([...LEADER, ...VISION, '# Our pledge', 'We will listen to you.', '# Youth voice', 'The Children in Care Council meets monthly; its views and feedback go to the board, and we consult young people on every decision.']);
    expect(found['Youth voice']).toBe('participation');
  });
});

describe('chapters named by a phrase of their section', () => {
  it('files ambitions set for the strategy’s years as priorities, after a vision chapter', async () => {
    const found = await sections([...LEADER, ...VISION, '# Our ambitions for 2027 to 2030', '1. More children living near home\n2. Quicker help with feelings\n3. Every care leaver in work or study']);
    expect(found['Our ambitions for 2027 to 2030']).toBe('priorities');
    expect(found['Our vision']).toBe('vision');
  });

  it('files a chapter on delivering the strategy, or one holding an action, lead and timescale table, as the action plan', async () => {
    const table = ['| Action | Lead | Timescale |', '|---|---|---|', '| Open a drop-in for care leavers | Head of Service | June 2027 |', '| Train every councillor | Democratic Services | March 2027 |'].join('\n');
    const found = await sections([...LEADER, ...VISION, '# Delivering the strategy', table, '# How it will happen', table]);
    expect(found['Delivering the strategy']).toBe('action-plan');
    expect(found['How it will happen']).toBe('action-plan');
  });

  it('files an annex of key words as the glossary', async () => {
    const found = await sections([...LEADER, ...VISION, '# Annex 3 Key words', 'Care leaver – someone who was in care for 13 weeks after turning 14\n\nPA – personal adviser']);
    expect(found['Annex 3 Key words']).toBe('glossary');
  });
});

describe('a title page set only as headings', () => {
  it('fills the cover from the title headings and never makes them chapters', async () => {
    const source = ['# DUNMORE BOROUGH COUNCIL', '## Corporate Parenting Strategy', '## 2027 to 2030', '## Foreword from the Lead Member', 'I am proud to lead this work for Dunmore Borough Council.', '## Our vision', 'Our vision is a good home for every child.'];
    const proposal = await proposeImport({ name: 'strategy.md', bytes: bytesOf(source.join('\n\n')) }, { template: ENGLAND });
    expect(proposal.cover).toEqual({ council: 'Dunmore Borough Council', title: 'Corporate Parenting Strategy', periodStart: 2027, periodEnd: 2030 });
    expect(proposal.parts.map((part) => part.heading?.text)).toEqual(['Foreword from the Lead Member', 'Our vision']);
    expect(proposal.parts.every((part) => part.parentIndex === null)).toBe(true);
  });

  it('keeps a title heading’s other words, and the council’s name out of the title', async () => {
    const source = ['# Dunmore Borough Council Corporate Parenting Strategy 2027–2030', 'Version 2, agreed by Cabinet', '# Our vision', 'Our vision is a good home for every child.'];
    const proposal = await proposeImport({ name: 'strategy.md', bytes: bytesOf(source.join('\n\n')) }, { template: ENGLAND });
    // The title page's own line also states the version and who agreed it: held in full by the cover, it is not kept twice.
    expect(proposal.cover).toEqual({ council: 'Dunmore Borough Council', title: 'Corporate Parenting Strategy', periodStart: 2027, periodEnd: 2030, version: '2', approvingBody: 'Cabinet' });
    expect(proposal.parts.map((part) => part.heading?.text ?? null)).toEqual(['Our vision']);
  });

  it('takes a first heading that names a strategy and has a chapter’s text under it for a chapter', async () => {
    const body = 'This strategy sets out how the council and its partners will act as good parents. '.repeat(6);
    const proposal = await proposeImport({ name: 'strategy.md', bytes: bytesOf(['# About this strategy', body, '# Our vision', 'Our vision is a good home.'].join('\n\n')) }, { template: ENGLAND });
    expect(proposal.parts.map((part) => part.heading?.text)).toEqual(['About this strategy', 'Our vision']);
  });
});

describe('numbering of any style is not part of what a heading says', () => {
  it('is taken off before the words are matched, and words that only look like a label are kept', () => {
    const cases: [string, string][] = [
      ['IV. Our vision', 'our vision'],
      ['C) Our pledge to you', 'our pledge to you'],
      ['B – Leaving care', 'leaving care'],
      ['Part 3 Our vision', 'our vision'],
      ['Chapter Two: Leaving care', 'leaving care'],
      ['Section 4 – Listening', 'listening'],
      ['7) Housing', 'housing'],
      ['3.0 Context', 'context'],
      ['Annex 2 Key words', 'key words'],
      ['Section 10 of the Children Act 2004', 'section 10 of the children act 2004'],
      ['Part of the plan', 'part of the plan'],
      ['A new home', 'a new home'],
      ['I am proud', 'i am proud'],
    ];
    expect(cases.map(([heading]) => [heading, headingWords(heading)])).toEqual(cases);
  });

  const chapters = (number: (index: number) => string) => [
    `# ${number(1)}Foreword from the Lead Member`,
    'I am proud of this work. Councillor Sam Reid, Lead Member for Children.',
    `# ${number(2)}Our vision`,
    'Every child in our care should have a settled home.',
    `# ${number(3)}Our promise to you`,
    'We will listen to you. We will tell you who your social worker is.',
    // Headings the pack knows only as the whole heading ("Corporate parenting", "Conclusion") are read only once the number is gone.
    `# ${number(4)}Corporate parenting`,
    'Every councillor and officer shares the duties a good parent has.',
    `# ${number(5)}Conclusion`,
    'Thank you for reading.',
  ];
  const expected = ['foreword-leadership', 'vision', 'pledge', 'introduction', 'unsorted'];
  const roman = ['', 'I', 'II', 'III', 'IV', 'V'];
  const letters = ['', 'A', 'B', 'C', 'D', 'E'];
  const words = ['', 'One', 'Two', 'Three', 'Four', 'Five'];
  for (const [style, number] of [
    ['Roman numerals', (index: number) => `${roman[index]}. `],
    ['capital letters', (index: number) => `${letters[index]}) `],
    ['"Part N" with no separator', (index: number) => `Part ${index} `],
    ['"Chapter One:"', (index: number) => `Chapter ${words[index]}: `],
    ['"3.0"', (index: number) => `${index}.0 `],
  ] as const) {
    it(`reads headings numbered with ${style}`, async () => {
      const found = await sections(chapters(number));
      expect(Object.values(found)).toEqual(expected);
    });
  }
});

describe('lines of a text file that are not headings', () => {
  it('keeps a signature under a foreword with the foreword, not as a chapter', async () => {
    const text = ['FOREWORD', '', 'I am proud to introduce this strategy, and I have asked every service to play its part for the children in our care.', '', 'Councillor Sam Reid, Lead Member for Children', '', 'OUR VISION', '', 'Our vision is that every child in our care has a settled and loving home near the people who matter to them.'].join('\n');
    const proposal = await proposeImport({ name: 'strategy.txt', bytes: bytesOf(text) }, { template: ENGLAND });
    expect(proposal.parts.map((part) => part.heading?.text)).toEqual(['FOREWORD', 'OUR VISION']);
    expect(proposal.parts[0]?.preview).toContain('Councillor Sam Reid, Lead Member for Children');
  });

  it('drops a running header and page numbers repeated on every page of a text saved from a PDF', async () => {
    const page = (number: number, heading: string, body: string) => ['Dunmore Corporate Parenting Strategy 2027–2030', '', heading, '', body, '', `Page ${number}`, ''].join('\n');
    const text = [
      page(1, 'FOREWORD FROM THE LEAD MEMBER', 'I am proud to introduce this strategy, and I have asked every service to play its part for the children in our care.'),
      page(2, 'OUR VISION', 'Our vision is that every child in our care has a settled and loving home near the people who matter to them.'),
      page(3, 'OUR PROMISE TO YOU', 'We will listen to you, we will tell you who your social worker is, and we will help you stay at your school.'),
    ].join('\n');
    const proposal = await proposeImport({ name: 'strategy.txt', bytes: bytesOf(text) }, { template: ENGLAND });
    expect(sectionsByHeading(proposal)).toEqual({ 'FOREWORD FROM THE LEAD MEMBER': 'foreword-leadership', 'OUR VISION': 'vision', 'OUR PROMISE TO YOU': 'pledge' });
    expect(proposal.parts.map((part) => part.preview).join(' ')).not.toMatch(/Page \d/);
  });

  it('keeps a short line that repeats but is text ("We will:")', async () => {
    const text = ['# Our pledge', 'We will:', '- listen to you', '# Leaving care', 'We will:', '- help you find a home', '# Health', 'We will:', '- help you see a doctor'].join('\n\n');
    const proposal = await proposeImport({ name: 'strategy.md', bytes: bytesOf(text) }, { template: ENGLAND });
    expect(proposal.parts.filter((part) => part.preview.startsWith('We will:'))).toHaveLength(3);
  });
});

describe('headings that are questions', () => {
  it('are read by the question each section answers', async () => {
    const found = await sections([
      '# Why does corporate parenting matter?',
      'When a child comes into care, the whole council takes on the duties a good parent has.',
      '# What do we want for our children?',
      'A settled home, people who stay, and the belief that they can do well.',
      '# Where are we now?',
      'On 31 March 2027, 240 children were in our care, 61 per 10,000.',
      '# What will we do?',
      '1. More homes near Dunmore\n2. Faster help with feelings',
      '# How will we get there?',
      'Each priority has a lead officer and a date.',
      '# Who is in charge?',
      'The Corporate Parenting Board oversees this strategy and reports to Cabinet.',
      '# How will we know it is working?',
      'We will track indicators against a baseline and a target.',
    ]);
    expect(Object.values(found)).toEqual(['introduction', 'vision', 'local-context', 'priorities', 'action-plan', 'governance', 'measures']);
  });
});

describe('appendix labels an import keeps', () => {
  it('keeps the label of every appendix the text refers to, so each reference finds its appendix', async () => {
    const source = [
      '# Foreword from the Lead Member',
      'I am proud of this work; the Board’s terms of reference are in Appendix 1 and the words we use are explained in Annex B.',
      '# Our pledge',
      'We will listen to you. Our promises in full are in Appendices 2 and 3.',
      '# Appendix 1 – Terms of reference',
      'The Board meets quarterly. It is quorate when three members are present.',
      '# Annex B: Key words',
      'PA – personal adviser',
      '# Appendix 2',
      'We will always tell you who your social worker is.',
      '# Appendix 3 Our promises on leaving care',
      'You will have a personal adviser until you are 25.',
      '# Appendix 4 – Contacts',
      'Email us at care@dunmore.example.',
    ];
    const proposal = await proposeImport({ name: 'strategy.md', bytes: bytesOf(source.join('\n\n')) }, { template: ENGLAND });
    const applied = applyImport(proposal, choicesFromProposal(proposal));
    const docs = [...applied.sections.map((section) => section.doc), ...(applied.unsorted ? [applied.unsorted] : [])];
    const headings = docs.flatMap((doc) => allNodes(doc.content ?? []).filter((node) => node.type === 'heading').map((node) => nodeText(node)));
    const labels = new Set(headings.flatMap((heading) => appendixLabelOf(heading) ?? []));
    const referred = docs.flatMap((doc) => appendicesReferredTo(allNodes(doc.content ?? []).map((node) => node.text ?? '').join(' ')));
    expect(new Set(referred)).toEqual(new Set(['Appendix 1', 'Appendix B', 'Appendix 2', 'Appendix 3']));
    expect(referred.filter((label) => !labels.has(label))).toEqual([]);
    // Nothing refers to Appendix 4: its label goes, as the export numbers appendices itself.
    expect(headings).toContain('Contacts');
  });
});

describe('chapters named after an outcome area, a summary for young people, an inspection', () => {
  it('files chapters named after the areas a strategy works on (health, school, home, "Theme 2:") as priorities, not Unsorted', async () => {
    const found = await sections([
      ...LEADER,
      ...VISION,
      '# Being healthy',
      'Every child will have a health assessment on time and quick help with their feelings.',
      '# Doing well at school',
      'The Virtual School will track the progress of every child in care.',
      '# Theme 3: A stable home',
      'More foster carers near Dunmore, so fewer children move.',
    ]);
    expect([found['Being healthy'], found['Doing well at school'], found['Theme 3: A stable home']]).toEqual(['priorities', 'priorities', 'priorities']);
  });

  it('still files a chapter on the people who do the work (health managers, clinicians) as roles', async () => {
    const found = await sections([...LEADER, ...VISION, '# Health managers and practitioners', 'Designated doctors and nurses are responsible for health assessments; managers should make sure every child is seen.']);
    expect(found['Health managers and practitioners']).toBe('roles');
  });

  it('files a statement of intent as the vision, a young people’s version as the child-friendly pledge, and what inspectors found as local context', async () => {
    const found = await sections([
      ...LEADER,
      '# Statement of intent',
      'We intend to be the parents every child in our care deserves.',
      '# What Ofsted said',
      'Inspectors judged our services for children in care good in 2026.',
      '# Our pledge',
      'We will listen to you.',
      '# The young people’s version',
      'This is the strategy in short, for you. If we break a promise, tell your social worker.',
    ]);
    expect([found['Statement of intent'], found['What Ofsted said'], found['The young people’s version']]).toEqual(['vision', 'local-context', 'pledge-child-friendly']);
  });

  it('files the policy context as legislation and working together with partners as roles', async () => {
    const found = await sections([...LEADER, ...VISION, '# Policy context', 'The Children and Social Work Act 2017 sets out seven principles every corporate parent must follow.', '# Working together', 'Health, police and schools share the job with the council.']);
    expect([found['Policy context'], found['Working together']]).toEqual(['legislation', 'roles']);
  });
});

describe('a contents page', () => {
  const chapters = ['## Foreword', 'I am proud to introduce this strategy. Councillor Sam Reid, Lead Member.', '## Our vision', 'Our vision is a loving home for every child.', '## Our pledge', 'We will listen to you.'];
  for (const [style, contents] of [
    ['entries styled as headings under "Contents"', ['## Contents', '### Foreword', '### Our vision', '### Our pledge']],
    ['entries styled as headings with no title', ['### Foreword', '### Our vision', '### Our pledge']],
    ['numbered lines with page numbers', ['## Contents', '1. Foreword 2\n2. Our vision 3\n3. Our pledge 4']],
  ] as const) {
    it(`never gives headings when its ${style}`, async () => {
      const proposal = await proposeImport({ name: 'strategy.md', bytes: bytesOf(['# Corporate Parenting Strategy 2026 to 2029', ...contents, ...chapters].join('\n\n')) }, { template: ENGLAND });
      expect(proposal.parts.map((part) => part.heading?.text)).toEqual(['Foreword', 'Our vision', 'Our pledge']);
    });
  }

  it('keeps headings with nothing between them that no later heading repeats', async () => {
    const proposal = await proposeImport({ name: 'strategy.md', bytes: bytesOf(['## Our priorities', '### Health', '### Education', '### Homes', 'We will find more homes near Dunmore.'].join('\n\n')) }, { template: ENGLAND });
    expect(proposal.parts.map((part) => part.heading?.text)).toEqual(['Our priorities', 'Health', 'Education', 'Homes']);
  });
});

describe('headings that are quotations', () => {
  it('are judged by the words after the quotation, or by the text under them, not by what the young person said', async () => {
    const found = await sections([
      ...LEADER,
      ...VISION,
      '# “Listen to me, not about me”',
      'We will always tell you who your social worker is. We will make sure you have a say. We will help you stay at your school. We will find you a home where you feel safe. We promise to keep these promises to you, and you can tell us if we do not.',
      '# “I want to stay close to my friends” – Stable homes',
      'More foster carers near Dunmore so fewer children move.',
      '# "Nobody told me what would happen at 18"',
      'Every care leaver has a personal adviser until 25, council tax exemption and help with setting up home through our local offer.',
    ]);
    expect([found['“Listen to me, not about me”'], found['“I want to stay close to my friends” – Stable homes'], found['"Nobody told me what would happen at 18"']]).toEqual(['pledge', 'priorities', 'care-leavers-offer']);
  });
});

describe('a whole strategy in a house style of capitals and worded numbers', () => {
  it('reads its title page into the cover and files every chapter, numbered "SECTION ONE:" or "APPENDIX TWO:"', async () => {
    const lines = [
      '# NORTHGATE CITY COUNCIL', '# CORPORATE PARENTING STRATEGY', '# 2026 – 2029',
      '## SECTION ONE: FOREWORD FROM OUR YOUNG PEOPLE', 'Hello! We are Northgate Voices. Most of us are in foster care and a few of us live in our own flats now. We want councillors to get to know us.',
      '## SECTION TWO: A WORD FROM THE DIRECTOR', 'I am committed to making Northgate a place where children in care thrive. Jane Doe, Director of Children\'s Services.',
      '## SECTION THREE: WHAT IS CORPORATE PARENTING?', 'When a child comes into care, the council becomes their corporate parent.',
      '## SECTION FOUR: OUR CHILDREN AT A GLANCE', 'As at 31 March 2025, 402 children were looked after (74 per 10,000).',
      '## SECTION FIVE: WHAT YOU TOLD US', 'In our survey, 300 young people told us they want fewer changes of social worker.',
      '## SECTION SIX: OUR PROMISES', 'We will answer your calls. We will remember your birthday.',
      '## SECTION SEVEN: OUR PRIORITIES FOR 2026-2029', '1. Homes\n2. Health\n3. Education',
      '### 7.1 Homes', 'More foster carers in Northgate.',
      '### 7.2 Health', 'Faster mental health support.',
      '## SECTION EIGHT: THE CORPORATE PARENTING PANEL', 'The Panel meets every two months and is chaired by the Lead Member.',
      '## SECTION NINE: HOW WE WILL MEASURE SUCCESS', '| Measure | Now | Target |\n|---|---|---|\n| Placement stability | 68% | 75% |',
      '## APPENDIX ONE: TERMS OF REFERENCE', 'Quorum: three members including a councillor.',
      '## APPENDIX TWO: JARGON BUSTER', 'IRO – independent reviewing officer',
    ];
    const proposal = await proposeImport({ name: 'strategy.md', bytes: bytesOf(lines.join('\n\n')) }, { template: ENGLAND });
    expect(proposal.cover).toEqual({ council: 'Northgate City Council', title: 'Corporate Parenting Strategy', periodStart: 2026, periodEnd: 2029 });
    expect(proposal.parts.map((part) => part.section)).toEqual([
      'foreword-young-people',
      'foreword-leadership',
      'introduction',
      'local-context',
      'participation',
      'pledge',
      'priorities',
      'priorities',
      'priorities',
      'governance',
      'measures',
      'board-tor',
      'glossary',
    ]);
  });
});
