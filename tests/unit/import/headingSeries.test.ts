import { describe, expect, it } from 'vitest';
import { proposeImport } from '../../../electron/core/import/proposeImport.js';
import { bytesOf, ENGLAND, sectionsByHeading } from './helpers.js';

/**
 * Sub-headings in a series ("Commitment A", "Priority 2", "Theme 3") are
 * judged as a series: each one's own name ("A voice that counts", "Good
 * health") must not pull it out of its chapter one by one.
 */

async function sections(lines: readonly string[]): Promise<Record<string, string>> {
  const proposal = await proposeImport({ name: 'strategy.md', bytes: bytesOf(lines.join('\n\n')) }, { template: ENGLAND });
  return sectionsByHeading(proposal);
}

const LEADER = ['# A message from the Leader of the Council', 'I am proud that every councillor and officer in Dunmore is a corporate parent. Councillor Sam Reid, Leader of the Council.'];
const INTRO = ['# Introduction', 'This strategy sets out how Dunmore will act as a good parent to the children it looks after and to its care leavers.'];

describe('sub-headings in a series', () => {
  it('keeps a series of commitments with the priorities chapter they sit in, whatever each is called', async () => {
    const found = await sections([
      ...LEADER,
      ...INTRO,
      '# What we will do: our priorities',
      'Over the next three years we will act on four priorities, each with actions, a lead and a date.',
      '## Commitment 1: Homes that last',
      'Fewer moves, and carers who are trained and supported.',
      '## Commitment 2: A voice that counts',
      'Children will be heard at their reviews and at the Board.',
      '## Commitment 3: Our vision for learning',
      'Every child will have a school place within twenty days.',
    ]);
    for (const heading of ['Commitment 1: Homes that last', 'Commitment 2: A voice that counts', 'Commitment 3: Our vision for learning']) expect(found[heading]).toBe('priorities');
  });

  it('files a series of ambitions under another chapter with the priorities, as a series', async () => {
    const found = await sections([
      ...LEADER,
      ...INTRO,
      '# Our vision',
      'Our vision is for every child in our care to have what we would want for our own.',
      '## Ambition A: Stable homes',
      'Fewer moves, and carers who are trained and supported.',
      '## Ambition B: Having a say',
      'Children will be heard at their reviews and at the Board.',
    ]);
    expect(found['Our vision']).toBe('vision');
    expect(found['Ambition A: Stable homes']).toBe('priorities');
    expect(found['Ambition B: Having a say']).toBe('priorities');
  });

  it('keeps a series of themes with their chapter, and still lets a lone sub-heading that names another section go', async () => {
    const found = await sections([
      ...LEADER,
      ...INTRO,
      '# Our promise to you',
      'We promise to be the parents you deserve. These are our promises to every child in our care.',
      '## Theme 1: Having a say',
      'We promise to listen to you and to tell you what we did about it.',
      '## Theme 2: Your health',
      'We promise you will see a doctor and a dentist when you need to.',
      '## Governance',
      'The Corporate Parenting Board, chaired by the Lead Member, meets every quarter and holds the council to account.',
    ]);
    expect(found['Theme 1: Having a say']).toBe('pledge');
    expect(found['Theme 2: Your health']).toBe('pledge');
    expect(found.Governance).toBe('governance');
  });
});

describe('themes under a pledge chapter', () => {
  const PLEDGE = ['# Our promises', 'These are the promises every part of the council makes to the children it looks after.'];

  it('keeps bare themes and the themes whose words also name a section with the pledge, in other words too', async () => {
    const found = await sections([
      ...LEADER,
      ...INTRO,
      ...PLEDGE,
      '## Somewhere to call home',
      'We promise you a home where you feel safe, and to move you only when it is right for you.',
      '## Doing well at school',
      'We promise your school will know you and help you catch up when you need it.',
      '## Friends and family',
      'We promise to help you see the people who matter to you.',
      '## Your voice in decisions',
      'We promise to ask what you think before we decide anything about your life.',
      '## Becoming independent',
      'We promise to help you learn to cook, budget and rent a flat before you leave care.',
      '# The Corporate Parenting Board',
      'The Board, chaired by the Lead Member, meets every quarter and reports to Cabinet.',
    ]);
    for (const heading of ['Somewhere to call home', 'Doing well at school', 'Friends and family', 'Your voice in decisions', 'Becoming independent']) expect(found[heading], heading).toBe('pledge');
  });

  it('does not hold sub-headings that each name another section, nor a strong one among themes', async () => {
    const named = await sections([
      ...LEADER,
      ...INTRO,
      ...PLEDGE,
      '## Listening to you',
      'Children will be heard at their reviews, and the Children in Care Council meets the Board.',
      '## Measuring success',
      'We will measure placement moves, school attendance and how many care leavers are in work.',
      '## Monitoring and review',
      'The Board will monitor progress every quarter and publish an annual report.',
    ]);
    expect(named['Listening to you']).toBe('participation');
    expect(named['Measuring success']).toBe('measures');
    const strong = await sections([
      ...LEADER,
      ...INTRO,
      ...PLEDGE,
      '## Home',
      'We promise you a home where you feel safe.',
      '## School',
      'We promise your school will know you.',
      '## Health',
      'We promise you will see a doctor when you need to.',
      '## Glossary',
      'LAC – looked after child. PEP – personal education plan. IRO – independent reviewing officer.',
    ]);
    expect(strong.Home).toBe('pledge');
    expect(strong.Glossary).toBe('glossary');
  });

  it('lets a sub-heading among themes go when its section is never a theme (how success is measured)', async () => {
    const found = await sections([
      ...LEADER,
      ...INTRO,
      ...PLEDGE,
      '## Home',
      'We promise you a home where you feel safe.',
      '## School',
      'We promise your school will know you.',
      '## Health',
      'We promise you will see a doctor when you need to.',
      '## Measuring success',
      'We will measure placement moves, school attendance and health checks, each with a baseline and a target.',
    ]);
    expect(found.School).toBe('pledge');
    expect(found['Measuring success']).toBe('measures');
  });
});
