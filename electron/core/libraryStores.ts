import type { Database } from 'better-sqlite3';
import { createAttributionStore, type AttributionStore } from './storage/attributionStore.js';
import { createCommentStore, type CommentStore, createSuggestionStore, type SuggestionStore } from './storage/commentsAndSuggestions.js';
import { createConsultationStore, type ConsultationStore } from './storage/consultationStore.js';
import { createDraftStore, type DraftStore, type DraftStoreOptions } from './storage/draftStore.js';
import { createHistoryStore, type HistoryStore } from './storage/historyStore.js';
import type { Library } from './storage/libraryFile.js';
import { createPortableStore, type PortableStore } from './storage/portableStore.js';
import { createProgressStore, type ProgressStore } from './storage/progressStore.js';
import { createSettingsStore, type SettingsStore } from './storage/settingsStore.js';
import { createSignOffStore, type SignOffStore } from './storage/signOffStore.js';
import { createTranslationStore, type TranslationStore } from './storage/translationStore.js';

export interface LibraryStores {
  drafts: DraftStore;
  settings: SettingsStore;
  signOff: SignOffStore;
  attribution: AttributionStore;
  history: HistoryStore;
  comments: CommentStore;
  suggestions: SuggestionStore;
  portable: PortableStore;
  translations: TranslationStore;
  progress: ProgressStore;
  consultations: ConsultationStore;
  /** Runs writes to several stores as one transaction: all of them are kept, or none (a store's own transaction inside it becomes a savepoint). */
  inOneTransaction<T>(work: () => T): T;
}

/**
 * The stores over the library's current database. Starting a fresh library
 * replaces the database, so the stores (and their prepared statements) are
 * rebuilt whenever the connection changes.
 */
export function libraryStores(library: Library, packs: Pick<DraftStoreOptions, 'documentKind'> = {}): () => LibraryStores {
  let built: { db: Database; stores: LibraryStores } | undefined;
  return () => {
    const db = library.database();
    if (built?.db !== db) built = { db, stores: buildStores(db, packs) };
    return built.stores;
  };
}

function buildStores(db: Database, packs: Pick<DraftStoreOptions, 'documentKind'>): LibraryStores {
  const settings = createSettingsStore(db);
  const author = settings.author;
  const comments = createCommentStore(db, { author });
  const suggestions = createSuggestionStore(db, { author });
  // Anchors of comments and suggestions follow every change of a section's text, whichever store makes it.
  const contentListeners = [comments.followEdit, suggestions.followEdit];
  const drafts = createDraftStore(db, { author, contentListeners, ...packs });
  return {
    settings,
    drafts,
    comments,
    suggestions,
    signOff: createSignOffStore(db, { author }),
    attribution: createAttributionStore(db, { author }),
    history: createHistoryStore(db, { author, contentListeners }),
    portable: createPortableStore(db, { author, drafts, suggestions }),
    translations: createTranslationStore(db, { author }),
    progress: createProgressStore(db, { author }),
    consultations: createConsultationStore(db),
    inOneTransaction: (work) => db.transaction(work).immediate(),
  };
}
