import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../shared/api/dispatch.js';
import { ApiFailure } from '../../../shared/api/errors.js';
import type { LibraryStatus } from '../../../shared/api/contract.js';
import { createCore } from '../../../electron/core/createCore.js';
import { openLibrary, asStorageFailure } from '../../../electron/core/storage/libraryFile.js';
import { LATEST_SCHEMA_VERSION, LIBRARY_APPLICATION_ID, LIBRARY_TABLES } from '../../../electron/core/storage/migrations.js';
import { createDraftStore } from '../../../electron/core/storage/draftStore.js';
import { paragraphDoc, sha256, tempDir, testTemplatesDir, TEST_TEMPLATE } from './fixtures.js';

const root = path.resolve(__dirname, '../../..');
const PREVIOUS_VERSION_LIBRARY = path.join(root, 'tests/fixtures/libraries/format-3-written-before-application-id.sqlite');

const libraryFile = (dataDir: string) => path.join(dataDir, 'library.sqlite');

/** Every file in the folder with its hash, so "untouched" covers companions SQLite might have added. */
function folderState(dataDir: string): Record<string, string> {
  return Object.fromEntries(fs.readdirSync(dataDir).sort().map((name) => [name, sha256(path.join(dataDir, name))]));
}

function foreignDatabase(build: (db: BetterSqlite3.Database) => void): string {
  const dataDir = tempDir();
  const db = new BetterSqlite3(libraryFile(dataDir));
  build(db);
  db.close();
  return dataDir;
}

function expectRefusedUntouched(dataDir: string, reason: string, message: RegExp): LibraryStatus {
  const before = folderState(dataDir);
  const library = openLibrary(dataDir);
  const status = library.status();
  expect(status).toMatchObject({ state: 'unavailable', reason });
  expect(status.message).toMatch(message);
  library.close();
  expect(folderState(dataDir)).toEqual(before);
  const db = new BetterSqlite3(libraryFile(dataDir), { readonly: true });
  expect(db.pragma('journal_mode', { simple: true })).toBe('delete');
  db.close();
  return status;
}

