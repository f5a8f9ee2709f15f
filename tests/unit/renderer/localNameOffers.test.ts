import { describe, expect, it } from 'vitest';
import type { ImportPart, ImportProposal } from '../../../shared/import/types.js';
import { chosenLocalNames, defaultChoice, localNameOffers } from '../../../renderer/import/localNameOffers.js';

const SLOTS = [
  { id: 'children-in-care-council', label: 'The name of your Children in Care Council', examples: [] },
  { id: 'corporate-parenting-board', label: 'The name of your Corporate Parenting Board', examples: [] },
  { id: 'director-title', label: 'Your Director’s job title', examples: [] },
];

function part(index: number, heading: string | null, ...paragraphs: string[]): ImportPart {
  return {
    index,
    heading: heading === null ? null : { text: heading, level: 1 },
    parentIndex: null,
    blocks: paragraphs.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })),
    preview: paragraphs[0] ?? '',
    section: 'unsorted',
    confidence: 0,
    followsParent: false,
  };
}

const PROPOSAL: ImportProposal = {
  fileName: 'old.md',
  format: 'markdown',
  cover: { council: '', title: '', periodStart: null, periodEnd: null },
  parts: [
    part(0, null, 'Owner: Director of Family Services.'),
    part(1, 'Hearing from you', 'Our council listens. '.repeat(6) + 'Every month the Lighthouse Crew meets councillors to talk about what matters to them and what should change next.'),
  ],
  messages: [],
  localNames: { 'director-title': 'Director of Family Services', 'children-in-care-council': 'Lighthouse Crew', 'youth-parliament': 'Sea Parliament' },
};

describe('the names an import offers for the library', () => {
  it("offers each name found for one of the pack's slots, in the pack's order, with where it was found and the library's name", () => {
    const offers = localNameOffers(PROPOSAL, SLOTS, { 'children-in-care-council': ' Our Voice ' });
    expect(offers.map((offer) => [offer.slotId, offer.found, offer.current])).toEqual([
      ['children-in-care-council', 'Lighthouse Crew', 'Our Voice'],
      ['director-title', 'Director of Family Services', ''],
    ]);
    expect(offers[0]?.label).toBe('The name of your Children in Care Council');
    expect(offers[0]?.foundAt?.heading).toBe('Hearing from you');
    // A few words either side, cut at word boundaries and marked as cut.
    expect(offers[0]?.foundAt?.context).toMatch(/^…\S.* Lighthouse Crew meets councillors .*\S…$/);
    expect(offers[1]?.foundAt).toEqual({ heading: null, context: 'Owner: Director of Family Services.' });
  });

  it('offers no name the library already has, so there is nothing to choose between two identical names', () => {
    const offers = localNameOffers(PROPOSAL, SLOTS, { 'children-in-care-council': 'Lighthouse Crew ', 'director-title': 'Director of family services' });
    expect(offers.map((offer) => [offer.slotId, offer.current])).toEqual([['director-title', 'Director of family services']]);
  });

  it('uses a found name by default only where the library has none', () => {
    const [kept, filled] = localNameOffers(PROPOSAL, SLOTS, { 'children-in-care-council': 'Our Voice' });
    expect(kept && defaultChoice(kept)).toEqual({ use: 'none' });
    expect(filled && defaultChoice(filled)).toEqual({ use: 'found' });
    expect(chosenLocalNames(localNameOffers(PROPOSAL, SLOTS, { 'children-in-care-council': 'Our Voice' }), {})).toEqual({
      names: { 'director-title': 'Director of Family Services' },
      problems: {},
    });
  });

  it('saves exactly the names chosen, trimmed, and refuses an empty name of their own', () => {
    const offers = localNameOffers(PROPOSAL, SLOTS, {});
    expect(chosenLocalNames(offers, { 'children-in-care-council': { use: 'own', name: '  Lighthouse  Crew Council ' }, 'director-title': { use: 'none' } })).toEqual({
      names: { 'children-in-care-council': 'Lighthouse  Crew Council' },
      problems: {},
    });
    expect(chosenLocalNames(offers, { 'children-in-care-council': { use: 'own', name: '  ' } })).toEqual({
      names: { 'director-title': 'Director of Family Services' },
      problems: { 'children-in-care-council': 'Type the name to use, or choose not to use it.' },
    });
  });

  it('offers nothing when the file named nothing', () => {
    const { localNames: _unused, ...nameless } = PROPOSAL;
    expect(localNameOffers(nameless, SLOTS, {})).toEqual([]);
  });
});
