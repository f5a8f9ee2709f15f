import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiFailure } from '../../../shared/api/errors.js';
import { emptyCover } from '../../../shared/model/draft.js';
import { createDraftStore, type DraftStore } from '../../../electron/core/storage/draftStore.js';
import { openLibrary, type Library } from '../../../electron/core/storage/libraryFile.js';
import { decodeRevisionContent, type StoredRevisionContent } from '../../../electron/core/storage/revisionLog.js';
import { createSettingsStore } from '../../../electron/core/storage/settingsStore.js';
import { createSignOffStore } from '../../../electron/core/storage/signOffStore.js';
import { pngLogo } from '../../fixtures/logoImages.js';
import { paragraphDoc, snapshot, tempDir, TEST_TEMPLATE } from './fixtures.js';

const opened: Library[] = [];
afterEach(() => {
  opened.splice(0).forEach((library) => library.close());
});

function storeIn(dataDir: string, author = 'Alex Writer'): { store: DraftStore; library: Library } {
  const library = openLibrary(dataDir);
  opened.push(library);
  const db = library.database();
  const settings = createSettingsStore(db);
  settings.update({ author });
  return { library, store: createDraftStore(db, { author: settings.author }) };
}

function failure(work: () => unknown): ApiFailure {
  try {
    work();
  } catch (error) {
    if (error instanceof ApiFailure) return error;
    throw error;
  }
  throw new Error('expected an ApiFailure');
}

