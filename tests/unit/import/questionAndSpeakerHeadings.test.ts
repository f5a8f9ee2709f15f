import { describe, expect, it } from 'vitest';
import { proposeImport } from '../../../electron/core/import/proposeImport.js';
import { shippedTemplate } from '../../fixtures/shippedTemplate.js';
import { bytesOf, sectionsByHeading } from './helpers.js';

/**
 * Two shapes of heading that strategies written for young readers use: a
 * heading that says who is speaking ("A word from …", "From …"), and a
 * heading asked as a question ("How do we hear you?"). Each is filed by
 * what it means, in every pack; the strategies here are made up for the
 * tests.
 */

async function sections(lines: readonly string[], pack = 'england-strategy'): Promise<Record<string, string>> {
  const proposal = await proposeImport({ name: 'strategy.md', bytes: bytesOf(lines.join('\n\n')) }, { template: shippedTemplate(pack) });
  return sectionsByHeading(proposal);
}

const GROUP_WORDS = 'There are about twenty of us, aged 11 to 24, and we have all lived in foster homes or children’s homes. We read every page of this plan and changed a lot of it.';
const LEADERS_WORDS = 'I am proud to present this strategy. Councillor Ana Vidal, Lead Member for Children, and the Director of Children’s Services.';
const VISION = ['# Our vision', 'Our vision is that every child we look after has what we would want for our own.'];

describe('a heading that names who speaks', () => {
  it('files a word from a group whose name says nothing of young people as their foreword, not as participation', async () => {
    const found = await sections(['# A word from Tregarrow Voices', GROUP_WORDS, '# Foreword from the Lead Member', LEADERS_WORDS, ...VISION]);
    expect(found['A word from Tregarrow Voices']).toBe('foreword-young-people');
    expect(found['Foreword from the Lead Member']).toBe('foreword-leadership');
  });

  it('does the same in the Scottish pack', async () => {
    const found = await sections(['# A word from Lochaven Voice', GROUP_WORDS, '# Why this plan matters', `From the Convener and the Chief Executive. ${LEADERS_WORDS}`], 'scotland-plan');
    expect(found['A word from Lochaven Voice']).toBe('foreword-care-experienced');
  });

  it('takes each signed part of a foreword chapter to its own foreword', async () => {
    const found = await sections(['# 1. Foreword', '## 1.1 From the Harbour Crew', GROUP_WORDS, '## 1.2 From the Lead Member and the Director', LEADERS_WORDS, ...VISION]);
    expect(found['1.1 From the Harbour Crew']).toBe('foreword-young-people');
    expect(found['1.2 From the Lead Member and the Director']).toBe('foreword-leadership');
  });

  it('keeps a message from a leader with the leaders’ foreword, even when the leader chairs a board', async () => {
    const found = await sections(['# A message from the Chair of the Corporate Parenting Board', LEADERS_WORDS, ...VISION]);
    expect(found['A message from the Chair of the Corporate Parenting Board']).toBe('foreword-leadership');
  });

  it('reads "from … to …" as a journey, not a speaker', async () => {
    const found = await sections([...VISION, '# From care to adulthood', 'Every care leaver has a personal adviser up to 25, a setting up home grant and help with council tax.']);
    expect(found['From care to adulthood']).toBe('care-leavers-offer');
  });
});

describe('a heading asked as a question', () => {
  it('files "what matters to us" as the values of the vision, and "what matters most" as the priorities', async () => {
    const found = await sections([
      ...VISION,
      '# What matters to us',
      'We want every child we look after to feel safe, to stay close to the people they love and to be listened to.',
      '# What matters most over the next three years',
      'Our first priority is homes near family; our second is fewer changes of worker.',
    ]);
    expect(found['What matters to us']).toBe('vision');
    expect(found['What matters most over the next three years']).toBe('priorities');
  });

  for (const pack of ['england-strategy', 'wales-strategy']) {
    it(`files questions about hearing children, looking back, the years ahead and reporting by their meaning (${pack})`, async () => {
      const found = await sections(
        [
          ...VISION,
          '# What did we promise last time, and what happened?',
          'We kept most of our promises from the strategy before this one and missed two.',
          '# How do we hear you?',
          'Young people meet the panel every two months and tell us what is not working.',
          '# What will we do over the next four years?',
          '## 1. Homes close to school',
          'We will open two small homes.',
          '## 2. Help with feelings',
          'We will fund a counsellor for every secondary school.',
          '# How and when will we report?',
          'Every year the panel will publish what has been done.',
          '# Which laws and plans is this based on?',
          'The Children Act 1989 and the Social Services and Well-being (Wales) Act 2014.',
        ],
        pack,
      );
      expect(found['What did we promise last time, and what happened?']).toBe('review-of-previous');
      expect(found['How do we hear you?']).toBe('participation');
      expect(found['What will we do over the next four years?']).toBe('priorities');
      expect(found['1. Homes close to school']).toBe('priorities');
      expect(found['How and when will we report?']).toBe('monitoring');
      expect(found['Which laws and plans is this based on?']).toBe('legislation');
    });
  }

  it('files "how will we know …" as measures whatever it goes on to name', async () => {
    const table = ['| Measure | Now | Aim |', '|---|---|---|', '| Children living near home | 80% | 90% |'].join('\n');
    const found = await sections(['# Keeping The Promise', 'The Promise asks every corporate parent to change.', '# How will we know we are keeping The Promise?', table], 'scotland-plan');
    expect(found['How will we know we are keeping The Promise?']).toBe('measures');
  });

  it('leaves a children’s hearing out of participation in the Scottish pack', async () => {
    const found = await sections(['# The children’s hearing', 'A children’s hearing decides whether a child needs compulsory measures of supervision under the 2011 Act.', '# Hearing from care experienced people', 'We listen to the champions’ board every month.'], 'scotland-plan');
    expect(found['The children’s hearing']).not.toBe('participation');
    expect(found['Hearing from care experienced people']).toBe('participation');
  });
});

