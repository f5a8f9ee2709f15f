import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3, { type Database } from 'better-sqlite3';
import type { LibraryStatus, LibraryUnavailableReason } from '../../../shared/api/contract.js';
import { ApiFailure } from '../../../shared/api/errors.js';
import { LATEST_SCHEMA_VERSION, LIBRARY_APPLICATION_ID, LIBRARY_TABLES, migrate, schemaVersion } from './migrations.js';
import { applyNewLibraryDefaults } from './settingsStore.js';

export const LIBRARY_FILE_NAME = 'library.sqlite';

/** The one database of drafts in a data folder, or the reason it cannot be used. */
export interface Library {
  status(): LibraryStatus;
  /** The open database; fails with `library-unavailable` while the file cannot be used. */
  database(): Database;
  /** Moves an unusable file aside and starts an empty library; refuses for a library that works or only cannot be written. */
  startFresh(): LibraryStatus;
  close(): void;
}

/** Only a file that is not a usable library of ours may be moved aside; a healthy one stays where it is. */
const MAY_START_FRESH: ReadonlySet<LibraryUnavailableReason> = new Set(['not-a-library', 'damaged']);

export function openLibrary(dataDir: string, options: DatabaseOptions = {}): Library {
  const databasePath = path.join(dataDir, LIBRARY_FILE_NAME);
  let db: Database | undefined;
  let status: LibraryStatus;

  const ready = (message?: string): LibraryStatus => ({ state: 'ready', dataDir, databasePath, ...(message ? { message } : {}) });
  const unavailable = (reason: LibraryUnavailableReason, message: string): LibraryStatus => ({
    state: 'unavailable',
    dataDir,
    databasePath,
    reason,
    message,
    canStartFresh: MAY_START_FRESH.has(reason),
  });

  function open(): LibraryStatus {
    try {
      fs.mkdirSync(dataDir, { recursive: true });
      const inspection = fs.existsSync(databasePath) ? inspectLibraryFile(databasePath, options) : undefined;
      if (inspection && !inspection.usable) return unavailable(inspection.reason, `${inspection.message} It has been left untouched at ${databasePath}.`);
      const connection = openReadWrite(databasePath, options);
      try {
        const created = schemaVersion(connection) === 0;
        migrate(connection);
        if (created) applyNewLibraryDefaults(connection);
      } catch (error) {
        connection.close();
        throw error;
      }
      db = connection;
      return ready(inspection?.kind === 'empty' ? `The library file at ${databasePath} was empty (0 bytes), so a new library was started in it.` : undefined);
    } catch (error) {
      return unavailable(...whyNotOpened(error));
    }
  }

  function whyNotOpened(error: unknown): [LibraryUnavailableReason, string] {
    if (isNativeModuleFailure(error)) return ['cannot-open', NATIVE_MODULE_MESSAGE];
    switch (writeBlocker(error) ?? (cannotWriteIn(dataDir, databasePath) ? 'read-only' : undefined)) {
      case 'read-only':
        return ['read-only', `The library is read-only, so the app cannot save to it. Ask IT to let you write to ${dataDir}, or start the app with another data folder. The library has not been changed.`];
      case 'disk-full':
        return ['disk-full', `The disk is full, so the library could not be opened for saving. Free some space, then open the app again. The library has not been changed.`];
      case 'busy':
        return ['cannot-open', `The library is in use by another program, which has held it locked for too long. Close that program, then open the app again.`];
      default:
        return ['cannot-open', `The library at ${databasePath} could not be opened: ${(error as Error)?.message ?? String(error)}`];
    }
  }

  status = open();

  return {
    status: () => status,
    database() {
      if (!db) throw new ApiFailure('library-unavailable', status.state === 'unavailable' ? status.message : 'The library is closed.');
      return db;
    },
    startFresh() {
      if (db) return status;
      // Look again: the file may have been fixed or replaced since.
      status = open();
      if (status.state === 'ready' || !status.canStartFresh) return status;
      let movedTo: string | undefined;
      if (fs.existsSync(databasePath)) {
        try {
          movedTo = setAside(databasePath);
        } catch (error) {
          throw new ApiFailure('storage-failed', `The unreadable library could not be moved aside, so nothing was changed: ${(error as Error).message}`);
        }
      }
      status = open();
      if (status.state === 'ready' && movedTo) status = ready(`A new, empty library was started. The old file was kept as ${movedTo}.`);
      return status;
    },
    close() {
      db?.close();
      db = undefined;
    },
  };
}

/**
 * better-sqlite3's compiled part is built for one ABI: the desktop app needs
 * Electron's, the web host and CLI Node's. Loading the wrong one (or a broken
 * file) fails before the library is touched, so say that, not "the library
 * could not be opened", and never offer to start a fresh library over it.
 */
const NATIVE_MODULE_MESSAGE =
  "The app's database component could not be loaded (it was built for another version of Electron or Node.js), so the library was not opened; it has not been changed. Reinstall the app, or from a checkout run `npm run rebuild:electron`, or use browser mode (`npm run serve`).";

