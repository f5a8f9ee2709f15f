import type { Database } from 'better-sqlite3';
import { createDraftStore, type DraftStore } from './storage/draftStore.js';
import type { Library } from './storage/openLibrary.js';
import { createSettingsStore, type SettingsStore } from './storage/settingsStore.js';

export interface LibraryStores {
  drafts: DraftStore;
  settings: SettingsStore;
}

/**
 * The stores over the library's current database. Starting a fresh library
 * replaces the database, so the stores (and their prepared statements) are
 * rebuilt whenever the connection changes.
 */
export function libraryStores(library: Library): () => LibraryStores {
  let built: { db: Database; stores: LibraryStores } | undefined;
  return () => {
    const db = library.database();
    if (built?.db !== db) {
      const settings = createSettingsStore(db);
      built = { db, stores: { settings, drafts: createDraftStore(db, { author: settings.author }) } };
    }
    return built.stores;
  };
}
