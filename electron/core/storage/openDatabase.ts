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
 * second process waits for the lock instead of failing at once.
 */
export function openReadWrite(file: string, options: DatabaseOptions): Database {
  const db = new BetterSqlite3(file, binding(options));
  try {
    db.pragma('busy_timeout = 5000');
    db.pragma('journal_mode = WAL');
    // In WAL mode NORMAL survives an app crash; only a power cut can lose the very last autosave.
    db.pragma('synchronous = NORMAL');
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
