import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../electron/core/storage/migrations.js';
import { finalExportBlockers } from '../../../shared/cowriting/finalExportBlockers.js';
import { useCore } from './apiHarness.js';
import { paragraphDoc, tempDir, TEST_TEMPLATE } from './fixtures.js';

const start = useCore();

describe('section sign-off through the API', () => {
  it('moves a section to approved, shows it in the draft and the library counts, and unblocks the final export', async () => {
    const { call } = start();
    const draft = await call('drafts.create', { templateId: TEST_TEMPLATE.id });
    expect(draft.sections.every((section) => section.signOff?.state === 'draft')).toBe(true);
    expect(finalExportBlockers(draft, TEST_TEMPLATE)).toHaveLength(2);

    await call('settings.update', { author: 'Officer Kim' });
    await call('drafts.updateSection', { id: draft.id, sectionId: 'introduction', baseRevision: 0, doc: paragraphDoc('Why we care.') });
    await call('drafts.setSectionState', { id: draft.id, sectionId: 'introduction', state: 'ready-for-review' });
    await call('settings.update', { author: 'Morgan Lead' });
    const approved = await call('drafts.setSectionState', { id: draft.id, sectionId: 'introduction', state: 'approved', note: 'Agreed by DMT', baseRevision: 1 });
    expect(approved).toEqual({ sectionId: 'introduction', signOff: { state: 'approved', approvedBy: 'Morgan Lead', approvedAt: expect.any(String), note: 'Agreed by DMT' } });

    const reopened = await call('drafts.open', { id: draft.id });
    expect(reopened.sections.find((section) => section.id === 'introduction')?.signOff).toEqual(approved.signOff);
    const [summary] = await call('drafts.list', { scope: 'active' });
    expect(summary?.signOff).toEqual({ draft: 2, readyForReview: 0, approved: 1 });
    expect(finalExportBlockers(reopened, TEST_TEMPLATE)).toEqual(['"Measures of success" is not approved yet (it is marked "Draft").']);

    const log = await call('drafts.revisions', { id: draft.id, sectionId: 'introduction' });
    expect(log.map((entry) => entry.action).slice(0, 2)).toEqual(['sign-off', 'sign-off']);
  });

  it('sends an approved section back to review when its text is saved, and says so in the receipt', async () => {
    const { call } = start();
    const draft = await call('drafts.create', { templateId: TEST_TEMPLATE.id });
    await call('settings.update', { fourEyes: false });
    await call('drafts.updateSection', { id: draft.id, sectionId: 'glossary', baseRevision: 0, doc: paragraphDoc('EET: in education, employment or training') });
    await call('drafts.setSectionState', { id: draft.id, sectionId: 'glossary', state: 'ready-for-review' });
    await call('drafts.setSectionState', { id: draft.id, sectionId: 'glossary', state: 'approved' });
    const receipt = await call('drafts.updateSection', { id: draft.id, sectionId: 'glossary', baseRevision: 1, doc: paragraphDoc('Changed after approval') });
    expect(receipt).toMatchObject({ revision: 2, signOffReset: true });
    const section = (await call('drafts.open', { id: draft.id })).sections.find((candidate) => candidate.id === 'glossary');
    expect(section?.signOff?.state).toBe('ready-for-review');
    const again = await call('drafts.updateSection', { id: draft.id, sectionId: 'glossary', baseRevision: 2, doc: paragraphDoc('Changed again') });
    expect(again.signOffReset).toBe(false);
  });

  it('refuses a move the review cycle does not allow, an approval of text that changed since, and a missing section, changing nothing', async () => {
    const { call, fail, libraryState } = start();
    const draft = await call('drafts.create', { templateId: TEST_TEMPLATE.id });
    await call('drafts.updateSection', { id: draft.id, sectionId: 'introduction', baseRevision: 0, doc: paragraphDoc('Written') });
    await call('drafts.setSectionState', { id: draft.id, sectionId: 'introduction', state: 'ready-for-review' });
    await call('drafts.updateSection', { id: draft.id, sectionId: 'introduction', baseRevision: 1, doc: paragraphDoc('Edited') });
    const before = libraryState();
    expect(await fail('drafts.setSectionState', { id: draft.id, sectionId: 'measures', state: 'approved' })).toMatchObject({ code: 'conflict', message: expect.stringMatching(/ready for review first/) });
    expect(await fail('drafts.setSectionState', { id: draft.id, sectionId: 'introduction', state: 'approved', baseRevision: 1 })).toMatchObject({ code: 'conflict' });
    expect(await fail('drafts.setSectionState', { id: draft.id, sectionId: 'no-such-section', state: 'ready-for-review' })).toMatchObject({ code: 'not-found' });
    expect(libraryState()).toBe(before);
  });
});