function isNativeModuleFailure(error: unknown): boolean {
  return (error as { code?: unknown } | undefined)?.code === 'ERR_DLOPEN_FAILED';
}

/** SQLite reports a folder it may not create its companion files in only as "unable to open": ask the file system. */
function cannotWriteIn(dataDir: string, databasePath: string): boolean {
  try {
    fs.accessSync(dataDir, fs.constants.W_OK);
    if (fs.existsSync(databasePath)) fs.accessSync(databasePath, fs.constants.W_OK);
    return false;
  } catch {
    return true;
  }
}

export type Inspection =
  /**
   * `library`: ours (stamped with our application id); `previous-version`: written
   * before the id was stamped, recognised by its version and tables; `empty`: a
   * zero-byte file, the only empty file that may become a library.
   */
  | { usable: true; kind: 'library' | 'previous-version' | 'empty' }
  | { usable: false; reason: Extract<LibraryUnavailableReason, 'not-a-library' | 'damaged' | 'newer-version'>; message: string };

const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');
const SQLITE_HEADER_SIZE = 100;

const NOT_A_LIBRARY = 'The library file is not a database this app can read (it may have been replaced or overwritten by another program).';
const ANOTHER_PROGRAMS_DATABASE = 'The library file is a database, but not one of Corporate Parenting Studio\'s: it belongs to another program.';

/**
 * Decides whether an existing library file may be opened for writing. Only
 * reads, through a read-only connection: a file that is not ours must reach
 * the user (and its own program) exactly as it was. A library is recognised by
 * its application id and its own tables; one written before the id existed by
 * its format number and its tables. After a crash (a write-ahead log left
 * behind) the whole file is checked, not just its structure.
 */
export function inspectLibraryFile(file: string, options: DatabaseOptions): Inspection {
  const size = fs.statSync(file).size;
  if (size === 0) return { usable: true, kind: 'empty' };
  if (size < SQLITE_HEADER_SIZE || !readPrefix(file, SQLITE_MAGIC.length).equals(SQLITE_MAGIC)) {
    return { usable: false, reason: 'not-a-library', message: NOT_A_LIBRARY };
  }
  let db: Database | undefined;
  try {
    db = openReadOnly(file, options);
    const recognised = recognise(db);
    if (!recognised.usable) return recognised;
    const check = closedCleanly(file) ? 'quick_check' : 'integrity_check';
    const problems = (db.pragma(check) as Record<string, string>[]).map((row) => Object.values(row)[0]).filter((line) => line !== 'ok');
    if (problems.length > 0) return { usable: false, reason: 'damaged', message: `The library file is damaged (${problems[0]}).` };
    return recognised;
  } catch (error) {
    // Only a file SQLite finds malformed is damaged; a folder it may not write its shared-memory file in, or a lock, is the machine's doing.
    if (!/^SQLITE_(CORRUPT|NOTADB)/.test(String((error as { code?: unknown }).code))) throw error;
    return { usable: false, reason: 'damaged', message: `The library file is damaged and cannot be read (${(error as Error).message}).` };
  } finally {
    db?.close();
  }
}

function recognise(db: Database): Inspection {
  const applicationId = db.pragma('application_id', { simple: true }) as number;
  const version = schemaVersion(db);
  if (applicationId !== LIBRARY_APPLICATION_ID && applicationId !== 0) return { usable: false, reason: 'not-a-library', message: ANOTHER_PROGRAMS_DATABASE };
  if (applicationId === LIBRARY_APPLICATION_ID && version > LATEST_SCHEMA_VERSION) {
    return {
      usable: false,
      reason: 'newer-version',
      message: `The library was saved by a newer version of Corporate Parenting Studio (format ${version}; this version reads up to format ${LATEST_SCHEMA_VERSION}). Install the newer version to open it.`,
    };
  }
  // Before the id was stamped, every library had a format from 1 up to the latest and that format's tables.
  if (version < 1 || version > LATEST_SCHEMA_VERSION) return { usable: false, reason: 'not-a-library', message: ANOTHER_PROGRAMS_DATABASE };
  const tables = new Set(db.prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table'").all().map((row) => row.name));
  const expected = LIBRARY_TABLES[version];
  // Migration numbers are reserved per feature, so not every number below the latest was ever a format; an unstamped file claiming one is not ours.
  if (expected === undefined && applicationId === 0) return { usable: false, reason: 'not-a-library', message: ANOTHER_PROGRAMS_DATABASE };
  const missing = (expected ?? []).filter((table) => !tables.has(table));
  if (missing.length > 0) {
    return applicationId === LIBRARY_APPLICATION_ID
      ? { usable: false, reason: 'damaged', message: `The library file is damaged: it has lost its ${missing.join(', ')} table${missing.length === 1 ? '' : 's'}.` }
      : { usable: false, reason: 'not-a-library', message: ANOTHER_PROGRAMS_DATABASE };
  }
  return { usable: true, kind: applicationId === 0 ? 'previous-version' : 'library' };
}

/**
 * SQLite removes the write-ahead log (or rollback journal) when the last
 * connection closes normally; one with content left behind means a crash or
 * power cut, or another window or the CLI still has the library open. Either
 * way the full check is the safe choice.
 */
function closedCleanly(file: string): boolean {
  return ['-wal', '-journal'].every((suffix) => {
    try {
      return fs.statSync(file + suffix).size === 0;
    } catch {
      return true;
    }
  });
}

function readPrefix(file: string, length: number): Buffer {
  const handle = fs.openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(length);
    const read = fs.readSync(handle, buffer, 0, length, 0);
    return buffer.subarray(0, read);
  } finally {
    fs.closeSync(handle);
  }
}

