import { describe, expect, it } from 'vitest';
import { proposeImport } from '../../../electron/core/import/proposeImport.js';
import { bytesOf, ENGLAND, sectionsByHeading } from './helpers.js';

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
    expect(proposal.cover).toEqual({ council: 'Dunmore Borough Council', title: 'Corporate Parenting Strategy', periodStart: 2027, periodEnd: 2030 });
    expect(proposal.parts.map((part) => part.heading?.text ?? null)).toEqual([null, 'Our vision']);
    expect(proposal.parts[0]?.preview).toBe('Version 2, agreed by Cabinet');
  });

  it('takes a first heading that names a strategy and has a chapter’s text under it for a chapter', async () => {
    const body = 'This strategy sets out how the council and its partners will act as good parents. '.repeat(6);
    const proposal = await proposeImport({ name: 'strategy.md', bytes: bytesOf(['# About this strategy', body, '# Our vision', 'Our vision is a good home.'].join('\n\n')) }, { template: ENGLAND });
    expect(proposal.parts.map((part) => part.heading?.text)).toEqual(['About this strategy', 'Our vision']);
  });
});