describe('review rules', () => {
  it('refuses to mark ready or approve a section that holds only its starter text or nothing, for every transport', async () => {
    const { call, fail, libraryState } = start();
    const draft = await call('drafts.create', { templateId: TEST_TEMPLATE.id });
    await call('settings.update', { fourEyes: false });
    const before = libraryState();
    const starterOnly = await fail('drafts.setSectionState', { id: draft.id, sectionId: 'introduction', state: 'ready-for-review' });
    expect(starterOnly).toMatchObject({ code: 'conflict', message: expect.stringMatching(/only its starter text.*Write it first/) });
    expect((await fail('drafts.setSectionState', { id: draft.id, sectionId: 'glossary', state: 'ready-for-review' })).message).toMatch(/cannot be marked ready for review/);
    expect(libraryState()).toBe(before);

    // Written, handed over, then emptied again: it went back to review and still cannot be approved.
    await call('drafts.updateSection', { id: draft.id, sectionId: 'glossary', baseRevision: 0, doc: paragraphDoc('PA: personal adviser') });
    await call('drafts.setSectionState', { id: draft.id, sectionId: 'glossary', state: 'ready-for-review' });
    await call('drafts.updateSection', { id: draft.id, sectionId: 'glossary', baseRevision: 1, doc: { type: 'doc', content: [{ type: 'paragraph' }] } });
    expect((await fail('drafts.setSectionState', { id: draft.id, sectionId: 'glossary', state: 'approved' })).message).toMatch(/cannot be approved/);
    expect((await call('drafts.setSectionState', { id: draft.id, sectionId: 'glossary', state: 'draft' })).signOff.state).toBe('draft');
  });

  it('asks for two people in a new library: whoever marked a section ready cannot approve it', async () => {
    const { call, fail } = start();
    expect((await call('settings.get', {})).fourEyes).toBe(true);
    const draft = await call('drafts.create', { templateId: TEST_TEMPLATE.id });
    await call('settings.update', { author: 'Officer Kim' });
    await call('drafts.updateSection', { id: draft.id, sectionId: 'introduction', baseRevision: 0, doc: paragraphDoc('Why we care.') });
    await call('drafts.setSectionState', { id: draft.id, sectionId: 'introduction', state: 'ready-for-review' });
    expect(await fail('drafts.setSectionState', { id: draft.id, sectionId: 'introduction', state: 'approved' })).toMatchObject({ code: 'conflict', message: expect.stringMatching(/someone else must approve it/) });
    expect(await fail('drafts.approveSections', { id: draft.id, sections: [{ sectionId: 'introduction', baseRevision: 1 }] })).toMatchObject({ code: 'conflict' });
    await call('settings.update', { author: 'Manager Lee' });
    expect((await call('drafts.setSectionState', { id: draft.id, sectionId: 'introduction', state: 'approved' })).signOff).toMatchObject({ state: 'approved', approvedBy: 'Manager Lee' });
  });

  it('keeps one-person sign-off in a library made before four-eyes review existed, until it is switched on', async () => {
    const dataDir = tempDir();
    const old = new BetterSqlite3(path.join(dataDir, 'library.sqlite'));
    migrate(old);
    old.close();
    const { call, fail } = start(dataDir);
    expect((await call('settings.get', {})).fourEyes).toBe(false);
    const draft = await call('drafts.create', { templateId: TEST_TEMPLATE.id });
    for (const sectionId of ['introduction', 'glossary']) {
      await call('drafts.updateSection', { id: draft.id, sectionId, baseRevision: 0, doc: paragraphDoc(`Our ${sectionId}.`) });
      await call('drafts.setSectionState', { id: draft.id, sectionId, state: 'ready-for-review' });
    }
    expect((await call('drafts.setSectionState', { id: draft.id, sectionId: 'introduction', state: 'approved' })).signOff.state).toBe('approved');
    expect(await call('settings.update', { fourEyes: true })).toMatchObject({ fourEyes: true });
    expect((await fail('drafts.setSectionState', { id: draft.id, sectionId: 'glossary', state: 'approved' })).message).toMatch(/four-eyes/);
  });

  it('approves every listed section in one go, or none when one of them cannot be', async () => {
    const { call, fail, libraryState } = start();
    const draft = await call('drafts.create', { templateId: TEST_TEMPLATE.id });
    await call('settings.update', { author: 'Officer Kim' });
    for (const sectionId of ['introduction', 'glossary']) {
      await call('drafts.updateSection', { id: draft.id, sectionId, baseRevision: 0, doc: paragraphDoc(`Our ${sectionId}.`) });
      await call('drafts.setSectionState', { id: draft.id, sectionId, state: 'ready-for-review' });
    }
    await call('settings.update', { author: 'Manager Lee' });
    const before = libraryState();
    const oneStale = await fail('drafts.approveSections', { id: draft.id, sections: [{ sectionId: 'introduction', baseRevision: 1 }, { sectionId: 'glossary', baseRevision: 0 }] });
    expect(oneStale.code).toBe('conflict');
    expect(await fail('drafts.approveSections', { id: draft.id, sections: [{ sectionId: 'introduction', baseRevision: 1 }, { sectionId: 'measures', baseRevision: 0 }] })).toMatchObject({ code: 'conflict' });
    expect(libraryState()).toBe(before);

    const { approved } = await call('drafts.approveSections', { id: draft.id, note: 'Read at DMT', sections: [{ sectionId: 'introduction', baseRevision: 1 }, { sectionId: 'glossary', baseRevision: 1 }] });
    expect(approved.map((each) => [each.sectionId, each.signOff])).toEqual([
      ['introduction', { state: 'approved', approvedBy: 'Manager Lee', approvedAt: expect.any(String), note: 'Read at DMT' }],
      ['glossary', { state: 'approved', approvedBy: 'Manager Lee', approvedAt: expect.any(String), note: 'Read at DMT' }],
    ]);
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
