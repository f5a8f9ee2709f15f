import fs from 'node:fs';
import type { Database } from 'better-sqlite3';
import type { LibraryUnavailableReason } from '../../../shared/api/contract.js';
import { LATEST_SCHEMA_VERSION, LIBRARY_APPLICATION_ID, LIBRARY_TABLES, schemaVersion } from './migrations.js';
import { openReadOnly, type DatabaseOptions } from './openDatabase.js';

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
