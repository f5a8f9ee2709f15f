import { describe, expect, it } from 'vitest';
import { finalExportBlockers } from '../../../shared/cowriting/finalExportBlockers.js';
import { useCore } from './apiHarness.js';
import { paragraphDoc, TEST_TEMPLATE } from './fixtures.js';

const start = useCore();

describe('section sign-off through the API', () => {
  it('moves a section to approved, shows it in the draft and the library counts, and unblocks the final export', async () => {
    const { call } = start();
    await call('settings.update', { author: 'Morgan Lead' });
    const draft = await call('drafts.create', { templateId: TEST_TEMPLATE.id });
    expect(draft.sections.every((section) => section.signOff?.state === 'draft')).toBe(true);
    expect(finalExportBlockers(draft, TEST_TEMPLATE)).toHaveLength(2);

    await call('drafts.setSectionState', { id: draft.id, sectionId: 'introduction', state: 'ready-for-review' });
    const approved = await call('drafts.setSectionState', { id: draft.id, sectionId: 'introduction', state: 'approved', note: 'Agreed by DMT', baseRevision: 0 });
    expect(approved).toEqual({ sectionId: 'introduction', signOff: { state: 'approved', approvedBy: 'Morgan Lead', approvedAt: expect.any(String), note: 'Agreed by DMT' } });

    const reopened = await call('drafts.open', { id: draft.id });
    expect(reopened.sections.find((section) => section.id === 'introduction')?.signOff).toEqual(approved.signOff);
    const [summary] = await call('drafts.list', { scope: 'active' });
    expect(summary?.signOff).toEqual({ draft: 2, readyForReview: 0, approved: 1 });
    expect(finalExportBlockers(reopened, TEST_TEMPLATE)).toEqual(['"Measures of success" is not approved yet (it is marked "Draft").']);

    const log = await call('drafts.revisions', { id: draft.id, sectionId: 'introduction' });
    expect(log.map((entry) => entry.action)).toEqual(['sign-off', 'sign-off']);
  });

  it('sends an approved section back to review when its text is saved, and says so in the receipt', async () => {
    const { call } = start();
    const draft = await call('drafts.create', { templateId: TEST_TEMPLATE.id });
    await call('drafts.setSectionState', { id: draft.id, sectionId: 'glossary', state: 'ready-for-review' });
    await call('drafts.setSectionState', { id: draft.id, sectionId: 'glossary', state: 'approved' });
    const receipt = await call('drafts.updateSection', { id: draft.id, sectionId: 'glossary', baseRevision: 0, doc: paragraphDoc('Changed after approval') });
    expect(receipt).toMatchObject({ revision: 1, signOffReset: true });
    const section = (await call('drafts.open', { id: draft.id })).sections.find((candidate) => candidate.id === 'glossary');
    expect(section?.signOff?.state).toBe('ready-for-review');
    const again = await call('drafts.updateSection', { id: draft.id, sectionId: 'glossary', baseRevision: 1, doc: paragraphDoc('Changed again') });
    expect(again.signOffReset).toBe(false);
  });

  it('refuses a move the review cycle does not allow, an approval of text that changed since, and a missing section, changing nothing', async () => {
    const { call, fail, libraryState } = start();
    const draft = await call('drafts.create', { templateId: TEST_TEMPLATE.id });
    await call('drafts.setSectionState', { id: draft.id, sectionId: 'introduction', state: 'ready-for-review' });
    await call('drafts.updateSection', { id: draft.id, sectionId: 'introduction', baseRevision: 0, doc: paragraphDoc('Edited') });
    const before = libraryState();
    expect(await fail('drafts.setSectionState', { id: draft.id, sectionId: 'measures', state: 'approved' })).toMatchObject({ code: 'conflict', message: expect.stringMatching(/ready for review first/) });
    expect(await fail('drafts.setSectionState', { id: draft.id, sectionId: 'introduction', state: 'approved', baseRevision: 0 })).toMatchObject({ code: 'conflict' });
    expect(await fail('drafts.setSectionState', { id: draft.id, sectionId: 'no-such-section', state: 'ready-for-review' })).toMatchObject({ code: 'not-found' });
    expect(libraryState()).toBe(before);
  });
});

describe('foreword attribution through the API', () => {
  it('stores the group, contributors and consent records with the draft, with a stale-write check', async () => {
    const { call, fail } = start();
    const draft = await call('drafts.create', { templateId: TEST_TEMPLATE.id });
    expect(draft.attribution).toEqual({ groupName: '', contributors: [] });
    const attribution = {
      groupName: 'Exampleshire Children in Care Council',
      contributors: [
        { name: 'Jay', consent: { givenBy: 'Jay', date: '2026-03-01', recordedBy: 'Sam Worker' } },
        { name: 'Ali', consent: null },
      ],
    };
    expect(await call('drafts.updateAttribution', { id: draft.id, baseRevision: 0, attribution })).toMatchObject({ revision: 1 });
    const reopened = await call('drafts.open', { id: draft.id });
    expect(reopened.attribution).toEqual(attribution);
    expect(reopened.attributionRevision).toBe(1);
    expect(await fail('drafts.updateAttribution', { id: draft.id, baseRevision: 0, attribution })).toMatchObject({ code: 'conflict' });
    const copy = await call('drafts.duplicate', { id: draft.id });
    expect((await call('drafts.open', { id: copy.id })).attribution).toEqual(attribution);
  });
});
