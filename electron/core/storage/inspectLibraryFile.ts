import fs from 'node:fs';
import { LATEST_SCHEMA_VERSION, schemaVersion } from './migrations.js';
import { openReadOnly, type DatabaseOptions } from './openDatabase.js';

export type Inspection = { usable: true } | { usable: false; message: string };

const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');
const SQLITE_HEADER_SIZE = 100;

/**
 * Decides whether an existing library file may be opened for writing. Only
 * reads: a file we cannot use must reach the user exactly as it was, so they
 * (or IT) can try to recover it.
 */
export function inspectLibraryFile(file: string, options: DatabaseOptions): Inspection {
  const size = fs.statSync(file).size;
  // SQLite treats an empty file as an empty database.
  if (size === 0) return { usable: true };
  if (size < SQLITE_HEADER_SIZE || !readPrefix(file, SQLITE_MAGIC.length).equals(SQLITE_MAGIC)) {
    return { usable: false, message: 'The library file is not a database this app can read (it may have been replaced or overwritten by another program).' };
  }
  let db;
  try {
    db = openReadOnly(file, options);
    const version = schemaVersion(db);
    if (version > LATEST_SCHEMA_VERSION) {
      return {
        usable: false,
        message: `The library was saved by a newer version of Corporate Parenting Studio (format ${version}; this version reads up to format ${LATEST_SCHEMA_VERSION}). Install the newer version to open it.`,
      };
    }
    const problems = (db.pragma('quick_check') as { quick_check: string }[]).map((row) => row.quick_check).filter((line) => line !== 'ok');
    if (problems.length > 0) return { usable: false, message: `The library file is damaged (${problems[0]}).` };
    return { usable: true };
  } catch (error) {
    return { usable: false, message: `The library file is damaged and cannot be read (${(error as Error).message}).` };
  } finally {
    db?.close();
  }
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
