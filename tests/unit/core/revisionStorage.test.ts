import path from 'node:path';
import { deflateRawSync } from 'node:zlib';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { diffSectionText } from '../../../shared/cowriting/wordDiff.js';
import { emptyCover, type NodeJSON } from '../../../shared/model/draft.js';
import { LATEST_SCHEMA_VERSION, migrate, MIGRATIONS } from '../../../electron/core/storage/migrations.js';
import { useCore } from './apiHarness.js';
import { paragraphDoc, tempDir, TEST_TEMPLATE } from './fixtures.js';

const start = useCore();

interface StoredRow {
  id: number;
  action: string;
  content_json: string | null;
  content_deflated: Buffer | null;
}

function storedRows(databasePath: string): StoredRow[] {
  const db = new BetterSqlite3(databasePath, { readonly: true, fileMustExist: true });
  try {
    return db.prepare<[], StoredRow>('SELECT id, action, content_json, content_deflated FROM revisions ORDER BY id').all();
  } finally {
    db.close();
  }
}

function storedRow(databasePath: string, revisionId: number): StoredRow {
  const row = storedRows(databasePath).find((candidate) => candidate.id === revisionId);
  if (!row) throw new Error(`no revision ${revisionId}`);
  return row;
}

/** Damages one stored entry behind the app's back, as a failing disk or another program might. */
function overwriteContent(databasePath: string, revisionId: number, content: { json: string | null; deflated: Buffer | null }): void {
  const db = new BetterSqlite3(databasePath, { fileMustExist: true });
  try {
    db.prepare('UPDATE revisions SET content_json = ?, content_deflated = ? WHERE id = ?').run(content.json, content.deflated, revisionId);
  } finally {
    db.close();
  }
}

/** About 2,000 words of varied prose in headed paragraphs, as a long section would be. */
function largeSection(): NodeJSON {
  const vocabulary = 'our young people asked for stable homes trusted adults and a say in decisions so the board will track placements school moves health checks and jobs every quarter'.split(' ');
  let seed = 7;
  const words = (count: number) =>
    Array.from({ length: count }, () => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return vocabulary[(seed >>> 16) % vocabulary.length] as string;
    }).join(' ');
  const text = (value: string, marks?: NodeJSON['marks']): NodeJSON => ({ type: 'text', ...(marks ? { marks } : {}), text: value });
  const content: NodeJSON[] = [];
  for (let part = 0; part < 20; part += 1) {
    content.push({ type: 'heading', attrs: { level: 2 }, content: [text(`Priority ${part + 1}`)] });
    for (let paragraph = 0; paragraph < 2; paragraph += 1) {
      content.push({ type: 'paragraph', content: [text(`${words(20)} `), text(words(5), [{ type: 'strong' }]), text(` ${words(25)}.`)] });
    }
  }
  return { type: 'doc', content };
}

const OLD_AT = '2025-03-01T09:00:00.000Z';

/**
 * A library as the app at format 2 left it: its own migrations, and rows
 * written the way that app wrote them, with every entry's content as JSON.
 */
function libraryAtFormat2(): { dataDir: string; draftId: string } {
  const dataDir = tempDir();
  const db = new BetterSqlite3(path.join(dataDir, 'library.sqlite'));
  migrate(
    db,
    MIGRATIONS.filter((migration) => migration.version <= 2),
  );
  const draftId = 'drafted-before-compression';
  const cover = { ...emptyCover(), council: 'Northshire', title: 'Our promise' };
  const insertSection = db.prepare('INSERT INTO sections (draft_id, section_id, position, doc_json, text, revision, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)');
  const insertRevision = db.prepare('INSERT INTO revisions (draft_id, section_id, author, at, action, content_json) VALUES (?, ?, ?, ?, ?, ?)');
  db.prepare('INSERT INTO drafts (id, template_id, cover_json, created_at, updated_at) VALUES (?, ?, ?, ?, ?)').run(draftId, TEST_TEMPLATE.id, JSON.stringify(cover), OLD_AT, OLD_AT);
  insertSection.run(draftId, 'introduction', 0, JSON.stringify(paragraphDoc('Why it matters.')), 'Why it matters.', 0, OLD_AT);
  insertSection.run(draftId, 'measures', 1, JSON.stringify(paragraphDoc('Measures.')), 'Measures.', 0, OLD_AT);
  insertSection.run(draftId, 'glossary', 2, JSON.stringify(paragraphDoc('Second words.')), 'Second words.', 2, OLD_AT);
  insertRevision.run(draftId, null, 'Old app', OLD_AT, 'create', JSON.stringify({ templateId: TEST_TEMPLATE.id, templateVersion: 1, cover }));
  insertRevision.run(draftId, 'glossary', 'Old app', OLD_AT, 'section', JSON.stringify(paragraphDoc('First words.')));
  insertRevision.run(draftId, null, 'Old app', OLD_AT, 'trash', null);
  insertRevision.run(draftId, null, 'Old app', OLD_AT, 'restore', null);
  insertRevision.run(draftId, 'glossary', 'Old app', OLD_AT, 'section', JSON.stringify(paragraphDoc('Second words.')));
  db.close();
  return { dataDir, draftId };
}

