import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createDraftStore } from '../../../electron/core/storage/draftStore.js';
import { openLibrary } from '../../../electron/core/storage/libraryFile.js';
import { LATEST_SCHEMA_VERSION, schemaVersion } from '../../../electron/core/storage/migrations.js';
import { UNSORTED } from '../../../shared/import/types.js';
import { tempDir, TEST_TEMPLATE } from './fixtures.js';

/** Written by the app at schema 4 (England pack version 2): see tests/fixtures/libraries/README.md. */
const FORMAT_4 = path.resolve(__dirname, '../../fixtures/libraries/format-4-england-pack-v2.sqlite');

/** Each draft's sections by sign-off state, counted from the table itself (the Unsorted pile is never reviewed). */
function countedInTable(file: string): Map<string, { draft: number; readyForReview: number; approved: number }> {
  const db = new BetterSqlite3(file, { readonly: true });
  try {
    const counts = new Map<string, { draft: number; readyForReview: number; approved: number }>();
    for (const { id } of db.prepare<[], { id: string }>('SELECT id FROM drafts').all()) counts.set(id, { draft: 0, readyForReview: 0, approved: 0 });
    const rows = db.prepare<[string], { draft_id: string; sign_off_state: string }>('SELECT draft_id, sign_off_state FROM sections NOT INDEXED WHERE section_id <> ?').all(UNSORTED);
    for (const row of rows) {
      const entry = counts.get(row.draft_id);
      if (!entry) continue;
      if (row.sign_off_state === 'draft') entry.draft += 1;
      if (row.sign_off_state === 'ready-for-review') entry.readyForReview += 1;
      if (row.sign_off_state === 'approved') entry.approved += 1;
    }
    return counts;
  } finally {
    db.close();
  }
}

describe('the sign-off index the library list counts from (migration 8)', () => {
  it('is added to a library written at schema 4, and the list shows the same counts as the table holds', () => {
    const dataDir = tempDir();
    const file = path.join(dataDir, 'library.sqlite');
    fs.copyFileSync(FORMAT_4, file);
    const expected = countedInTable(file);
    expect([...expected.values()].some((counts) => counts.approved > 0 && counts.readyForReview > 0)).toBe(true);

    const library = openLibrary(dataDir);
    expect(library.status().state).toBe('ready');
    const db = library.database();
    expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND name = 'sections_by_sign_off'").get()).toEqual({ name: 'sections_by_sign_off' });
    const store = createDraftStore(db, { author: () => 'Test' });
    const listed = [...store.list('active'), ...store.list('trash')];
    expect(listed).toHaveLength(expected.size);
    for (const summary of listed) expect(summary.signOff).toEqual(expected.get(summary.id));
    library.close();
  });

  it('counts the sections of new, trashed and duplicated drafts as the table holds them', () => {
    const dataDir = tempDir();
    const library = openLibrary(dataDir);
    const store = createDraftStore(library.database(), { author: () => 'Test' });
    const first = store.create(TEST_TEMPLATE, { title: 'First' });
    store.duplicate(first.id);
    store.trash(store.create(TEST_TEMPLATE, { title: 'Binned' }).id);
    const listed = [...store.list('active'), ...store.list('trash')];
    library.close();
    const expected = countedInTable(path.join(dataDir, 'library.sqlite'));
    expect(listed).toHaveLength(3);
    expect(listed.every((summary) => (summary.signOff?.draft ?? 0) > 0)).toBe(true);
    for (const summary of listed) expect(summary.signOff).toEqual(expected.get(summary.id));
  });
});
