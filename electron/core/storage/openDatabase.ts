import BetterSqlite3, { type Database } from 'better-sqlite3';

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
