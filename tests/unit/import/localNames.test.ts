import { describe, expect, it } from 'vitest';
import { choicesFromProposal } from '../../../electron/core/import/choices.js';
import { findLocalNames } from '../../../electron/core/import/classify/localNames.js';
import { proposeImport } from '../../../electron/core/import/proposeImport.js';
import { useCore } from '../core/apiHarness.js';
import { TEMPLATES_DIR } from '../../fixtures/shippedTemplate.js';
import { bytesOf, ENGLAND } from './helpers.js';

/** Import reads the names a strategy gives its own bodies, by the pack's patterns, and offers them for the library's empty local-name slots. */

const STRATEGY = [
  '# Corporate Parenting Strategy 2025 to 2028',
  "Owner: Director of Family Services. To be adopted by Full Council.",
  '# Foreword from our young people',
  'We are the Harbour Voices group. We are children in care and we meet on Thursdays.',
  '# Listening to you',
  'Moving On is our group for care leavers; it meets monthly with the Corporate Parenting Board.',
].join('\n\n');

describe('local names found by import', () => {
  it("reads each slot's name by the pack's patterns, told by its capitals", () => {
    expect(findLocalNames(STRATEGY, ENGLAND)).toEqual({ 'children-in-care-council': 'Harbour Voices', 'care-leavers-forum': 'Moving On', 'director-title': 'Director of Family Services' });
  });

  it('finds nothing in a strategy that names no body of its own, and nothing for a pack without patterns', () => {
    expect(findLocalNames('We are proud of our children in care. The council works with partners.', ENGLAND)).toEqual({});
    expect(findLocalNames(STRATEGY, { ...ENGLAND, importCues: { ...ENGLAND.importCues, localNames: {} } })).toEqual({});
  });

  it('offers them in the proposal and says so among its messages', async () => {
    const proposal = await proposeImport({ name: 'harbour.md', bytes: bytesOf(STRATEGY) }, { template: ENGLAND });
    expect(proposal.localNames?.['children-in-care-council']).toBe('Harbour Voices');
    expect(proposal.messages.some((message) => message.includes('“Harbour Voices”'))).toBe(true);
  });
});

describe('import.apply and the library’s local names', () => {
  const start = useCore();

  it("fills only the slots the library has left empty, so the checker knows the council's own names", async () => {
    const { call } = start(undefined, TEMPLATES_DIR);
    await call('settings.update', { localNames: { 'england-strategy': { 'children-in-care-council': 'Our Voice' } } });
    const proposal = await call('import.propose', { fileName: 'harbour.md', dataBase64: Buffer.from(STRATEGY).toString('base64'), templateId: 'england-strategy' });
    await call('import.apply', { templateId: 'england-strategy', proposal, choices: choicesFromProposal(proposal) });
    const settings = await call('settings.get', {});
    expect(settings.localNames['england-strategy']).toEqual({ 'children-in-care-council': 'Our Voice', 'care-leavers-forum': 'Moving On', 'director-title': 'Director of Family Services' });
  });
});
