import { describe, expect, it } from 'vitest';
import { diffSectionText } from '../../../shared/cowriting/wordDiff.js';
import type { Draft } from '../../../shared/model/draft.js';
import { useCore } from './apiHarness.js';
import { paragraphDoc, TEST_TEMPLATE } from './fixtures.js';

const start = useCore();

const sectionOf = (draft: Draft, id: string) => draft.sections.find((section) => section.id === id);

describe('history through the API', () => {
  it('gives the content of each version, compares two, and restores one as a new revision that can itself be undone', async () => {
    const { call } = start();
    const draft = await call('drafts.create', { templateId: TEST_TEMPLATE.id });
    await call('drafts.updateSection', { id: draft.id, sectionId: 'glossary', baseRevision: 0, doc: paragraphDoc('First words.') });
    await call('drafts.updateSection', { id: draft.id, sectionId: 'glossary', baseRevision: 1, doc: paragraphDoc('Second words.') });
    const [second, first] = await call('drafts.revisions', { id: draft.id, sectionId: 'glossary' });
    if (!first || !second) throw new Error('expected two versions');

    const firstVersion = await call('drafts.revision', { id: draft.id, revisionId: first.id });
    const secondVersion = await call('drafts.revision', { id: draft.id, revisionId: second.id });
    expect(firstVersion).toMatchObject({ action: 'section', sectionId: 'glossary', doc: paragraphDoc('First words.'), cover: null });
    expect(diffSectionText(firstVersion.doc ?? paragraphDoc(), secondVersion.doc ?? paragraphDoc())).toEqual([
      { kind: 'delete', text: 'First' },
      { kind: 'insert', text: 'Second' },
      { kind: 'equal', text: ' words.' },
    ]);

    const restored = await call('drafts.restoreRevision', { id: draft.id, sectionId: 'glossary', revisionId: first.id, baseRevision: 2 });
    expect(restored.revision).toBe(3);
    expect(sectionOf(await call('drafts.open', { id: draft.id }), 'glossary')?.doc).toEqual(paragraphDoc('First words.'));
    const log = await call('drafts.revisions', { id: draft.id, sectionId: 'glossary' });
    expect(log.map((entry) => entry.action)).toEqual(['restore-revision', 'section', 'section']);

    await call('drafts.restoreRevision', { id: draft.id, sectionId: 'glossary', revisionId: second.id, baseRevision: 3 });
    expect(sectionOf(await call('drafts.open', { id: draft.id }), 'glossary')?.doc).toEqual(paragraphDoc('Second words.'));
  });

  it('refuses to restore a stale base, another section\'s version, a non-content entry or another draft\'s version, changing nothing', async () => {
    const { call, fail, libraryState } = start();
    const draft = await call('drafts.create', { templateId: TEST_TEMPLATE.id });
    const other = await call('drafts.create', { templateId: TEST_TEMPLATE.id });
    await call('drafts.updateSection', { id: draft.id, sectionId: 'glossary', baseRevision: 0, doc: paragraphDoc('Words.') });
    const [saved] = await call('drafts.revisions', { id: draft.id, sectionId: 'glossary' });
    const [created] = await call('drafts.revisions', { id: other.id });
    if (!saved || !created) throw new Error('expected log entries');
    const before = libraryState();
    expect((await fail('drafts.restoreRevision', { id: draft.id, sectionId: 'glossary', revisionId: saved.id, baseRevision: 0 })).code).toBe('conflict');
    expect((await fail('drafts.restoreRevision', { id: draft.id, sectionId: 'introduction', revisionId: saved.id, baseRevision: 0 })).code).toBe('invalid-request');
    expect((await fail('drafts.restoreRevision', { id: other.id, sectionId: 'glossary', revisionId: created.id, baseRevision: 0 })).code).toBe('invalid-request');
    expect((await fail('drafts.restoreRevision', { id: other.id, sectionId: 'glossary', revisionId: saved.id, baseRevision: 0 })).code).toBe('not-found');
    expect((await fail('drafts.revision', { id: other.id, revisionId: saved.id })).code).toBe('not-found');
    expect(libraryState()).toBe(before);
  });

  it('keeps named snapshots of the whole draft and restores one, sending approved sections back to review', async () => {
    const { call, fail } = start();
    const draft = await call('drafts.create', { templateId: TEST_TEMPLATE.id, title: 'Before' });
    await call('drafts.updateSection', { id: draft.id, sectionId: 'introduction', baseRevision: 0, doc: paragraphDoc('As sent to the Board.') });
    const taken = await call('drafts.createSnapshot', { id: draft.id, name: ' Sent to Board 12 March ' });
    expect(taken).toMatchObject({ draftId: draft.id, name: 'Sent to Board 12 March' });

    await call('drafts.updateSection', { id: draft.id, sectionId: 'introduction', baseRevision: 1, doc: paragraphDoc('Rewritten afterwards.') });
    await call('drafts.updateCover', { id: draft.id, baseRevision: 0, cover: { ...draft.cover, title: 'After' } });
    await call('drafts.setSectionState', { id: draft.id, sectionId: 'introduction', state: 'ready-for-review' });
    await call('settings.update', { author: 'Manager Lee' });
    await call('drafts.setSectionState', { id: draft.id, sectionId: 'introduction', state: 'approved' });

    expect(await call('drafts.snapshots', { id: draft.id })).toEqual([taken]);
    const content = await call('drafts.snapshot', { id: draft.id, snapshotId: taken.id });
    expect(content.cover.title).toBe('Before');
    expect(content.sections.find((section) => section.id === 'introduction')).toMatchObject({ doc: paragraphDoc('As sent to the Board.'), revision: 1 });

    expect(await call('drafts.restoreSnapshot', { id: draft.id, snapshotId: taken.id })).toEqual({ restoredSections: ['introduction'], signOffReset: ['introduction'], coverRestored: true });
    const restored = await call('drafts.open', { id: draft.id });
    expect(restored.title).toBe('Before');
    expect(sectionOf(restored, 'introduction')).toMatchObject({ doc: paragraphDoc('As sent to the Board.'), revision: 3, signOff: { state: 'ready-for-review' } });
    const log = await call('drafts.revisions', { id: draft.id });
    expect(log.slice(0, 3).map((entry) => entry.action)).toEqual(['restore-snapshot', 'sign-off', 'restore-snapshot']);
    expect((await call('drafts.revision', { id: draft.id, revisionId: (log[0] as { id: number }).id })).cover?.title).toBe('Before');
    expect((await fail('drafts.snapshot', { id: draft.id, snapshotId: taken.id + 1 })).code).toBe('not-found');
    expect((await fail('drafts.restoreSnapshot', { id: draft.id, snapshotId: taken.id + 1 })).code).toBe('not-found');
  });
});
