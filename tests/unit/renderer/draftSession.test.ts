import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyCover, type Draft } from '../../../shared/model/draft.js';
import type { Template, TemplateSection } from '../../../shared/template/template.js';
import { COVER_KEY, DraftSession } from '../../../renderer/draft/draftSession.js';
import { checkCoverForm, coverToFormValues, heldReason } from '../../../renderer/draft/coverForm.js';
import { fakeClient } from './fakeClient.js';
import { EMPTY_PACK_PARTS } from '../../fixtures/packParts.js';

const guidance = { summary: 'Say what this part is for.', include: ['a point'], goodLooksLike: ['a sign'], questions: ['a question?'] };
const section = (id: string, kind: 'cover' | 'text' = 'text'): TemplateSection => ({ id, title: id.toUpperCase(), status: 'required', kind, appendix: false, roles: [], guidance });
const template: Template = { id: 'england', name: 'England', description: 'd', nation: 'England', version: 1, ...EMPTY_PACK_PARTS, sections: [section('cover', 'cover'), section('vision'), section('pledge')] };

function draft(): Draft {
  const paragraph = (text: string) => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });
  return {
    id: 'd1',
    templateId: 'england',
    title: 'Our strategy',
    cover: emptyCover(),
    coverRevision: 2,
    sections: [
      { id: 'vision', doc: paragraph('Stored vision'), revision: 5, updatedAt: '2025-01-01T00:00:00Z' },
      { id: 'pledge', doc: { type: 'doc', content: [{ type: 'nonsense' }] }, revision: 1, updatedAt: '2025-01-01T00:00:00Z' },
    ],
    createdAt: '2025-01-01T00:00:00Z',
    updatedAt: '2025-01-01T00:00:00Z',
    trashedAt: null,
  };
}

describe('DraftSession', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('takes stored text for sections changed outside their editors (an import), the Unsorted pile joining the draft', async () => {
    const { client, calls } = fakeClient(() => ({ ok: true, value: { revision: 9, updatedAt: '' } }));
    const session = new DraftSession(draft(), template, client);
    const before = session.editorState('vision');
    session.updateEditorState('vision', before.apply(before.tr.insertText('Typed ', 1)), true);
    await session.flushAll();
    const imported = draft();
    const doc = (text: string) => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });
    imported.sections = [
      { id: 'vision', doc: doc('Imported vision'), revision: 10, updatedAt: '' },
      { id: 'unsorted', doc: doc('Left over'), revision: 1, updatedAt: '' },
    ];
    session.adoptStored(imported, ['vision', 'unsorted']);
    expect(session.editorState('vision').doc.textContent).toBe('Imported vision');
    expect(session.sectionRevision('vision')).toBe(10);
    expect(session.sections.map((each) => each.id)).toContain('unsorted');
    expect(session.editorState('unsorted').doc.textContent).toBe('Left over');
    expect(session.hasUnsavedChanges).toBe(false);
    // The next save is based on the imported revision.
    const next = session.editorState('vision');
    session.updateEditorState('vision', next.apply(next.tr.insertText('More ', 1)), true);
    await session.flushAll();
    expect(calls.at(-1)).toMatchObject({ method: 'drafts.updateSection', request: { sectionId: 'vision', baseRevision: 10 } });
  });

  it('keeps each section’s editor state, with its undo history, while moving between sections', () => {
    const session = new DraftSession(draft(), template, fakeClient(() => ({ ok: true, value: { revision: 6, updatedAt: '' } })).client);
    const vision = session.editorState('vision');
    const edited = vision.apply(vision.tr.insertText('New ', 1));
    session.updateEditorState('vision', edited, true);
    session.editorState('pledge');
    expect(session.editorState('vision')).toBe(edited);
    expect(session.editorState('vision').doc.textContent).toBe('New Stored vision');
  });

  it('saves a section with the revision it was loaded at, then the one storage returned', async () => {
    let revision = 5;
    const { client, calls } = fakeClient(() => ({ ok: true, value: { revision: ++revision, updatedAt: '' } }));
    const session = new DraftSession(draft(), template, client);
    let state = session.editorState('vision');
    state = state.apply(state.tr.insertText('A', 1));
    session.updateEditorState('vision', state, true);
    expect(session.hasUnsavedChanges).toBe(true);
    await session.flushAll();
    state = state.apply(state.tr.insertText('B', 1));
    session.updateEditorState('vision', state, true);
    await vi.advanceTimersByTimeAsync(800);
    expect(calls.map((call) => call.method)).toEqual(['drafts.updateSection', 'drafts.updateSection']);
    expect(calls[0]?.request).toMatchObject({ id: 'd1', sectionId: 'vision', baseRevision: 5 });
    expect(calls[1]?.request).toMatchObject({ baseRevision: 6, doc: { type: 'doc', content: [{ type: 'paragraph', content: [{ text: 'BAStored vision' }] }] } });
    expect(session.hasUnsavedChanges).toBe(false);
    expect(session.getSaveSummary().kind).toBe('clean');
  });

  it('does not save selection changes, or a section whose stored content cannot be read', async () => {
    const { client, calls } = fakeClient(() => ({ ok: true, value: { revision: 9, updatedAt: '' } }));
    const session = new DraftSession(draft(), template, client);
    expect(session.unreadableReason('pledge')).toMatch(/does not fit/);
    const pledge = session.editorState('pledge');
    session.updateEditorState('pledge', pledge.apply(pledge.tr.insertText('x', 1)), true);
    const vision = session.editorState('vision');
    session.updateEditorState('vision', vision.apply(vision.tr.setMeta('focus', true)), false);
    await session.flushAll();
    expect(calls).toEqual([]);
  });

  it('reports a conflict, keeps the user’s text, and reloads the stored version on request', async () => {
    const stored = draft();
    const { client, calls } = fakeClient((method) => {
      if (method === 'drafts.updateSection') return { ok: false, error: { code: 'conflict', message: 'Someone else saved this section.' } };
      stored.sections[0] = { id: 'vision', doc: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Theirs' }] }] }, revision: 8, updatedAt: '' };
      return { ok: true, value: stored };
    });
    const session = new DraftSession(draft(), template, client);
    const state = session.editorState('vision');
    session.updateEditorState('vision', state.apply(state.tr.insertText('Mine ', 1)), true);
    await session.flushAll();
    expect(session.getConflicts()).toEqual([{ key: 'vision', label: 'VISION', message: 'Someone else saved this section.' }]);
    expect(session.getSaveSummary().kind).toBe('conflict');
    expect(session.unsavedText('vision')).toBe('Mine Stored vision');

    const reloaded = await session.reloadFromStorage('vision');
    expect(reloaded.ok).toBe(true);
    expect(session.editorState('vision').doc.textContent).toBe('Theirs');
    expect(session.getConflicts()).toEqual([]);
    expect(session.hasUnsavedChanges).toBe(false);
    expect(calls.filter((call) => call.method === 'drafts.updateSection')).toHaveLength(1);
  });

  it('saves the cover only when it can be stored, and counts a held cover as unsaved', async () => {
    const { client, calls } = fakeClient(() => ({ ok: true, value: { revision: 3, updatedAt: '' } }));
    const session = new DraftSession(draft(), template, client);
    const typing = { ...coverToFormValues(emptyCover()), periodStart: '20' };
    const held = checkCoverForm(typing);
    session.updateCover(typing, held.cover, heldReason(held.errors));
    await session.flush(COVER_KEY);
    expect(calls).toEqual([]);
    expect(session.hasUnsavedChanges).toBe(true);
    const done = { ...typing, periodStart: '2025', council: 'Exampleshire' };
    const ok = checkCoverForm(done);
    session.updateCover(done, ok.cover, heldReason(ok.errors));
    await session.flush(COVER_KEY);
    expect(calls).toEqual([{ method: 'drafts.updateCover', request: { id: 'd1', baseRevision: 2, cover: { ...emptyCover(), periodStart: 2025, council: 'Exampleshire' } } }]);
    expect(session.hasUnsavedChanges).toBe(false);
  });
});

