import { describe, expect, it } from 'vitest';
import { quoteAt } from '../../../shared/cowriting/commentAnchors.js';
import { useCore } from './apiHarness.js';
import { paragraphDoc, TEST_TEMPLATE } from './fixtures.js';

const start = useCore();

describe('comments through the API', () => {
  it('adds a comment on a range, replies, resolves and reopens the thread', async () => {
    const { call } = start();
    await call('settings.update', { author: 'Officer Kim' });
    const draft = await call('drafts.create', { templateId: TEST_TEMPLATE.id });
    await call('drafts.updateSection', { id: draft.id, sectionId: 'glossary', baseRevision: 0, doc: paragraphDoc('IRO: Independent Reviewing Officer') });
    const thread = await call('comments.add', { id: draft.id, sectionId: 'glossary', from: 1, to: 4, quote: 'IRO', body: ' Spell this out first? ' });
    expect(thread).toMatchObject({ sectionId: 'glossary', anchor: { from: 1, to: 4, quote: 'IRO' }, orphaned: false, author: 'Officer Kim', body: 'Spell this out first?', resolved: null, replies: [] });

    await call('settings.update', { author: 'Youth Worker Sam' });
    const replied = await call('comments.reply', { id: draft.id, commentId: thread.id, body: 'It is, after the colon.' });
    expect(replied.replies).toEqual([expect.objectContaining({ author: 'Youth Worker Sam', body: 'It is, after the colon.' })]);
    // Answering a reply answers its thread.
    const deeper = await call('comments.reply', { id: draft.id, commentId: replied.replies[0]?.id ?? '', body: 'Thanks.' });
    expect(deeper.id).toBe(thread.id);
    expect(deeper.replies).toHaveLength(2);

    const resolved = await call('comments.resolve', { id: draft.id, commentId: thread.id });
    expect(resolved.resolved).toEqual({ by: 'Youth Worker Sam', at: expect.any(String) });
    expect(await call('comments.list', { id: draft.id })).toEqual([]);
    expect(await call('comments.list', { id: draft.id, includeResolved: true })).toEqual([resolved]);
    const reopened = await call('comments.reopen', { id: draft.id, commentId: thread.id });
    expect(reopened.resolved).toBeNull();
    expect(await call('comments.list', { id: draft.id, sectionId: 'glossary' })).toEqual([reopened]);
    expect(await call('comments.list', { id: draft.id, sectionId: 'introduction' })).toEqual([]);
  });

  it('moves anchors when the section is saved or restored, and orphans a comment whose words are gone', async () => {
    const { call } = start();
    const draft = await call('drafts.create', { templateId: TEST_TEMPLATE.id });
    const original = paragraphDoc('We will listen.', 'We will act on what you say.');
    await call('drafts.updateSection', { id: draft.id, sectionId: 'glossary', baseRevision: 0, doc: original });
    const from = 1 + 'We will listen.'.length + 2 + 'We will '.length;
    const thread = await call('comments.add', { id: draft.id, sectionId: 'glossary', from, to: from + 'act on'.length, quote: 'act on', body: 'How?' });
    expect(quoteAt(original, thread.anchor.from, thread.anchor.to)).toBe('act on');

    const edited = paragraphDoc('Our promise.', 'We will listen.', 'We will act on what you say.');
    await call('drafts.updateSection', { id: draft.id, sectionId: 'glossary', baseRevision: 1, doc: edited });
    const [moved] = await call('comments.list', { id: draft.id });
    expect(moved?.orphaned).toBe(false);
    expect(quoteAt(edited, moved?.anchor.from ?? 0, moved?.anchor.to ?? 0)).toBe('act on');

    await call('drafts.updateSection', { id: draft.id, sectionId: 'glossary', baseRevision: 2, doc: paragraphDoc('We will listen.') });
    expect((await call('comments.list', { id: draft.id }))[0]).toMatchObject({ orphaned: true, anchor: { quote: 'act on' } });

    // Restoring the version that had the words brings the comment back to them.
    const [, withWords] = await call('drafts.revisions', { id: draft.id, sectionId: 'glossary' });
    await call('drafts.restoreRevision', { id: draft.id, sectionId: 'glossary', revisionId: withWords?.id ?? 0, baseRevision: 3 });
    const [back] = await call('comments.list', { id: draft.id });
    expect(back?.orphaned).toBe(false);
    expect(quoteAt(edited, back?.anchor.from ?? 0, back?.anchor.to ?? 0)).toBe('act on');
  });

  it('refuses comments on a missing section, on an unknown thread, and on a strategy in the trash, changing nothing', async () => {
    const { call, fail, libraryState } = start();
    const draft = await call('drafts.create', { templateId: TEST_TEMPLATE.id });
    const binned = await call('drafts.create', { templateId: TEST_TEMPLATE.id });
    await call('drafts.trash', { id: binned.id });
    const before = libraryState();
    expect((await fail('comments.add', { id: draft.id, sectionId: 'nowhere', from: 1, to: 2, quote: 'E', body: 'Hm' })).code).toBe('not-found');
    expect((await fail('comments.reply', { id: draft.id, commentId: 'no-such-comment', body: 'Hm' })).code).toBe('not-found');
    expect((await fail('comments.resolve', { id: draft.id, commentId: 'no-such-comment' })).code).toBe('not-found');
    expect((await fail('comments.add', { id: binned.id, sectionId: 'glossary', from: 1, to: 2, quote: 'E', body: 'Hm' })).code).toBe('conflict');
    expect(libraryState()).toBe(before);
  });
});
