import { describe, expect, it } from 'vitest';
import { proposeImport } from '../../../electron/core/import/proposeImport.js';
import { bytesOf, ENGLAND, sectionsByHeading } from './helpers.js';

/**
 * Headings written as questions or everyday phrases ("Whose job is it?",
 * "How we will report") name their section through the pack's cues, as a
 * family of wordings, in a small strategy of our own.
 */

async function sections(lines: readonly string[]): Promise<Record<string, string>> {
  const proposal = await proposeImport({ name: 'strategy.md', bytes: bytesOf(lines.join('\n\n')) }, { template: ENGLAND });
  return sectionsByHeading(proposal);
}

const LEADER = ['# A message from the Leader of the Council', 'I am proud that every councillor and officer in Dunmore is a corporate parent. Councillor Sam Reid, Leader of the Council.'];
const VISION = ['# Our vision', 'Our vision is for every child in our care to have what we would want for our own.'];

describe('question and everyday headings', () => {
  it('files roles, monitoring and introduction chapters by their everyday names', async () => {
    const found = await sections([
      ...LEADER,
      '# Why the plan matters',
      'Dunmore looks after 180 children and supports 140 care leavers. This plan says what we will do for them.',
      '## Which children and young people does it cover?',
      'Every child we look after, and every young person who has left our care, up to the age of 25.',
      ...VISION,
      '# Looking after you is everyone’s business',
      'Councillors, officers in every department, schools, health services and the police all share the duty.',
      '# How will we report?',
      'Every six months the Board will hear how the actions are going, and once a year Full Council will.',
    ]);
    expect(found['Why the plan matters']).toBe('introduction');
    expect(found['Which children and young people does it cover?']).toBe('introduction');
    expect(found['Looking after you is everyone’s business']).toBe('roles');
    expect(found['How will we report?']).toBe('monitoring');
  });

  it('files a sub-heading asking whose job it is as roles, and reporting and review as monitoring', async () => {
    const found = await sections([
      ...LEADER,
      ...VISION,
      '# Holding ourselves to account',
      'The Corporate Parenting Board meets every quarter and is chaired by the Lead Member.',
      '## Whose job is it?',
      'Every councillor, every officer and every partner shares the duty to act as a good parent.',
      '## Reporting and review',
      'The Board will report once a year to Full Council and review the plan halfway through.',
    ]);
    expect(found['Whose job is it?']).toBe('roles');
    expect(found['Reporting and review']).toBe('monitoring');
  });

  it('files the promises retold for younger children as the child-friendly pledge', async () => {
    const found = await sections([
      ...LEADER,
      ...VISION,
      '# Our promises',
      'We promise to find you a home where you can stay, and to help you keep in touch with your family.',
      '## The promises in a few words',
      'A home. Your family. Your school. Your say.',
    ]);
    expect(found['Our promises']).toBe('pledge');
    expect(found['The promises in a few words']).toBe('pledge-child-friendly');
  });

  it('files a message from the young people’s group by its own name as their foreword, and the leader’s as the leader’s', async () => {
    const found = await sections([
      '# A message from Dunmore Speaks Up',
      'We are Dunmore Speaks Up. We are all in care or have left care, we meet every fortnight, and we told the council what to put in this plan.',
      ...LEADER,
      ...VISION,
    ]);
    expect(found['A message from Dunmore Speaks Up']).toBe('foreword-young-people');
    expect(found['A message from the Leader of the Council']).toBe('foreword-leadership');
  });
});
