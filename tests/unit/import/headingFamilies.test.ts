import { describe, expect, it } from 'vitest';
import { compileCues, type CueBook } from '../../../electron/core/import/classify/importCues.js';
import { scoreHeading } from '../../../electron/core/import/classify/headingKeywords.js';
import { proposeImport } from '../../../electron/core/import/proposeImport.js';
import { headingWords } from '../../../electron/core/import/readers/headingText.js';
import { UNSORTED } from '../../../shared/import/types.js';
import { shippedTemplate } from '../../fixtures/shippedTemplate.js';
import { bytesOf, sectionsByHeading } from './helpers.js';

/**
 * Families of heading cue in every strategy pack, each checked on headings
 * in words of their own (never a strategy's): one the family must catch
 * and one it must leave alone, so a family that grows too greedy, or one a
 * pack lacks, fails here.
 */

const STRATEGY_PACKS = ['england-strategy', 'wales-strategy', 'northern-ireland-strategy'] as const;
const books = new Map<string, CueBook>([...STRATEGY_PACKS, 'scotland-plan'].map((id) => [id, compileCues(shippedTemplate(id))]));

/** The section a heading leans to most, on its words alone. */
function leaning(pack: string, heading: string): string {
  const book = books.get(pack);
  if (!book) throw new Error(`no pack ${pack}`);
  const { scores } = scoreHeading(headingWords(heading), book);
  return [...scores.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'nothing';
}

describe('an oversight body doing the checking is governance, not monitoring', () => {
  for (const pack of STRATEGY_PACKS) {
    it(`in ${pack}`, () => {
      expect(leaning(pack, 'The panel that holds us to account')).toBe('governance');
      expect(leaning(pack, 'Who checks the council keeps its word')).toBe('governance');
      expect(leaning(pack, 'How we keep ourselves on track')).toBe('monitoring');
    });
  }
  it('in the Scotland pack, where oversight is reported under its reporting section', () => {
    expect(leaning('scotland-plan', 'How the partnership keeps the plan on track')).toBe('reporting');
  });
});

describe('a plan on a page is the priorities or the action plan, never Unsorted', () => {
  for (const pack of [...STRATEGY_PACKS, 'scotland-plan']) {
    it(`in ${pack}`, () => {
      expect(['priorities', 'action-plan']).toContain(leaning(pack, 'Our strategy on one page'));
      expect(['priorities', 'action-plan']).toContain(leaning(pack, 'Our work at a glance'));
      expect(leaning(pack, 'Executive summary')).toBe(UNSORTED);
    });
  }

  it('goes with the action plan when it lists leads and dates, with the priorities when it lists priorities', async () => {
    const opening = ['# A message from the Leader of the Council', 'I am proud that every councillor in Dunmore is a corporate parent. Councillor Sam Reid, Leader of the Council.'];
    const actions = ['| Promise | Action | Who leads | By when |', '|---|---|---|---|', '| Homes | Recruit foster carers | Head of Placements | 2028 |', '| Health | Quicker therapy | Designated Nurse | 2027 |'].join('\n');
    const priorities = 'Our vision: every child safe and loved. Priority 1: homes close by. Priority 2: good health. Priority 3: a say in every decision.';
    const proposal = await proposeImport(
      { name: 'strategy.md', bytes: bytesOf([...opening, '# Everything on a page', actions, '# Our plan at a glance', priorities].join('\n\n')) },
      { template: shippedTemplate() },
    );
    const found = sectionsByHeading(proposal);
    expect(found['Everything on a page']).toBe('action-plan');
    expect(found['Our plan at a glance']).toBe('priorities');
  });
});

describe('corporate parents working together', () => {
  for (const pack of STRATEGY_PACKS) {
    it(`are their roles in ${pack}`, () => {
      expect(leaning(pack, 'Acting together for our children')).toBe('roles');
      expect(leaning(pack, 'Working Together to Safeguard Children')).not.toBe('roles');
    });
  }
  it('is the duty to collaborate in the Scotland pack', () => {
    expect(leaning('scotland-plan', 'How our partners work together')).toBe('collaboration');
    expect(leaning('scotland-plan', 'Working Together to Safeguard Children')).not.toBe('collaboration');
  });
});

describe('"you said, we did" in a strategy looks back at the last one', () => {
  for (const pack of STRATEGY_PACKS) {
    it(`in ${pack}`, () => {
      expect(leaning(pack, 'You asked, we acted')).toBe('review-of-previous');
      expect(leaning(pack, 'What you told us')).toBe('participation');
    });
  }
});

describe('a Scottish plan read in its own shape', () => {
  it('files the Part 9 corporate parents, The Promise’s foundations and aftercare by their own words', () => {
    expect(leaning('scotland-plan', 'Which bodies are corporate parents under Part 9')).toBe('corporate-parenting-duties');
    expect(leaning('scotland-plan', 'The five foundations')).toBe('the-promise');
    expect(leaning('scotland-plan', 'Support after you leave care')).toBe('continuing-care-aftercare');
  });
  it('leaves headings that only share a word with them alone', () => {
    expect(leaning('scotland-plan', 'Foundations for learning')).not.toBe('the-promise');
    expect(leaning('scotland-plan', 'Support for foster carers')).not.toBe('continuing-care-aftercare');
    expect(leaning('scotland-plan', 'Our promises to you')).toBe('our-promises');
  });
});
