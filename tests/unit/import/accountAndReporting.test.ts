import { describe, expect, it } from 'vitest';
import { proposeImport } from '../../../electron/core/import/proposeImport.js';
import { shippedTemplate } from '../../fixtures/shippedTemplate.js';
import { bytesOf, sectionsByHeading } from './helpers.js';

/**
 * Who holds the council to account is its governance; how it reports on
 * the strategy is monitoring. A chapter titled for the first often carries a
 * short sub-heading for the second, and a Board's terms of reference have a
 * "Reporting" clause of their own that belongs with them.
 */

const PACKS = ['england-strategy', 'northern-ireland-strategy', 'wales-strategy'] as const;

const OPENING = ['# Introduction', 'What the council and its partners will do for the children they look after and for care leavers.'];

async function filed(pack: (typeof PACKS)[number], lines: readonly string[]): Promise<Record<string, string>> {
  return sectionsByHeading(await proposeImport({ name: 'strategy.md', bytes: bytesOf([...OPENING, ...lines].join('\n\n')) }, { template: shippedTemplate(pack) }));
}

describe.each(PACKS)('holding to account and reporting in the %s pack', (pack) => {
  it('files "how we hold ourselves to account" as governance and its bare "Reporting" sub-heading as monitoring', async () => {
    const found = await filed(pack, [
      '# How we hold ourselves to account',
      '## The panel of councillors',
      'Elected members meet every two months, led by the lead member, and question officers on this strategy.',
      '## Reporting',
      'A yearly report on progress against the measures goes to full council each spring.',
      '# Our promise to you',
      'You will know who your worker is and how to reach them.',
    ]);
    expect(found['How we hold ourselves to account']).toBe('governance');
    expect(found['Reporting']).toBe('monitoring');
  });

  it('leaves a "Reporting" clause inside the Board’s terms of reference with them', async () => {
    const found = await filed(pack, [
      '# Our promise to you',
      'You will know who your worker is and how to reach them.',
      '# Appendix 1: Corporate Parenting Board terms of reference',
      '## Membership',
      'Six councillors, the Director of Children’s Services and two young people.',
      '## Reporting',
      'The Board reports once a year to full council.',
    ]);
    expect(found['Reporting']).toBe('board-tor');
  });
});