describe('recognising a library before writing to it', () => {
  it('leaves another program\'s database at format 0 exactly as it was: no tables added, not switched to WAL', () => {
    const dataDir = foreignDatabase((db) => db.exec("CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('theirs')"));
    const status = expectRefusedUntouched(dataDir, 'not-a-library', /belongs to another program/);
    expect(status.state === 'unavailable' && status.canStartFresh).toBe(true);
  });

  it('leaves alone a database with its own tables and another format number, even one with tables named like ours', () => {
    expectRefusedUntouched(foreignDatabase((db) => {
      db.exec('CREATE TABLE orders (id INTEGER PRIMARY KEY)');
      db.pragma('user_version = 7');
    }), 'not-a-library', /another program/);
    expectRefusedUntouched(foreignDatabase((db) => {
      db.exec('CREATE TABLE drafts (id TEXT); CREATE TABLE sections (id TEXT)');
      db.pragma('user_version = 2');
    }), 'not-a-library', /another program/);
  });

  it('leaves alone a database stamped with another program\'s application id, whatever its format number', () => {
    expectRefusedUntouched(foreignDatabase((db) => {
      db.exec('CREATE TABLE drafts (id TEXT)');
      db.pragma('application_id = 1234');
      db.pragma('user_version = 1');
    }), 'not-a-library', /another program/);
  });

  it('does not take over an empty database that is not zero bytes', () => {
    const dataDir = foreignDatabase((db) => db.exec('CREATE TABLE scratch (x); DROP TABLE scratch'));
    expect(fs.statSync(libraryFile(dataDir)).size).toBeGreaterThan(0);
    expectRefusedUntouched(dataDir, 'not-a-library', /another program/);
  });

  it('starts a library in a zero-byte file, and says so', () => {
    const dataDir = tempDir();
    fs.writeFileSync(libraryFile(dataDir), '');
    const library = openLibrary(dataDir);
    const status = library.status();
    expect(status).toMatchObject({ state: 'ready', message: expect.stringMatching(/was empty \(0 bytes\), so a new library was started in it/) as unknown });
    expect(library.database().pragma('application_id', { simple: true })).toBe(LIBRARY_APPLICATION_ID);
    library.close();
  });

  it('refuses a newer version\'s library and will not start a fresh library over it', () => {
    const dataDir = tempDir();
    openLibrary(dataDir).close();
    const db = new BetterSqlite3(libraryFile(dataDir));
    db.pragma('journal_mode = DELETE');
    db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    db.close();
    const status = expectRefusedUntouched(dataDir, 'newer-version', /newer version/);
    expect(status.state === 'unavailable' && status.canStartFresh).toBe(false);
    const before = folderState(dataDir);
    const library = openLibrary(dataDir);
    expect(library.startFresh()).toMatchObject({ state: 'unavailable', reason: 'newer-version' });
    library.close();
    expect(folderState(dataDir)).toEqual(before);
  });

  it('opens a library written by the previous version (no application id), keeps everything in it, and stamps it', async () => {
    const dataDir = tempDir();
    fs.copyFileSync(PREVIOUS_VERSION_LIBRARY, libraryFile(dataDir));
    const before = new BetterSqlite3(libraryFile(dataDir), { readonly: true });
    expect([before.pragma('application_id', { simple: true }), before.pragma('user_version', { simple: true })]).toEqual([0, 3]);
    before.close();

    const core = createCore({ dataDir, templatesDir: testTemplatesDir() });
    try {
      expect(await dispatch(core.handlers, 'library.status', {})).toMatchObject({ ok: true, value: { state: 'ready' } });
      const listed = await dispatch(core.handlers, 'drafts.list', { scope: 'active' });
      const drafts = listed.ok ? (listed.value as { id: string; title: string }[]) : [];
      expect(drafts.map((draft) => draft.title)).toEqual(['Written by the previous version']);
      const opened = await dispatch(core.handlers, 'drafts.open', { id: drafts[0]?.id });
      expect(opened.ok && JSON.stringify(opened.value)).toContain('Kept across the update.');
      const comments = await dispatch(core.handlers, 'comments.list', { id: drafts[0]?.id });
      expect(comments.ok && JSON.stringify(comments.value)).toContain('A comment from before.');
      const saved = await dispatch(core.handlers, 'drafts.updateSection', { id: drafts[0]?.id, sectionId: 'glossary', baseRevision: 0, doc: paragraphDoc('Saved after the update') });
      expect(saved.ok).toBe(true);
    } finally {
      core.close();
    }
    const after = new BetterSqlite3(libraryFile(dataDir), { readonly: true });
    expect([after.pragma('application_id', { simple: true }), after.pragma('user_version', { simple: true })]).toEqual([LIBRARY_APPLICATION_ID, LATEST_SCHEMA_VERSION]);
    after.close();
  });

  it('knows the tables of the latest format, so a new format cannot forget to say what a library has', () => {
    const dataDir = tempDir();
    openLibrary(dataDir).close();
    const db = new BetterSqlite3(libraryFile(dataDir), { readonly: true });
    const tables = db.prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all().map((row) => row.name);
    db.close();
    expect([...(LIBRARY_TABLES[LATEST_SCHEMA_VERSION] ?? [])].sort()).toEqual(tables.sort());
  });
});

/**
 * A library left as a crash leaves it: the main file plus a write-ahead log
 * with content, copied while the writing connection is still open. With
 * `corruptIndex`, one row's indexed value is changed behind its index's back:
 * the kind of damage only the full integrity check finds.
 */
function crashedLibrary(corruptIndex: boolean): string {
  const source = tempDir();
  const library = openLibrary(source);
  const core = library.database();
  core.prepare("INSERT INTO drafts (id, template_id, cover_json, created_at, updated_at) VALUES ('d1', 't', '{}', 'then', 'then')").run();
  core.prepare("INSERT INTO revisions (draft_id, section_id, author, at, action) VALUES ('d1', 'introduction', 'A', 'then', 'edit')").run();
  library.close();
  if (corruptIndex) {
    let db = new BetterSqlite3(libraryFile(source));
    db.unsafeMode(true);
    db.pragma('writable_schema = ON');
    const index = db.prepare("SELECT * FROM sqlite_master WHERE name = 'revisions_by_draft'").get() as Record<string, unknown>;
    db.prepare("DELETE FROM sqlite_master WHERE name = 'revisions_by_draft'").run();
    db.close();
    db = new BetterSqlite3(libraryFile(source));
    db.prepare("UPDATE revisions SET section_id = 'glossary'").run();
    db.close();
    db = new BetterSqlite3(libraryFile(source));
    db.unsafeMode(true);
    db.pragma('writable_schema = ON');
    db.prepare('INSERT INTO sqlite_master (type, name, tbl_name, rootpage, sql) VALUES (?, ?, ?, ?, ?)').run(index['type'], index['name'], index['tbl_name'], index['rootpage'], index['sql']);
    db.close();
  }
  const crashed = tempDir();
  const writer = new BetterSqlite3(libraryFile(source));
  writer.pragma('wal_autocheckpoint = 0');
  writer.prepare("INSERT INTO settings (key, value) VALUES ('written-before-the-crash', 'yes')").run();
  for (const suffix of ['', '-wal']) fs.copyFileSync(libraryFile(source) + suffix, libraryFile(crashed) + suffix);
  writer.close();
  return crashed;
}