describe('draft store', () => {
  it('creates a draft from a template with one section per text section and the starter content', () => {
    const { store } = storeIn(tempDir());
    const draft = store.create(TEST_TEMPLATE, { title: 'Our promise', council: 'Exampleshire County Council' });
    expect(draft.title).toBe('Our promise');
    expect(draft.cover).toEqual({ ...emptyCover(), title: 'Our promise', council: 'Exampleshire County Council' });
    expect(draft.sections.map((section) => section.id)).toEqual(['introduction', 'measures', 'glossary']);
    expect(draft.sections.every((section) => section.revision === 0)).toBe(true);
    const intro = draft.sections[0]?.doc;
    expect(JSON.stringify(intro)).toContain('"strong"');
    expect(JSON.stringify(draft.sections[1]?.doc)).toContain('"table"');
    expect(draft.sections[2]?.doc).toEqual({ type: 'doc', content: [{ type: 'paragraph' }] });
  });

  it('shows a draft without a title as "Untitled strategy" when its pack’s words are not asked for', () => {
    const { store } = storeIn(tempDir());
    const draft = store.create(TEST_TEMPLATE, {});
    expect(draft.title).toBe('Untitled strategy');
    expect(draft.cover.title).toBe('');
  });

  it('marks an untitled draft in the list, so renaming it starts from an empty box rather than from "Untitled strategy"', () => {
    const { store } = storeIn(tempDir());
    const untitled = store.create(TEST_TEMPLATE, {});
    const named = store.create(TEST_TEMPLATE, { title: 'Untitled strategy' });
    const listed = new Map(store.list('active').map((summary) => [summary.id, summary]));
    expect(listed.get(untitled.id)).toMatchObject({ title: 'Untitled strategy', untitled: true });
    expect(listed.get(named.id)?.title).toBe('Untitled strategy');
    expect(listed.get(named.id)).not.toHaveProperty('untitled');
    expect(store.rename(untitled.id, 'Our promise')).not.toHaveProperty('untitled');
  });

  it('keeps cover and section edits after the library is closed and reopened', () => {
    const dataDir = tempDir();
    const first = storeIn(dataDir);
    const draft = first.store.create(TEST_TEMPLATE, { title: 'Draft one' });
    const cover = { ...draft.cover, council: 'Exampleshire', periodStart: 2026, periodEnd: 2029, date: '2026-11-25' };
    expect(first.store.updateCover(draft.id, 0, cover).revision).toBe(1);
    const doc = paragraphDoc('We will listen.', 'We will act.');
    const receipt = first.store.updateSection(draft.id, 'introduction', 0, doc);
    expect(receipt.revision).toBe(1);
    first.library.close();

    const second = storeIn(dataDir);
    const reopened = second.store.open(draft.id);
    expect(reopened.cover).toEqual(cover);
    expect(reopened.coverRevision).toBe(1);
    expect(reopened.sections[0]).toMatchObject({ id: 'introduction', doc, revision: 1, updatedAt: receipt.updatedAt });
    expect(reopened.sections[1]?.revision).toBe(0);
    expect(reopened.updatedAt).toBe(receipt.updatedAt);
  });

  it('stores the plain text of a section beside its document', () => {
    const dataDir = tempDir();
    const { store, library } = storeIn(dataDir);
    const draft = store.create(TEST_TEMPLATE, {});
    store.updateSection(draft.id, 'glossary', 0, paragraphDoc('CiCC: Children in Care Council', 'IRO: Independent Reviewing Officer'));
    const row = library.database().prepare('SELECT text FROM sections WHERE draft_id = ? AND section_id = ?').get(draft.id, 'glossary');
    expect(row).toEqual({ text: 'CiCC: Children in Care Council\nIRO: Independent Reviewing Officer' });
  });

  it('writes only the edited section row', () => {
    const { store, library } = storeIn(tempDir());
    const draft = store.create(TEST_TEMPLATE, {});
    const before = library.database().prepare('SELECT section_id, revision, updated_at FROM sections ORDER BY section_id').all();
    store.updateSection(draft.id, 'measures', 0, paragraphDoc('Measures to follow.'));
    const after = library.database().prepare('SELECT section_id, revision, updated_at FROM sections ORDER BY section_id').all();
    const changed = after.filter((row, index) => JSON.stringify(row) !== JSON.stringify(before[index]));
    expect(changed).toHaveLength(1);
    expect(changed[0]).toMatchObject({ section_id: 'measures', revision: 1 });
  });

  it('records every save in the revision log with its author, newest first, and the saved content', () => {
    const dataDir = tempDir();
    const { store, library } = storeIn(dataDir, 'Sam Officer');
    const draft = store.create(TEST_TEMPLATE, { title: 'Logged' });
    store.updateSection(draft.id, 'introduction', 0, paragraphDoc('First.'));
    createSettingsStore(library.database()).update({ author: 'Jo Lead' });
    store.updateSection(draft.id, 'introduction', 1, paragraphDoc('Second.'));
    store.updateCover(draft.id, 0, { ...draft.cover, owner: 'Director of Children’s Services' });
    store.rename(draft.id, 'Logged and renamed');

    const all = store.revisions(draft.id);
    expect(all.map((entry) => [entry.action, entry.sectionId, entry.author])).toEqual([
      ['rename', null, 'Jo Lead'],
      ['cover', null, 'Jo Lead'],
      ['section', 'introduction', 'Jo Lead'],
      ['section', 'introduction', 'Sam Officer'],
      ['create', null, 'Sam Officer'],
    ]);
    expect(store.revisions(draft.id, 'introduction')).toHaveLength(2);
    expect(store.revisions(draft.id, 'glossary')).toEqual([]);
    const saved = library
      .database()
      .prepare<[string], StoredRevisionContent>("SELECT content_json, content_deflated FROM revisions WHERE draft_id = ? AND action = 'section' ORDER BY id")
      .all(draft.id);
    expect(saved.map(decodeRevisionContent)).toEqual([
      { ok: true, content: paragraphDoc('First.') },
      { ok: true, content: paragraphDoc('Second.') },
    ]);
  });

  it('refuses a stale section revision with a conflict and writes nothing', () => {
    const dataDir = tempDir();
    const { store, library } = storeIn(dataDir);
    const draft = store.create(TEST_TEMPLATE, {});
    store.updateSection(draft.id, 'introduction', 0, paragraphDoc('Written in the app.'));
    const before = snapshot(library.status().databasePath);

    const error = failure(() => store.updateSection(draft.id, 'introduction', 0, paragraphDoc('Written from the CLI.')));
    expect(error.code).toBe('conflict');
    expect(error.message).toMatch(/changed somewhere else/);
    expect(snapshot(library.status().databasePath)).toBe(before);
    expect(store.open(draft.id).sections[0]?.doc).toEqual(paragraphDoc('Written in the app.'));
  });

  it('stops two connections to one library (the app and the CLI) overwriting each other', () => {
    const dataDir = tempDir();
    const app = storeIn(dataDir, 'App user');
    const cli = storeIn(dataDir, 'Script');
    const draft = app.store.create(TEST_TEMPLATE, {});
    const openedByBoth = cli.store.open(draft.id).sections[0]?.revision ?? -1;
    cli.store.updateSection(draft.id, 'introduction', openedByBoth, paragraphDoc('From the script.'));
    const error = failure(() => app.store.updateSection(draft.id, 'introduction', openedByBoth, paragraphDoc('From the app.')));
    expect(error.code).toBe('conflict');
    expect(app.store.open(draft.id).sections[0]?.doc).toEqual(paragraphDoc('From the script.'));
  });

  it('refuses a stale cover revision with a conflict and writes nothing', () => {
    const { store, library } = storeIn(tempDir());
    const draft = store.create(TEST_TEMPLATE, {});
    store.rename(draft.id, 'Renamed in the library');
    const before = snapshot(library.status().databasePath);
    expect(failure(() => store.updateCover(draft.id, 0, { ...draft.cover, council: 'Stale' })).code).toBe('conflict');
    expect(snapshot(library.status().databasePath)).toBe(before);
  });

  it('refuses content outside the schema, unsafe links and remote images, writing nothing', () => {
    const { store, library } = storeIn(tempDir());
    const draft = store.create(TEST_TEMPLATE, {});
    const before = snapshot(library.status().databasePath);
    const badDocs = [
      { type: 'doc', content: [{ type: 'script', content: [{ type: 'text', text: 'x' }] }] },
      { type: 'paragraph', content: [{ type: 'text', text: 'not a whole section' }] },
      { type: 'doc', content: [] },
      { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'click', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] }] }] },
      { type: 'doc', content: [{ type: 'image', attrs: { src: 'https://tracker.example/pixel.gif', alt: '' } }] },
      { type: 'doc', content: [{ type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: 'Too high' }] }] },
    ];
    for (const doc of badDocs) expect(failure(() => store.updateSection(draft.id, 'introduction', 0, doc)).code).toBe('invalid-request');
    expect(snapshot(library.status().databasePath)).toBe(before);
  });

  it('reports a missing draft or section as not found', () => {
    const { store } = storeIn(tempDir());
    const draft = store.create(TEST_TEMPLATE, {});
    expect(failure(() => store.open('no-such-draft')).code).toBe('not-found');
    expect(failure(() => store.updateSection(draft.id, 'no-such-section', 0, paragraphDoc('x'))).code).toBe('not-found');
    expect(failure(() => store.revisions('no-such-draft')).code).toBe('not-found');
  });

  it('renames by setting the cover title and bumping the cover revision', () => {
    const { store } = storeIn(tempDir());
    const draft = store.create(TEST_TEMPLATE, { title: 'Old' });
    const summary = store.rename(draft.id, '  New title  ');
    expect(summary.title).toBe('New title');
    const reopened = store.open(draft.id);
    expect(reopened.cover.title).toBe('New title');
    expect(reopened.coverRevision).toBe(1);
  });

  it('duplicates a draft with all its sections under a new id and a "(copy)" title', () => {
    const { store } = storeIn(tempDir());
    const draft = store.create(TEST_TEMPLATE, { title: 'Original', council: 'Exampleshire' });
    store.updateSection(draft.id, 'introduction', 0, paragraphDoc('Kept in the copy.'));
    const copy = store.duplicate(draft.id);
    expect(copy.id).not.toBe(draft.id);
    expect(copy.title).toBe('Original (copy)');
    expect(copy.council).toBe('Exampleshire');
    const opened = store.open(copy.id);
    expect(opened.sections.map((section) => [section.id, section.revision])).toEqual([
      ['introduction', 0],
      ['measures', 0],
      ['glossary', 0],
    ]);
    expect(opened.sections[0]?.doc).toEqual(paragraphDoc('Kept in the copy.'));
    expect(store.revisions(copy.id).map((entry) => entry.action)).toEqual(['duplicate']);
    expect(store.duplicate(store.create(TEST_TEMPLATE, {}).id).title).toBe('Untitled strategy (copy)');
  });

  it('moves drafts to the trash and back, and purges only from the trash', () => {
    const dataDir = tempDir();
    const { store, library } = storeIn(dataDir);
    const keep = store.create(TEST_TEMPLATE, { title: 'Keep' });
    const bin = store.create(TEST_TEMPLATE, { title: 'Bin' });

    expect(failure(() => store.purge(bin.id)).code).toBe('conflict');
    expect(store.trash(bin.id).trashedAt).not.toBeNull();
    expect(store.list('active').map((draft) => draft.id)).toEqual([keep.id]);
    expect(store.list('trash').map((draft) => draft.id)).toEqual([bin.id]);
    expect(failure(() => store.updateSection(bin.id, 'introduction', 0, paragraphDoc('x'))).code).toBe('conflict');

    expect(store.restore(bin.id).trashedAt).toBeNull();
    expect(store.list('trash')).toEqual([]);
    expect(store.list('active')).toHaveLength(2);
    expect(store.revisions(bin.id).map((entry) => entry.action)).toEqual(['restore', 'trash', 'create']);

    store.trash(bin.id);
    store.purge(bin.id);
    expect(failure(() => store.open(bin.id)).code).toBe('not-found');
    const db = library.database();
    for (const table of ['sections', 'revisions']) {
      expect(db.prepare(`SELECT count(*) AS n FROM ${table} WHERE draft_id = ?`).get(bin.id)).toEqual({ n: 0 });
    }
    expect(store.open(keep.id).title).toBe('Keep');
    expect(path.basename(library.status().databasePath)).toBe('library.sqlite');
  });
});