describe('stored revision content', () => {
  it('brings a format 2 library with history to format 3, leaving old entries as they were and still readable, comparable and restorable', async () => {
    const { dataDir, draftId } = libraryAtFormat2();
    const { call, databasePath } = start(dataDir);
    const before = storedRows(databasePath);
    expect(before.every((row) => row.content_deflated === null)).toBe(true);

    const db = new BetterSqlite3(databasePath, { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    db.close();

    const log = await call('drafts.revisions', { id: draftId });
    expect(log.map((entry) => entry.action)).toEqual(['section', 'restore', 'trash', 'section', 'create']);
    const [second, restoredFromTrash, , first, created] = log;
    if (!second || !restoredFromTrash || !first || !created) throw new Error('expected five entries');
    expect(await call('drafts.revision', { id: draftId, revisionId: created.id })).toMatchObject({ doc: null, cover: { council: 'Northshire', title: 'Our promise' } });
    expect(await call('drafts.revision', { id: draftId, revisionId: restoredFromTrash.id })).toMatchObject({ action: 'restore', doc: null, cover: null });
    const firstVersion = await call('drafts.revision', { id: draftId, revisionId: first.id });
    const secondVersion = await call('drafts.revision', { id: draftId, revisionId: second.id });
    expect(firstVersion.doc).toEqual(paragraphDoc('First words.'));
    expect(diffSectionText(firstVersion.doc ?? paragraphDoc(), secondVersion.doc ?? paragraphDoc())).toEqual([
      { kind: 'delete', text: 'First' },
      { kind: 'insert', text: 'Second' },
      { kind: 'equal', text: ' words.' },
    ]);

    await call('drafts.restoreRevision', { id: draftId, sectionId: 'glossary', revisionId: first.id, baseRevision: 2 });
    const reopened = await call('drafts.open', { id: draftId });
    expect(reopened.sections.find((section) => section.id === 'glossary')).toMatchObject({ doc: paragraphDoc('First words.'), revision: 3 });

    const after = storedRows(databasePath);
    expect(after.slice(0, before.length)).toEqual(before);
    const restore = after.at(-1);
    expect(restore).toMatchObject({ action: 'restore-revision', content_json: null });
    expect(restore?.content_deflated).toBeInstanceOf(Buffer);
  });

  it('writes new entries deflated, much smaller than their JSON, and reads them back identically', async () => {
    const { call, databasePath } = start();
    const draft = await call('drafts.create', { templateId: TEST_TEMPLATE.id, title: 'Compressed' });
    const doc = largeSection();
    await call('drafts.updateSection', { id: draft.id, sectionId: 'introduction', baseRevision: 0, doc });
    await call('drafts.trash', { id: draft.id });
    const [trashed, saved, created] = await call('drafts.revisions', { id: draft.id });
    if (!trashed || !saved || !created) throw new Error('expected three entries');

    const row = storedRow(databasePath, saved.id);
    const json = JSON.stringify(doc);
    expect(json.length).toBeGreaterThan(15_000);
    expect(row.content_json).toBeNull();
    expect(row.content_deflated?.length).toBeLessThan(json.length / 3);
    expect((await call('drafts.revision', { id: draft.id, revisionId: saved.id })).doc).toEqual(doc);

    expect(storedRow(databasePath, created.id).content_json).toBeNull();
    expect((await call('drafts.revision', { id: draft.id, revisionId: created.id })).cover).toEqual(draft.cover);
    expect(storedRow(databasePath, trashed.id)).toMatchObject({ content_json: null, content_deflated: null });
  });

  it('reports a damaged entry as that version only, changing nothing, while the rest of the history still works', async () => {
    const { call, fail, databasePath, libraryState } = start();
    const draft = await call('drafts.create', { templateId: TEST_TEMPLATE.id });
    for (const [base, text] of ['One.', 'Two.', 'Three.', 'Four.'].entries()) {
      await call('drafts.updateSection', { id: draft.id, sectionId: 'glossary', baseRevision: base, doc: paragraphDoc(text) });
    }
    const [four, three, two, one] = await call('drafts.revisions', { id: draft.id, sectionId: 'glossary' });
    if (!four || !three || !two || !one) throw new Error('expected four versions');
    const whole = storedRow(databasePath, two.id).content_deflated as Buffer;
    overwriteContent(databasePath, two.id, { json: null, deflated: whole.subarray(0, whole.length - 4) });
    overwriteContent(databasePath, three.id, { json: null, deflated: deflateRawSync('{"type":"doc","content":[') });
    overwriteContent(databasePath, four.id, { json: '{"type":"doc",', deflated: null });
    const before = libraryState();

    for (const damaged of [two, three, four]) {
      const error = await fail('drafts.revision', { id: draft.id, revisionId: damaged.id });
      expect(error.code).toBe('storage-failed');
      expect(error.message).toMatch(/cannot be read.*damaged.*other versions/i);
      expect(error.details?.[0]).toContain(`Revision ${damaged.id}`);
      expect((await fail('drafts.restoreRevision', { id: draft.id, sectionId: 'glossary', revisionId: damaged.id, baseRevision: 4 })).code).toBe('storage-failed');
    }
    expect(libraryState()).toBe(before);

    expect(await call('drafts.revisions', { id: draft.id, sectionId: 'glossary' })).toHaveLength(4);
    expect((await call('drafts.revision', { id: draft.id, revisionId: one.id })).doc).toEqual(paragraphDoc('One.'));
    await call('drafts.restoreRevision', { id: draft.id, sectionId: 'glossary', revisionId: one.id, baseRevision: 4 });
    expect((await call('drafts.open', { id: draft.id })).sections.find((section) => section.id === 'glossary')?.doc).toEqual(paragraphDoc('One.'));
  });

  it('restores a compressed version through the API, and the restore can itself be restored', async () => {
    const { call, databasePath } = start();
    const draft = await call('drafts.create', { templateId: TEST_TEMPLATE.id });
    const long = largeSection();
    await call('drafts.updateSection', { id: draft.id, sectionId: 'measures', baseRevision: 0, doc: long });
    await call('drafts.updateSection', { id: draft.id, sectionId: 'measures', baseRevision: 1, doc: paragraphDoc('Cut right down.') });
    const [, longVersion] = await call('drafts.revisions', { id: draft.id, sectionId: 'measures' });
    if (!longVersion) throw new Error('expected the long version');
    expect(storedRow(databasePath, longVersion.id).content_json).toBeNull();

    expect(await call('drafts.restoreRevision', { id: draft.id, sectionId: 'measures', revisionId: longVersion.id, baseRevision: 2 })).toMatchObject({ revision: 3 });
    expect((await call('drafts.open', { id: draft.id })).sections.find((section) => section.id === 'measures')?.doc).toEqual(long);

    await call('drafts.updateSection', { id: draft.id, sectionId: 'measures', baseRevision: 3, doc: paragraphDoc('Cut again.') });
    const [, restoreEntry] = await call('drafts.revisions', { id: draft.id, sectionId: 'measures' });
    expect(restoreEntry?.action).toBe('restore-revision');
    await call('drafts.restoreRevision', { id: draft.id, sectionId: 'measures', revisionId: restoreEntry?.id ?? 0, baseRevision: 4 });
    expect((await call('drafts.open', { id: draft.id })).sections.find((section) => section.id === 'measures')?.doc).toEqual(long);
  });
});
