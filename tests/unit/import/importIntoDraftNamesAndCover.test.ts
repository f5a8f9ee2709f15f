import { afterEach, describe, expect, it } from 'vitest';
import { importHandlers } from '../../../electron/core/handlers/import.js';
import { createImportJobs, inThisThread } from '../../../electron/core/import/importJobs.js';
import { libraryStores } from '../../../electron/core/libraryStores.js';
import { openLibrary, type Library } from '../../../electron/core/storage/libraryFile.js';
import { createTemplateCatalogue } from '../../../electron/core/templateCatalogue.js';
import { ApiFailure } from '../../../shared/api/errors.js';
import type { ImportPart, ImportProposal } from '../../../shared/import/types.js';
import type { NodeJSON } from '../../../shared/model/draft.js';
import { useCore } from '../core/apiHarness.js';
import { tempDir, testTemplatesDir } from '../core/fixtures.js';

/**
 * Issue 16, into an open draft: the names and title-page details the officer
 * chose on the review screen are saved with the sections in one go, only
 * those, never over a title page changed meanwhile, and never twice.
 */

const paragraph = (text: string): NodeJSON => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const part = (index: number, heading: string, section: string, text: string): ImportPart => ({
  index,
  heading: { text: heading, level: 1 },
  parentIndex: null,
  blocks: [paragraph(text)],
  preview: text,
  section,
  confidence: 0.9,
  followsParent: false,
});

const proposal: ImportProposal = {
  fileName: 'last-year.md',
  format: 'markdown',
  cover: { council: 'Old Council', title: 'Old title', periodStart: 2021, periodEnd: 2024, owner: 'Director of People', version: '3', approvingBody: 'Full Council', date: '2021-03-26' },
  parts: [part(0, 'Introduction', 'introduction', 'Imported introduction.')],
  messages: [],
  localNames: { 'children-in-care-council': 'Harbour Voices' },
};
const choices = { sections: ['introduction'] };
const replaceIntroduction = [{ sectionId: 'introduction', merge: 'replace' as const, baseRevision: 0 }];
const SLOT = 'children-in-care-council';

