import fs from 'node:fs';
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import type { LibraryStatus, LibraryUnavailableReason } from '../../../shared/api/contract.js';
import { ApiFailure } from '../../../shared/api/errors.js';
import { inspectLibraryFile } from './inspectLibraryFile.js';
import { migrate, schemaVersion } from './migrations.js';
import { applyNewLibraryDefaults } from './settingsStore.js';
import { openReadWrite, type DatabaseOptions } from './openDatabase.js';
import { setAside } from './setAside.js';
import { writeBlocker } from './storageErrors.js';

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
