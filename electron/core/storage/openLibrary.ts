import fs from 'node:fs';
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import type { LibraryStatus } from '../../../shared/api/contract.js';
import { ApiFailure } from '../../../shared/api/errors.js';
import { inspectLibraryFile } from './inspectLibraryFile.js';
import { migrate, schemaVersion } from './migrations.js';
import { applyNewLibraryDefaults } from './settingsStore.js';
import { openReadWrite, type DatabaseOptions } from './openDatabase.js';
import { setAside } from './setAside.js';

export const LIBRARY_FILE_NAME = 'library.sqlite';

/** The one database of drafts in a data folder, or the reason it cannot be used. */
export interface Library {
  status(): LibraryStatus;
  /** The open database; fails with `library-unavailable` while the file cannot be used. */
  database(): Database;
  /** Moves an unusable file aside and starts an empty library; does nothing to a library that works. */
  startFresh(): LibraryStatus;
  close(): void;
}

export function openLibrary(dataDir: string, options: DatabaseOptions = {}): Library {
  const databasePath = path.join(dataDir, LIBRARY_FILE_NAME);
  let db: Database | undefined;
  let status: LibraryStatus;

  const ready = (message?: string): LibraryStatus => ({ state: 'ready', dataDir, databasePath, ...(message ? { message } : {}) });
  const unavailable = (message: string): LibraryStatus => ({ state: 'unavailable', dataDir, databasePath, message });

  function open(): LibraryStatus {
    try {
      fs.mkdirSync(dataDir, { recursive: true });
      if (fs.existsSync(databasePath)) {
        const inspection = inspectLibraryFile(databasePath, options);
        if (!inspection.usable) return unavailable(`${inspection.message} It has been left untouched at ${databasePath}.`);
      }
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
      return ready();
    } catch (error) {
      return unavailable(`The library at ${databasePath} could not be opened: ${(error as Error).message}`);
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