describe('import.applyToDraft with the names and title-page details the officer chose', () => {
  const setup = useCore();

  async function draftWithOwner() {
    const core = setup();
    const draft = await core.call('drafts.create', { templateId: 'test-strategy', title: 'Ours', council: 'Testshire County Council' });
    const receipt = await core.call('drafts.updateCover', { id: draft.id, baseRevision: 0, cover: { ...draft.cover, owner: 'Head of Service' } });
    return { ...core, draft, coverRevision: receipt.revision };
  }

  it('writes the ticked title-page fields and the chosen names with the sections, leaving every other field as the draft had it', async () => {
    const { call, draft, coverRevision } = await draftWithOwner();
    const outcome = await call('import.applyToDraft', {
      id: draft.id,
      proposal,
      choices,
      sections: replaceIntroduction,
      localNames: { [SLOT]: 'Harbour Voices' },
      cover: { baseRevision: coverRevision, fields: { version: '3', approvingBody: 'Full Council', date: '2021-03-26' } },
    });
    expect(outcome.replaced).toEqual(['introduction']);
    expect(outcome.coverFilled).toEqual(['date', 'version', 'approvingBody']);
    expect(outcome.namesSaved).toEqual([SLOT]);
    // The draft the outcome carries is the one stored after everything, so the screen shows what was saved.
    expect(outcome.draft.cover).toEqual({ ...draft.cover, owner: 'Head of Service', version: '3', approvingBody: 'Full Council', date: '2021-03-26' });
    expect(outcome.draft.coverRevision).toBe(coverRevision + 1);
    expect(await call('drafts.open', { id: draft.id })).toEqual(outcome.draft);
    expect((await call('settings.get', {})).localNames['test-strategy']).toEqual({ [SLOT]: 'Harbour Voices' });
    // The title page's change is in the history like any other, so it can be compared and brought back.
    expect((await call('drafts.revisions', { id: draft.id })).map((entry) => entry.action)).toContain('cover');
  });

  it('replaces a field the draft already had only when the officer chose to, and says nothing of a field that did not change', async () => {
    const { call, draft, coverRevision } = await draftWithOwner();
    const outcome = await call('import.applyToDraft', {
      id: draft.id,
      proposal,
      choices,
      sections: replaceIntroduction,
      cover: { baseRevision: coverRevision, fields: { owner: 'Director of Children and Families', council: 'Testshire County Council' } },
    });
    expect(outcome.coverFilled).toEqual(['owner']);
    expect(outcome.namesSaved).toBeUndefined();
    expect(outcome.draft.cover.owner).toBe('Director of Children and Families');
    expect((await call('settings.get', {})).localNames['test-strategy'] ?? {}).toEqual({});
  });

  it('leaves the title page and the names alone when none were chosen', async () => {
    const { call, draft, coverRevision } = await draftWithOwner();
    const outcome = await call('import.applyToDraft', { id: draft.id, proposal, choices, sections: replaceIntroduction });
    expect(outcome.coverFilled).toBeUndefined();
    expect(outcome.draft.coverRevision).toBe(coverRevision);
    expect(outcome.draft.cover.owner).toBe('Head of Service');
    expect((await call('settings.get', {})).localNames['test-strategy'] ?? {}).toEqual({});
  });

  it('imports nothing, names and title page included, when the title page changed while the officer was reviewing', async () => {
    const { fail, libraryState, draft, coverRevision } = await draftWithOwner();
    const before = libraryState();
    const error = await fail('import.applyToDraft', {
      id: draft.id,
      proposal,
      choices,
      sections: replaceIntroduction,
      localNames: { [SLOT]: 'Harbour Voices' },
      cover: { baseRevision: coverRevision - 1, fields: { version: '3' } },
    });
    expect(error.code).toBe('conflict');
    expect(error.message).toMatch(/^The title page was changed somewhere else .* so nothing was imported\./);
    expect(libraryState()).toBe(before);
  });

  it('saves neither names nor title page when a section changed meanwhile, and never applies the same review twice', async () => {
    const { call, fail, libraryState, draft, coverRevision } = await draftWithOwner();
    const request = { id: draft.id, proposal, choices, sections: replaceIntroduction, localNames: { [SLOT]: 'Harbour Voices' }, cover: { baseRevision: coverRevision, fields: { version: '3' } } };
    await call('import.applyToDraft', request);
    const afterFirst = libraryState();
    // The same confirmation sent again (a second click, a retry) names revisions that are no longer current.
    const again = await fail('import.applyToDraft', request);
    expect(again.code).toBe('conflict');
    expect(libraryState()).toBe(afterFirst);
  });

  it('refuses a name for a slot the pack does not have, an empty name, no field at all, and the logo, writing nothing', async () => {
    const { fail, libraryState, draft, coverRevision } = await draftWithOwner();
    const before = libraryState();
    const apply = (extra: Record<string, unknown>) => fail('import.applyToDraft', { id: draft.id, proposal, choices, sections: replaceIntroduction, ...extra });
    const unknown = await apply({ localNames: { 'youth-parliament': 'Harbour Voices' } });
    expect(unknown.message).toMatch(/has no local name "youth-parliament"/);
    expect((await apply({ localNames: { [SLOT]: '  ' } })).code).toBe('invalid-request');
    const nothing = await apply({ cover: { baseRevision: coverRevision, fields: {} } });
    expect(nothing.details?.join(' ')).toContain('names no title-page field to fill');
    expect((await apply({ cover: { baseRevision: coverRevision, fields: { logo: '' } } })).code).toBe('invalid-request');
    expect((await apply({ cover: { baseRevision: coverRevision, fields: { date: '26/03/2021' } } })).code).toBe('invalid-request');
    expect(libraryState()).toBe(before);
  });
});

describe('import.applyToDraft saves the sections, the title page and the names together', () => {
  const opened: Library[] = [];
  afterEach(() => opened.splice(0).forEach((library) => library.close()));

  it('keeps none of them when saving the names fails', async () => {
    const library = openLibrary(tempDir());
    opened.push(library);
    const catalogue = createTemplateCatalogue(testTemplatesDir());
    const stores = libraryStores(library);
    const draft = stores().drafts.create(catalogue.get('test-strategy'), { title: 'Ours' });
    const failingNames = () => ({
      ...stores(),
      settings: {
        ...stores().settings,
        update: () => {
          throw new ApiFailure('storage-failed', 'The disk is full.');
        },
      },
    });
    const request = { id: draft.id, proposal, choices, sections: replaceIntroduction, localNames: { [SLOT]: 'Harbour Voices' }, cover: { baseRevision: 0, fields: { version: '3' } } };

    const failing = importHandlers(failingNames, catalogue, createImportJobs({ runner: inThisThread }));
    await expect(async () => failing['import.applyToDraft'](request)).rejects.toThrow('The disk is full.');
    expect(stores().drafts.open(draft.id)).toEqual(draft);
    expect(stores().settings.localNamesFor('test-strategy')).toEqual({});

    const working = importHandlers(stores, catalogue, createImportJobs({ runner: inThisThread }));
    await working['import.applyToDraft'](request);
    expect(stores().drafts.open(draft.id).cover.version).toBe('3');
    expect(stores().settings.localNamesFor('test-strategy')).toEqual({ [SLOT]: 'Harbour Voices' });
  });
});
