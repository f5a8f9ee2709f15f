import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { ApiFailure } from '../../../shared/api/errors.js';
import { openLibrary } from '../../../electron/core/storage/libraryFile.js';
import { LATEST_SCHEMA_VERSION } from '../../../electron/core/storage/migrations.js';
import { createDraftStore } from '../../../electron/core/storage/draftStore.js';
import { sha256, tempDir, TEST_TEMPLATE } from './fixtures.js';

function libraryFile(dataDir: string): string {
  return path.join(dataDir, 'library.sqlite');
}

/** A real library with a draft in it, closed so everything is in the main file. */
function writtenLibrary(): string {
  const dataDir = tempDir();
  const library = openLibrary(dataDir);
  const store = createDraftStore(library.database(), { author: () => 'Tester' });
  for (let index = 0; index < 20; index += 1) store.create(TEST_TEMPLATE, { title: `Draft ${index} ${'x'.repeat(200)}` });
  library.close();
  return dataDir;
}

function expectUnavailableAndUntouched(dataDir: string, expectedMessage: RegExp): void {
  const file = libraryFile(dataDir);
  const before = sha256(file);
  const library = openLibrary(dataDir);
  const status = library.status();
  expect(status.state).toBe('unavailable');
  expect(status.state === 'unavailable' && status.message).toMatch(expectedMessage);
  expect(() => library.database()).toThrow(ApiFailure);
  library.close();
  expect(sha256(file)).toBe(before);
}

describe('a library file that cannot be used', () => {
  it('is reported, left untouched, and can be replaced by a fresh library kept beside it', () => {
    const dataDir = tempDir();
    const file = libraryFile(dataDir);
    fs.writeFileSync(file, 'These are my notes, not a database. '.repeat(20));
    const before = sha256(file);
    expectUnavailableAndUntouched(dataDir, /not a database/);

    const library = openLibrary(dataDir);
    const status = library.startFresh();
    expect(status.state).toBe('ready');
    const kept = fs.readdirSync(dataDir).filter((name) => name.startsWith('library.sqlite.unreadable-'));
    expect(kept).toHaveLength(1);
    expect(kept[0]).toMatch(/^library\.sqlite\.unreadable-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d$/);
    const keptPath = path.join(dataDir, kept[0] ?? '');
    expect(sha256(keptPath)).toBe(before);
    expect(status.state === 'ready' && status.message).toContain(keptPath);
    expect(createDraftStore(library.database(), { author: () => 'Tester' }).list('active')).toEqual([]);
    library.close();
  });

  it('says the database component failed to load, not that the library is bad, and never offers to replace a healthy one', () => {
    const dataDir = writtenLibrary();
    const file = libraryFile(dataDir);
    const before = sha256(file);
    // A module built for another ABI fails to load just as a file that is no module at all does.
    const wrongBuild = path.join(tempDir(), 'better_sqlite3.node');
    fs.writeFileSync(wrongBuild, 'built for another version of Electron');
    for (const existing of [true, false]) {
      const folder = existing ? dataDir : tempDir();
      const library = openLibrary(folder, { nativeBinding: wrongBuild });
      const status = library.status();
      expect(status).toMatchObject({ state: 'unavailable', reason: 'cannot-open', canStartFresh: false });
      expect(status.state === 'unavailable' && status.message).toMatch(/database component could not be loaded.*npm run rebuild:electron/);
      expect(status.state === 'unavailable' && status.message).not.toContain('\n');
      expect(library.startFresh().state).toBe('unavailable');
      library.close();
    }
    expect(sha256(file)).toBe(before);
    expect(fs.readdirSync(dataDir).filter((name) => name.includes('unreadable'))).toEqual([]);
  });

  it('reports a file shorter than a SQLite header', () => {
    const dataDir = tempDir();
    fs.writeFileSync(libraryFile(dataDir), 'SQLite format 3\0');
    expectUnavailableAndUntouched(dataDir, /not a database/);
  });

  it('reports a corrupt SQLite file and never modifies it', () => {
    const dataDir = writtenLibrary();
    const file = libraryFile(dataDir);
    const bytes = fs.readFileSync(file);
    // Keep the header (page 1) but scramble the pages holding the tables.
    for (let offset = 4096; offset < bytes.length; offset += 1) bytes[offset] = (offset * 131) % 251;
    fs.writeFileSync(file, bytes);
    expectUnavailableAndUntouched(dataDir, /damaged/);
  });

  it('reports a library from a newer version of the app', () => {
    const dataDir = writtenLibrary();
    const db = new BetterSqlite3(libraryFile(dataDir));
    db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    db.close();
    expectUnavailableAndUntouched(dataDir, /newer version/);
  });

  it('moves the file and its WAL companions aside together', () => {
    const dataDir = tempDir();
    const file = libraryFile(dataDir);
    fs.writeFileSync(file, 'not sqlite at all, but long enough to pass the size check.'.repeat(3));
    fs.writeFileSync(`${file}-wal`, 'wal bytes');
    fs.writeFileSync(`${file}-shm`, 'shm bytes');
    const library = openLibrary(dataDir);
    expect(library.startFresh().state).toBe('ready');
    library.close();
    const names = fs.readdirSync(dataDir);
    const aside = names.find((name) => /unreadable-[\d-T]+$/.test(name));
    expect(aside).toBeDefined();
    expect(fs.readFileSync(path.join(dataDir, `${aside}-wal`), 'utf8')).toBe('wal bytes');
    expect(fs.readFileSync(path.join(dataDir, `${aside}-shm`), 'utf8')).toBe('shm bytes');
  });

  it('leaves a working library alone when asked to start fresh', () => {
    const dataDir = writtenLibrary();
    const library = openLibrary(dataDir);
    expect(library.startFresh()).toEqual(library.status());
    expect(createDraftStore(library.database(), { author: () => 'Tester' }).list('active')).toHaveLength(20);
    library.close();
    expect(fs.readdirSync(dataDir).some((name) => name.includes('unreadable'))).toBe(false);
  });
});