/** SQLite keeps recent writes of a WAL database beside it; they belong to the file and move with it. */
const COMPANION_SUFFIXES = ['-wal', '-shm', '-journal'];

/**
 * Renames a library file we cannot use (and its companions) out of the way,
 * bytes untouched, and returns where it went. The name records when, so a
 * second set-aside never overwrites the first.
 */
export function setAside(file: string, now: Date = new Date()): string {
  const stamp = now.toISOString().slice(0, 19).replace(/:/g, '-');
  let target = `${file}.unreadable-${stamp}`;
  for (let attempt = 2; fs.existsSync(target); attempt += 1) target = `${file}.unreadable-${stamp}-${attempt}`;
  fs.renameSync(file, target);
  for (const suffix of COMPANION_SUFFIXES) {
    if (fs.existsSync(file + suffix)) fs.renameSync(file + suffix, target + suffix);
  }
  return target;
}

export interface DatabaseOptions {
  /** Path to a better_sqlite3.node built for the running ABI (Electron's differs from Node's). */
  nativeBinding?: string;
}

export function openReadOnly(file: string, options: DatabaseOptions): Database {
  return new BetterSqlite3(file, { readonly: true, fileMustExist: true, ...binding(options) });
}

/**
 * Opens for writing with the settings every connection needs: WAL so the app,
 * the web host and the CLI can read while one writes; a busy timeout so a
 * second process waits for the lock instead of failing at once. Call it only
 * for a file already recognised as a library (or a new one): setting WAL
 * writes to the file.
 */
export function openReadWrite(file: string, options: DatabaseOptions): Database {
  const db = new BetterSqlite3(file, binding(options));
  try {
    // SQLite quietly falls back to reading when it may not write; say so now rather than at the first save.
    if (db.readonly) throw Object.assign(new Error('The library file is read-only.'), { code: 'SQLITE_READONLY' });
    db.pragma('busy_timeout = 5000');
    db.pragma('journal_mode = WAL');
    // FULL syncs the log at every commit, so an acknowledged save survives a power cut, not just a crash (cost: bench/autosave.bench.ts).
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

function binding(options: DatabaseOptions): { nativeBinding?: string } {
  return options.nativeBinding ? { nativeBinding: options.nativeBinding } : {};
}

/** Why the library could not be written, when the cause is the machine rather than the file's contents. */
export type WriteBlocker = 'read-only' | 'disk-full' | 'busy';

/**
 * Recognises the failures SQLite and the file system report when the library
 * is healthy but cannot be written: a read-only folder, file or drive, a full
 * disk, another program holding the lock. They must reach the user as what
 * they are, never as "damaged" or as an internal error.
 */
export function writeBlocker(error: unknown): WriteBlocker | undefined {
  const code = (error as { code?: unknown } | undefined)?.code;
  if (typeof code !== 'string') return undefined;
  if (code.startsWith('SQLITE_READONLY') || code === 'EROFS' || code === 'EACCES' || code === 'EPERM') return 'read-only';
  if (code === 'SQLITE_FULL' || code === 'ENOSPC' || code === 'EDQUOT') return 'disk-full';
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return 'busy';
  return undefined;
}

/** The user's words for a change that could not be saved, with what to do about it. */
export function unsavedChangeMessage(blocker: WriteBlocker, dataDir: string): string {
  switch (blocker) {
    case 'read-only':
      return `The library is read-only, so this change was not saved. Ask IT to let you write to ${dataDir}; everything saved before is still there.`;
    case 'disk-full':
      return 'The disk is full, so this change was not saved. Free some space, then save again; everything saved before is still there.';
    case 'busy':
      return 'The library is busy in another window or program, so this change was not saved. Try again in a moment.';
  }
}

/** Turns a write SQLite was refused into a typed failure the user can act on; anything else is passed on as it was. */
export function asStorageFailure(error: unknown, dataDir: string): unknown {
  if (error instanceof ApiFailure || !String((error as { code?: unknown } | undefined)?.code).startsWith('SQLITE_')) return error;
  const blocker = writeBlocker(error);
  return blocker ? new ApiFailure('storage-failed', unsavedChangeMessage(blocker, dataDir)) : error;
}