describe('history of an imported draft', () => {
  it('tells the text an import brought in from the edits made after it', () => {
    const { store } = storeIn(tempDir());
    const draft = store.createImported(TEST_TEMPLATE, {
      cover: emptyCover(),
      sections: new Map([['introduction', paragraphDoc('Last year’s introduction.')]]),
      unsorted: null,
      source: { fileName: 'strategy-2022.docx', format: 'docx' },
    });
    store.updateSection(draft.id, 'introduction', 0, paragraphDoc('This year’s introduction.'));
    expect(store.revisions(draft.id, 'introduction').map((entry) => entry.action)).toEqual(['section', 'import-section']);
    expect(store.revisions(draft.id).map((entry) => entry.action)).toEqual(['section', 'import-section', 'import', 'create']);
    // Saved again within the same millisecond as the import or not, a later save is an edit.
    store.updateSection(draft.id, 'introduction', 1, paragraphDoc('Edited again.'));
    expect(store.revisions(draft.id, 'introduction').map((entry) => entry.action)).toEqual(['section', 'section', 'import-section']);
    // A draft made from the template, edited at once, has no imported text.
    const fresh = store.create(TEST_TEMPLATE, {});
    store.updateSection(fresh.id, 'introduction', 0, paragraphDoc('Written here.'));
    expect(store.revisions(fresh.id, 'introduction').map((entry) => entry.action)).toEqual(['section']);
  });
});

