import { afterEach, describe, expect, it } from 'vitest';
import { importHandlers } from '../../../electron/core/handlers/import.js';
import { choicesFromProposal } from '../../../electron/core/import/choices.js';
import { createImportJobs, inThisThread } from '../../../electron/core/import/importJobs.js';
import { libraryStores } from '../../../electron/core/libraryStores.js';
import { openLibrary, type Library } from '../../../electron/core/storage/libraryFile.js';
import { createTemplateCatalogue } from '../../../electron/core/templateCatalogue.js';
import { ApiFailure } from '../../../shared/api/errors.js';
import { tempDir } from '../core/fixtures.js';
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

describe('import.apply with the names the officer chose on the review screen', () => {
  const start = useCore();
  const PACK = 'england-strategy';

  async function proposed(call: ReturnType<ReturnType<typeof useCore>>['call']) {
    return call('import.propose', { fileName: 'harbour.md', dataBase64: Buffer.from(STRATEGY).toString('base64'), templateId: PACK });
  }

  it('saves the names kept or changed, and leaves a refused one and every slot not named as they were', async () => {
    const { call } = start(undefined, TEMPLATES_DIR);
    await call('settings.update', { localNames: { [PACK]: { 'corporate-parenting-board': 'Corporate Parenting Panel' } } });
    const proposal = await proposed(call);
    // Kept: the Children in Care Council's; changed: the director's; refused: the care leavers' forum's (not sent).
    await call('import.apply', {
      templateId: PACK,
      proposal,
      choices: choicesFromProposal(proposal),
      localNames: { 'children-in-care-council': 'Harbour Voices', 'director-title': '  Director of Children and Families  ' },
    });
    expect((await call('settings.get', {})).localNames[PACK]).toEqual({
      'children-in-care-council': 'Harbour Voices',
      'director-title': 'Director of Children and Families',
      'corporate-parenting-board': 'Corporate Parenting Panel',
    });
  });

  it("keeps the library's own name unless the officer chose to replace it, and saves nothing when they refused every name", async () => {
    const { call } = start(undefined, TEMPLATES_DIR);
    await call('settings.update', { localNames: { [PACK]: { 'children-in-care-council': 'Our Voice' } } });
    const proposal = await proposed(call);
    await call('import.apply', { templateId: PACK, proposal, choices: choicesFromProposal(proposal), localNames: {} });
    expect((await call('settings.get', {})).localNames[PACK]).toEqual({ 'children-in-care-council': 'Our Voice' });

    await call('import.apply', { templateId: PACK, proposal, choices: choicesFromProposal(proposal), localNames: { 'children-in-care-council': 'Harbour Voices' } });
    expect((await call('settings.get', {})).localNames[PACK]).toEqual({ 'children-in-care-council': 'Harbour Voices' });
    expect(await call('drafts.list', { scope: 'active' })).toHaveLength(2);
  });

  it('refuses an empty name, a slot the pack does not have and a malformed slot id with a clear message, writing nothing', async () => {
    const { call, fail, libraryState } = start(undefined, TEMPLATES_DIR);
    const proposal = await proposed(call);
    const before = libraryState();
    const apply = (localNames: unknown) => fail('import.apply', { templateId: PACK, proposal, choices: choicesFromProposal(proposal), localNames });

    const empty = await apply({ 'children-in-care-council': '   ' });
    expect(empty.code).toBe('invalid-request');
    expect(empty.details).toContain('localNames.children-in-care-council: is empty: type the name to use, or choose not to use it');
    const unknown = await apply({ 'youth-parliament': 'Harbour Voices' });
    expect(unknown.code).toBe('invalid-request');
    expect(unknown.message).toMatch(/has no local name "youth-parliament"\. It asks for: children-in-care-council, /);
    expect((await apply({ 'Not A Slot': 'Harbour Voices' })).code).toBe('invalid-request');
    expect((await apply({ 'director-title': 'x'.repeat(121) })).code).toBe('invalid-request');
    expect((await apply(['Harbour Voices'])).code).toBe('invalid-request');
    expect(libraryState()).toBe(before);
  });
});

describe('import.apply saves the draft and the names together', () => {
  const opened: Library[] = [];
  afterEach(() => opened.splice(0).forEach((library) => library.close()));

  it('keeps neither the draft nor the names when saving the names fails', async () => {
    const library = openLibrary(tempDir());
    opened.push(library);
    const catalogue = createTemplateCatalogue(TEMPLATES_DIR);
    const stores = libraryStores(library);
    const failingNames = () => ({
      ...stores(),
      settings: {
        ...stores().settings,
        update: () => {
          throw new ApiFailure('storage-failed', 'The disk is full.');
        },
      },
    });
    const handlers = importHandlers(failingNames, catalogue, createImportJobs({ runner: inThisThread }));
    const proposal = await handlers['import.propose']({ fileName: 'harbour.md', dataBase64: Buffer.from(STRATEGY).toString('base64'), templateId: PACK_ID });
    const request = { templateId: PACK_ID, proposal, choices: choicesFromProposal(proposal), localNames: { 'children-in-care-council': 'Harbour Voices' } };

    await expect(async () => handlers['import.apply'](request)).rejects.toThrow('The disk is full.');
    expect(stores().drafts.list('active')).toEqual([]);
    expect(stores().settings.localNamesFor(PACK_ID)).toEqual({});

    const working = importHandlers(stores, catalogue, createImportJobs({ runner: inThisThread }));
    await working['import.apply'](request);
    expect(stores().drafts.list('active')).toHaveLength(1);
    expect(stores().settings.localNamesFor(PACK_ID)).toEqual({ 'children-in-care-council': 'Harbour Voices' });
  });
});

const PACK_ID = 'england-strategy';