describe('DraftSession title page filled by an import', () => {
  it('takes the stored title page and its revision, so the next save is based on it, and the title it names', async () => {
    const { client, calls } = fakeClient(() => ({ ok: true, value: { revision: 4, updatedAt: '' } }));
    const session = new DraftSession(draft(), template, client);
    expect(session.coverRevision).toBe(2);
    const filled = { ...draft(), title: 'Looking after our children', cover: { ...emptyCover(), title: 'Looking after our children', owner: 'Director of People', date: '2026-04-01' }, coverRevision: 3 };
    session.adoptStoredCover(filled);
    expect(session.coverRevision).toBe(3);
    expect(session.coverValues).toMatchObject({ owner: 'Director of People', date: '01/04/2026' });
    expect(session.title).toBe('Looking after our children');
    expect(session.hasUnsavedChanges).toBe(false);
    const typed = { ...session.coverValues, version: '1.0' };
    const check = checkCoverForm(typed);
    session.updateCover(typed, check.cover, heldReason(check.errors));
    await session.flush(COVER_KEY);
    expect(calls.at(-1)).toMatchObject({ method: 'drafts.updateCover', request: { baseRevision: 3, cover: { owner: 'Director of People', version: '1.0' } } });
  });
});

describe('DraftSession title', () => {
  it('names an untitled draft by its pack’s kind of document, and a titled one by its title', () => {
    const { client } = fakeClient(() => ({ ok: true, value: { revision: 1, updatedAt: '' } }));
    const plan: Template = { ...template, words: { ...template.words, documentKind: 'plan' } };
    expect(new DraftSession({ ...draft(), title: 'Untitled strategy' }, plan, client).title).toBe('Untitled plan');
    expect(new DraftSession({ ...draft(), title: 'Untitled strategy' }, template, client).title).toBe('Untitled strategy');
    const titled = { ...draft(), title: 'Our plan for 2026', cover: { ...emptyCover(), title: 'Our plan for 2026' } };
    expect(new DraftSession(titled, plan, client).title).toBe('Our plan for 2026');
  });
});