describe('a Scottish plan in its own words', () => {
  const TITLE = ['Lochaven Council', 'Corporate Parenting Plan 2026 to 2029'];

  it('files the council’s own corporate parents as the duties, its children as the local picture, and why it has a plan as the introduction', async () => {
    const found = await sections(
      [
        ...TITLE,
        '# Why we have this plan',
        'Every corporate parent must publish a plan saying how it will meet its duties, and this plan is ours.',
        "# Lochaven's corporate parents",
        '- Lochaven Council\n- the health board\n- Police Scotland\n- the college',
        '# Care experienced children and young people in Lochaven',
        'On 31 July we looked after 210 children: 28% at home, 35% with kinship carers and 30% with foster carers.',
        '# Our children and young people',
        'Fewer of our children live in residential care than in Scotland as a whole (9% against 11%).',
      ],
      'scotland-plan',
    );
    expect(found['Why we have this plan']).toBe('introduction');
    expect(found["Lochaven's corporate parents"]).toBe('corporate-parenting-duties');
    expect(found['Care experienced children and young people in Lochaven']).toBe('local-context');
    expect(found['Our children and young people']).toBe('local-context');
  });

  it('keeps a framework’s foundations together, "Voice" among them, and still lets a plainly named chapter leave', async () => {
    const theme = (name: string) => [`## ${name}`, 'What we will do: meet every month and write down what changed.'];
    const found = await sections(
      [
        ...TITLE,
        '# About this plan',
        'This plan sets out how the council and its partners will act as corporate parents.',
        '# Our plan, in The Promise’s foundations',
        'We have set out this plan under the foundations of The Promise.',
        ...['Voice', 'Family', 'Care', 'People'].flatMap(theme),
        '## How we will know we are making a difference',
        '| Measure | Now | Aim |\n|---|---|---|\n| Children who feel listened to | 60% | 80% |',
      ],
      'scotland-plan',
    );
    expect(found.Voice).toBe('the-promise');
    expect(found.Family).toBe('the-promise');
    expect(found['How we will know we are making a difference']).toBe('measures');
  });

  it('still files "Voice" as participation where it is not one of a series', async () => {
    const found = await sections(['# Keeping The Promise', 'The Promise asks every corporate parent to change.', '## Voice', 'We listen to children and act on what they tell us, and every child has an advocate.'], 'scotland-plan');
    expect(found.Voice).toBe('participation');
  });
});

describe('headings that only look like a speaker', () => {
  it('reads "By working together" as a means, not a speaker', async () => {
    const found = await sections([...VISION, '# By working together', 'Schools, health, housing and the police each have a part to play, and we will act together with them.']);
    expect(found['By working together']).toBe('roles');
  });
});

describe('the same meanings in other words', () => {
  it('files a foreword headed only by its speaker’s role as the leaders’ foreword, beside one headed by a group’s name', async () => {
    const found = await sections(['# From the Harbour Crew', GROUP_WORDS, '# From the Director of Children’s Services', LEADERS_WORDS, ...VISION]);
    expect(found['From the Harbour Crew']).toBe('foreword-young-people');
    expect(found['From the Director of Children’s Services']).toBe('foreword-leadership');
  });

  it('files what is important to us as the vision, how we’ll report as monitoring and looking ahead as priorities', async () => {
    const found = await sections([
      ...VISION,
      '# What’s important to us',
      'We want every child to feel safe and to be listened to.',
      '# Looking ahead',
      'Our first priority is homes near family.',
      '# How we’ll report progress',
      'The board will publish what has been done each year.',
    ]);
    expect(found['What’s important to us']).toBe('vision');
    expect(found['Looking ahead']).toBe('priorities');
    expect(found['How we’ll report progress']).toBe('monitoring');
  });
});

describe('a chapter that defines whom the strategy is for', () => {
  it('files a heading naming the children, over the definition of its terms, as the introduction', async () => {
    const found = await sections([
      ...VISION,
      '# Children in our care and young people leaving it',
      'The term children in our care applies to every child the council looks after, under a care order (section 31 of the Children Act 1989) or by agreement with their parents (section 20 of the same Act).',
      '# Legal framework',
      'The term corporate parent comes from the Children Act 1989, the Children (Leaving Care) Act 2000, the Children and Young Persons Act 2008 and the Children and Social Work Act 2017.',
    ]);
    expect(found['Children in our care and young people leaving it']).toBe('introduction');
    expect(found['Legal framework']).toBe('legislation');
  });
});
