import type { Handlers } from '../../shared/api/dispatch.js';
import { attributionHandlers } from './handlers/attribution.js';
import { commentsHandlers } from './handlers/comments.js';
import { completenessHandlers } from './handlers/completeness.js';
import { draftsHandlers } from './handlers/drafts.js';
import { exportHandlers } from './handlers/export.js';
import { historyHandlers } from './handlers/history.js';
import { importHandlers } from './handlers/import.js';
import { libraryHandlers } from './handlers/library.js';
import { portableHandlers } from './handlers/portable.js';
import { settingsHandlers } from './handlers/settings.js';
import { signOffHandlers } from './handlers/signOff.js';
import { templatesHandlers } from './handlers/templates.js';
import { libraryStores } from './libraryStores.js';
import { openLibrary } from './storage/openLibrary.js';
import { createTemplateCatalogue } from './templateCatalogue.js';

export interface CoreOptions {
  dataDir: string;
  templatesDir: string;
  /** better_sqlite3.node built for Electron's ABI; omitted under plain Node. */
  nativeBinding?: string;
}

export interface Core {
  handlers: Handlers;
  close(): void;
  dataDir: string;
}

/** The app without a user interface: the Electron shell, the web host and the CLI each wrap this in their own transport. */
export function createCore(options: CoreOptions): Core {
  const library = openLibrary(options.dataDir, { nativeBinding: options.nativeBinding });
  const stores = libraryStores(library);
  const catalogue = createTemplateCatalogue(options.templatesDir);
  return {
    dataDir: options.dataDir,
    handlers: {
      ...libraryHandlers(library),
      ...settingsHandlers(library, stores),
      ...templatesHandlers(catalogue),
      ...draftsHandlers(stores, catalogue),
      ...signOffHandlers(stores, catalogue),
      ...attributionHandlers(stores),
      ...historyHandlers(stores),
      ...commentsHandlers(stores),
      ...portableHandlers(stores, catalogue),
      ...completenessHandlers(stores, catalogue),
      ...exportHandlers(stores, catalogue),
      ...importHandlers(stores, catalogue),
    },
    close: () => library.close(),
  };
}
