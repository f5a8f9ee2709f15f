import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openLibrary } from '../../../electron/core/storage/libraryFile.js';
import { LATEST_SCHEMA_VERSION, LIBRARY_APPLICATION_ID, migrate, MIGRATIONS, schemaVersion } from '../../../electron/core/storage/migrations.js';
import { tempDir } from './fixtures.js';

const TABLES = ['comments', 'consultations', 'drafts', 'progress_figures', 'progress_measures', 'revisions', 'section_translations', 'sections', 'settings', 'snapshots', 'suggestions'];

function tables(file: string): string[] {
  const db = new BetterSqlite3(file, { readonly: true });
  try {
    return db
      .prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
      .all()
      .map((row) => row.name);
  } finally {
    db.close();
  }
}

describe('migrations', () => {
  it('numbers its steps upwards from 1, each number once (numbers are reserved per branch, so a gap is allowed)', () => {
    const versions = MIGRATIONS.map((migration) => migration.version);
    expect(versions[0]).toBe(1);
    expect(versions).toEqual([...new Set(versions)].sort((a, b) => a - b));
    expect(LATEST_SCHEMA_VERSION).toBe(versions[versions.length - 1]);
  });

  it('creates the schema in a new data folder', () => {
    const dataDir = path.join(tempDir(), 'not', 'yet', 'there');
    const library = openLibrary(dataDir);
    expect(library.status()).toEqual({ state: 'ready', dataDir, databasePath: path.join(dataDir, 'library.sqlite') });
    expect(schemaVersion(library.database())).toBe(LATEST_SCHEMA_VERSION);
    expect(library.database().pragma('application_id', { simple: true })).toBe(LIBRARY_APPLICATION_ID);
    expect(library.database().pragma('journal_mode', { simple: true })).toBe('wal');
    expect(library.database().pragma('synchronous', { simple: true })).toBe(2);
    expect(library.database().pragma('foreign_keys', { simple: true })).toBe(1);
    library.close();
    expect(tables(path.join(dataDir, 'library.sqlite'))).toEqual(TABLES);
  });

  it('migrates an empty (zero-byte) file', () => {
    const dataDir = tempDir();
    fs.writeFileSync(path.join(dataDir, 'library.sqlite'), '');
    const library = openLibrary(dataDir);
    expect(library.status().state).toBe('ready');
    expect(schemaVersion(library.database())).toBe(LATEST_SCHEMA_VERSION);
    library.close();
  });

  it('does nothing when reopening an up-to-date library', () => {
    const dataDir = tempDir();
    openLibrary(dataDir).close();
    const library = openLibrary(dataDir);
    expect(library.status().state).toBe('ready');
    expect(migrate(library.database())).toBe(LATEST_SCHEMA_VERSION);
    library.close();
  });

  it('brings a version 1 library with a draft up to date, keeping its sections and starting them as drafts', () => {
    const dataDir = tempDir();
    const file = path.join(dataDir, 'library.sqlite');
    const old = new BetterSqlite3(file);
    migrate(old, MIGRATIONS.filter((migration) => migration.version === 1));
    old.exec(`INSERT INTO drafts (id, template_id, cover_json, created_at, updated_at) VALUES ('d1', 't', '{}', 'then', 'then');
      INSERT INTO sections (draft_id, section_id, position, doc_json, text, revision, updated_at) VALUES ('d1', 'introduction', 0, '{}', 'Kept', 4, 'then');`);
    old.close();

    const library = openLibrary(dataDir);
    expect(schemaVersion(library.database())).toBe(LATEST_SCHEMA_VERSION);
    expect(library.database().prepare('SELECT text, revision, sign_off_state, sign_off_note FROM sections').get()).toEqual({
      text: 'Kept',
      revision: 4,
      sign_off_state: 'draft',
      sign_off_note: '',
    });
    expect(library.database().prepare('SELECT attribution_json, attribution_revision FROM drafts').get()).toEqual({ attribution_json: null, attribution_revision: 0 });
    library.close();
  });

  it('keeps a log entry\'s content in at most one of its two columns from format 3 on', () => {
    const db = new BetterSqlite3(':memory:');
    migrate(db);
    db.exec(`INSERT INTO drafts (id, template_id, cover_json, created_at, updated_at) VALUES ('d1', 't', '{}', 'then', 'then')`);
    const insert = db.prepare("INSERT INTO revisions (draft_id, author, at, action, content_json, content_deflated) VALUES ('d1', 'A', 'then', 'cover', ?, ?)");
    expect(() => insert.run('{}', Buffer.from([3, 0]))).toThrow(/CHECK constraint/);
    expect(() => insert.run(null, '{}')).toThrow(/BLOB/);
    insert.run('{}', null);
    insert.run(null, Buffer.from([3, 0]));
    db.close();
  });

  it('applies a step wholly or not at all', () => {
    const db = new BetterSqlite3(':memory:');
    const steps = [
      { version: 1, sql: 'CREATE TABLE a (x INTEGER);' },
      { version: 2, sql: 'CREATE TABLE b (x INTEGER); INSERT INTO no_such_table VALUES (1);' },
    ];
    expect(() => migrate(db, steps)).toThrow(/no_such_table/);
    expect(schemaVersion(db)).toBe(1);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'b'").get()).toBeUndefined();
    db.close();
  });
});