describe('a library that was not closed cleanly', () => {
  it('is checked in full, and one that fails is refused and left exactly as it was', () => {
    const dataDir = crashedLibrary(true);
    expect(fs.statSync(`${libraryFile(dataDir)}-wal`).size).toBeGreaterThan(0);
    const before = { main: sha256(libraryFile(dataDir)), wal: sha256(`${libraryFile(dataDir)}-wal`) };
    const library = openLibrary(dataDir);
    expect(library.status()).toMatchObject({ state: 'unavailable', reason: 'damaged', message: expect.stringMatching(/damaged \(.*missing from index revisions_by_draft/) as unknown });
    library.close();
    expect({ main: sha256(libraryFile(dataDir)), wal: sha256(`${libraryFile(dataDir)}-wal`) }).toEqual(before);
  });

  it('opens with the saves from its log when the check passes', () => {
    const library = openLibrary(crashedLibrary(false));
    expect(library.status().state).toBe('ready');
    expect(library.database().prepare("SELECT value FROM settings WHERE key = 'written-before-the-crash'").get()).toEqual({ value: 'yes' });
    library.close();
  });
});

describe('a library the machine will not let us write', () => {
  it('says the disk is full when a save does not fit, and keeps what was saved before', () => {
    const dataDir = tempDir();
    const library = openLibrary(dataDir);
    const db = library.database();
    const store = createDraftStore(db, { author: () => 'Tester' });
    const draft = store.create(TEST_TEMPLATE, { title: 'Nearly full' });
    // SQLite reports reaching a page limit exactly as it reports a full disk.
    db.pragma(`max_page_count = ${(db.pragma('page_count', { simple: true }) as number) + 1}`);
    const big = paragraphDoc(...Array.from({ length: 200 }, (_, index) => `Paragraph ${index} ${'words '.repeat(80)}`));
    let failure: unknown;
    try {
      store.updateSection(draft.id, 'introduction', 0, big);
    } catch (error) {
      failure = asStorageFailure(error, dataDir);
    }
    expect(failure).toBeInstanceOf(ApiFailure);
    expect(failure).toMatchObject({ code: 'storage-failed', message: expect.stringMatching(/^The disk is full, so this change was not saved/) as unknown });
    expect(store.open(draft.id).title).toBe('Nearly full');
    library.close();
  });

  it('answers a save refused as read-only or locked in those words, and leaves every other failure as it was', () => {
    const sqliteError = (code: string) => Object.assign(new Error(code), { code });
    expect(asStorageFailure(sqliteError('SQLITE_READONLY_DBMOVED'), '/data')).toMatchObject({ code: 'storage-failed', message: expect.stringMatching(/^The library is read-only, so this change was not saved\. .*\/data/) as unknown });
    expect(asStorageFailure(sqliteError('SQLITE_BUSY'), '/data')).toMatchObject({ code: 'storage-failed', message: expect.stringMatching(/busy in another window or program/) as unknown });
    const unrelated = [sqliteError('SQLITE_CONSTRAINT_CHECK'), sqliteError('EACCES'), new ApiFailure('conflict', 'Changed elsewhere.'), new TypeError('a bug')];
    for (const error of unrelated) expect(asStorageFailure(error, '/data')).toBe(error);
  });

  // Root may write anywhere, so the command runs as an ordinary user when the tests run as root.
  const unprivileged = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
  const runCliAsUser = (dataDir: string) =>
    promisify(execFile)(process.execPath, ['--import', 'tsx', 'electron/cli/main.ts', 'list', '--data-dir', dataDir, '--templates-dir', testTemplatesDir()], { cwd: root, ...unprivileged });

  it.skipIf(process.platform === 'win32')('says the library is read-only, for a read-only file or folder, never that it is damaged', async () => {
    for (const lock of ['file', 'folder'] as const) {
      const dataDir = tempDir();
      openLibrary(dataDir).close();
      fs.chmodSync(dataDir, 0o755);
      fs.chmodSync(libraryFile(dataDir), lock === 'file' ? 0o444 : 0o644);
      if (lock === 'folder') fs.chmodSync(dataDir, 0o555);
      const before = folderState(dataDir);
      const failure = (await runCliAsUser(dataDir).catch((error: unknown) => error)) as { code: number; stderr: string };
      expect(failure.code, lock).toBe(1);
      expect(failure.stderr, lock).toMatch(/^The library is read-only/);
      expect(failure.stderr, lock).not.toMatch(/damaged|internal|went wrong/i);
      expect(folderState(dataDir), lock).toEqual(before);
      fs.chmodSync(dataDir, 0o755);
    }
  }, 60_000);
});
