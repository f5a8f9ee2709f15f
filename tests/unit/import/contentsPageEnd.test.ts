import { describe, expect, it } from 'vitest';
import { contentsLength } from '../../../electron/core/import/readers/contentsPage.js';
import { readSource } from '../../../electron/core/import/readers/readSource.js';
import { bytesOf } from './helpers.js';

/**
 * Where a contents page ends when the text after it is prose wrapped into
 * short lines (text copied out of a PDF): every line is as short as an
 * entry, so the page used to run on to the first heading it repeats.
 */

const ENTRIES = ['SECTION A – WHO WE ARE ........ 2', 'SECTION B – OUR PROMISE ........ 4', 'SECTION C – LEAVING CARE ........ 6', 'SECTION D – MEASURES ........ 8'];

describe('the end of a contents page whose entries give page numbers', () => {
  it('ends with its last numbered entry, not at the first heading it repeats', () => {
    const after = ['', 'Printed by the Children’s Services Directorate', '', 'OPENING WORDS', 'We are glad to share this plan with every', 'councillor, officer and partner who works with', 'the children we look after.', 'SECTION A – WHO WE ARE'];
    expect(contentsLength([...ENTRIES, ...after])).toBe(ENTRIES.length);
  });

  it('keeps entries without page numbers when the page does not number its entries from the first', () => {
    const unpaged = ['Who we are', 'Our promise', 'Leaving care ........ 6', 'Measures ........ 8', 'Glossary ........ 9', 'Help and advice'];
    expect(contentsLength([...unpaged, 'A paragraph long enough to be the text proper rather than a line of the contents page, by some way, since it runs on well past twenty words.'])).toBe(unpaged.length);
  });

  it('keeps the opening words between the contents page and the first part of a plain-text strategy', async () => {
    const text = [
      'CONTENTS',
      ...ENTRIES,
      '',
      'Printed by the Children’s Services Directorate, spring 2026.',
      '',
      'OPENING WORDS',
      'We are glad to share this plan with every councillor, officer and',
      'partner who works with the children we look after, and we thank the',
      'young people who told us what to change.',
      '',
      'SECTION A – WHO WE ARE',
      'A mixed county of market towns and farms, with a growing number of',
      'teenagers in care and too few foster homes near their schools.',
    ].join('\n');
    const read = await readSource({ name: 'strategy.txt', bytes: bytesOf(text) });
    const headings = read.blocks.flatMap((block) => (block.kind === 'heading' ? [block.heading.text] : []));
    expect(headings).toEqual(['OPENING WORDS', 'SECTION A – WHO WE ARE']);
  });
});