describe('the library list', () => {
  it('shows the cover’s title, council and period, and counts sections by review state leaving out the Unsorted pile', () => {
    const dataDir = tempDir();
    const { library, store } = storeIn(dataDir);
    const signOff = createSignOffStore(library.database(), { author: () => 'Sam Reviewer' });
    const draft = store.createImported(TEST_TEMPLATE, {
      cover: { ...emptyCover(), title: 'Our promise', council: 'Exampleshire County Council', periodStart: 2026, periodEnd: 2029 },
      sections: new Map([
        ['introduction', paragraphDoc('Our introduction.')],
        ['measures', paragraphDoc('Our measures.')],
        ['glossary', paragraphDoc('Our glossary.')],
      ]),
      unsorted: paragraphDoc('A paragraph that fitted nowhere.'),
      source: { fileName: 'strategy-2022.docx', format: 'docx' },
    });
    store.updateCover(draft.id, draft.coverRevision, { ...store.open(draft.id).cover, logo: pngLogo() });
    const revisionOf = (sectionId: string) => store.open(draft.id).sections.find((section) => section.id === sectionId)?.revision ?? -1;
    const move = (sectionId: string, state: 'ready-for-review' | 'approved') =>
      signOff.setState(draft.id, { sectionId, state, baseRevision: revisionOf(sectionId), conditions: { written: true, fourEyes: false } });
    for (const sectionId of ['introduction', 'measures']) {
      move(sectionId, 'ready-for-review');
      move(sectionId, 'approved');
    }
    expect(store.updateSection(draft.id, 'measures', revisionOf('measures'), paragraphDoc('Our measures, changed since approval.')).signOffReset).toBe(true);
    // The glossary is left unsigned; the measures, changed since approval, are back to ready for review.
    const titled = store.create(TEST_TEMPLATE, { title: 'Second' });

    const listed = store.list('active');
    expect(listed.map((summary) => summary.id)).toEqual([titled.id, draft.id]);
    expect(listed[1]).toEqual({
      id: draft.id,
      templateId: TEST_TEMPLATE.id,
      title: 'Our promise',
      council: 'Exampleshire County Council',
      periodStart: 2026,
      periodEnd: 2029,
      createdAt: draft.createdAt,
      updatedAt: store.open(draft.id).updatedAt,
      trashedAt: null,
      signOff: { draft: 1, readyForReview: 1, approved: 1 },
    });
    expect(listed[0]?.signOff).toEqual({ draft: 3, readyForReview: 0, approved: 0 });
    expect(listed[0]).toMatchObject({ council: '', periodStart: null, periodEnd: null });
    // The list says what the draft's own summary says.
    expect(store.restore(draft.id)).toEqual(listed[1]);
  });

  it('names an untitled draft by its own pack’s kind of document, and by England’s when its pack is gone', () => {
    const { library } = storeIn(tempDir());
    const kinds = new Map([['test-plan', 'plan']]);
    const asked: string[] = [];
    const store = createDraftStore(library.database(), {
      author: () => 'Alex Writer',
      documentKind: (templateId) => {
        asked.push(templateId);
        return kinds.get(templateId);
      },
    });
    const plan = store.create({ ...TEST_TEMPLATE, id: 'test-plan', words: { ...TEST_TEMPLATE.words, documentKind: 'plan' } }, {});
    const orphan = store.create({ ...TEST_TEMPLATE, id: 'gone-away' }, {});
    store.create(TEST_TEMPLATE, { title: 'Titled' });

    expect(plan.title).toBe('Untitled plan');
    expect(orphan.title).toBe('Untitled strategy');
    asked.length = 0;
    expect(store.list('active').map((summary) => summary.title).sort()).toEqual(['Titled', 'Untitled plan', 'Untitled strategy']);
    // Only untitled drafts need their pack's words, and each pack is asked once per list.
    expect(asked.sort()).toEqual(['gone-away', 'test-plan']);
    expect(store.duplicate(plan.id).title).toBe('Untitled plan (copy)');
    expect(store.rename(plan.id, '   ').title).toBe('Untitled plan');
    expect(store.trash(orphan.id).title).toBe('Untitled strategy');
    expect(store.list('trash').map((summary) => summary.title)).toEqual(['Untitled strategy']);
  });
});
