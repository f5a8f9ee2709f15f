import { describe, expect, it } from 'vitest';
import { proposeImport } from '../../../electron/core/import/proposeImport.js';
import { shippedTemplate } from '../../fixtures/shippedTemplate.js';
import { bytesOf, sectionsByHeading } from './helpers.js';

/**
 * Wordings for the vision, the pledge and the introduction that every
 * English-language pack should read alike: "where we want to be" names the
 * vision, a commitment addressed to "you" is the pledge (a commitment of the
 * council's own is still the vision), and "why this strategy matters" opens
 * the introduction whichever nation the strategy is written for.
 */

const PACKS = ['england-strategy', 'northern-ireland-strategy', 'wales-strategy'] as const;

function strategy(headings: { vision: string; pledge: string; opening: string }): string {
  return [
    `# ${headings.opening}`,
    'This document sets out what the council and its partners will do for the children it looks after and for young people leaving its care.',
    `# ${headings.vision}`,
    'Every child safe, settled and supported into adult life, with people around them who stay.',
    '# The children we look after',
    'At the end of March there were 240 children in care, most of them living with foster carers in the area.',
    `# ${headings.pledge}`,
    'You will know who your worker is. You will be asked what you think before plans are made about your life.',
    '# Measuring success',
    'The Board receives these figures every quarter and publishes them once a year.',
  ].join('\n\n');
}

async function filed(pack: (typeof PACKS)[number], headings: { vision: string; pledge: string; opening: string }): Promise<Record<string, string>> {
  return sectionsByHeading(await proposeImport({ name: 'strategy.md', bytes: bytesOf(strategy(headings)) }, { template: shippedTemplate(pack) }));
}

describe.each(PACKS)('vision, pledge and introduction wording in the %s pack', (pack) => {
  it('files "where we want to be", a commitment to "you" and "why this strategy matters" where they belong', async () => {
    const found = await filed(pack, { opening: 'Why this strategy matters', vision: 'Where we want to be by 2029', pledge: 'Our commitment to you' });
    expect(found['Why this strategy matters']).toBe('introduction');
    expect(found['Where we want to be by 2029']).toBe('vision');
    expect(found['Our commitment to you']).toBe('pledge');
  });

  it('still files the council’s own commitment as the vision and "where we are now" away from it', async () => {
    const found = await filed(pack, { opening: 'Introduction', vision: 'Our commitment', pledge: 'Our promise to you' });
    expect(found['Our commitment']).toBe('vision');
    const now = await filed(pack, { opening: 'Introduction', vision: 'Our vision', pledge: 'Where we are now' });
    expect(now['Where we are now']).not.toBe('vision');
  });
});

describe.each(PACKS)('an equality sub-heading among a chapter’s themes in the %s pack', (pack) => {
  const chapter = (equalityHeading: string) =>
    [
      '# About this strategy',
      'What the council and its partners will do for the children they look after.',
      '# Our children in numbers',
      'At the end of March 310 children were in our care, a rate of 64 in every 10,000, and 190 care leavers were supported.',
      '## Younger children',
      'Most under-tens live with foster carers close to home.',
      '## Teenagers',
      'More teenagers now come into care, many of them from other areas.',
      `## ${equalityHeading}`,
      'Boys from some ethnic groups are over-represented among the teenagers in our care.',
      '# Measuring success',
      'The Board receives these figures every quarter.',
    ].join('\n\n');
  const filedIn = async (heading: string) => sectionsByHeading(await proposeImport({ name: 'strategy.md', bytes: bytesOf(chapter(heading)) }, { template: shippedTemplate(pack) }))[heading];

  it('files a sub-heading named "Equality and diversity" as the equality section', async () => {
    expect(await filedIn('Equality and diversity')).toBe('equality');
  });

  it('keeps a theme that only touches on fairness with its chapter', async () => {
    expect(await filedIn('Being treated fairly')).toBe('local-context');
  });
});
