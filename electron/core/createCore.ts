import type { Handlers } from '../../shared/api/dispatch.js';
import { draftsHandlers } from './handlers/drafts.js';
import { exportHandlers, exportToFile, type ExportToFile } from './handlers/export.js';
import { importHandlers } from './handlers/import.js';
import { libraryHandlers } from './handlers/library.js';
import { reportingHandlers } from './handlers/reporting.js';
import { reviewHandlers } from './handlers/review.js';
import { createImportJobs, inThisThread, inWorkerThread } from './import/importJobs.js';
import { libraryStores } from './libraryStores.js';
import { openLibrary, asStorageFailure } from './storage/libraryFile.js';
import { createTemplateCatalogue } from './templateCatalogue.js';
import type { TemplateCache } from './templates/templateCache.js';
import { createStoredDraftChecker, type CheckCacheFile } from './completeness/storedDraftChecker.js';

export interface CoreOptions {
  dataDir: string;
  templatesDir: string;
  /** better_sqlite3.node built for Electron's ABI; omitted under plain Node. */
  nativeBinding?: string;
  /** The bundled import worker (importWorker.cjs): imports then run off the thread that answers the API. Without it they run in this thread (the CLI, the tests). */
  importWorkerFile?: string;
  /** Validated packs kept between processes (the CLI, where every command is a new process). */
  templateCache?: TemplateCache;
  /** Check results kept between processes (the CLI), as the packs are; every core keeps them in memory. */
  checkCache?: CheckCacheFile;
}

export interface Core {
  /** Everything the renderer may ask for, through `dispatch` over IPC or HTTP. */
  handlers: Handlers;
  /** For the command line only: writes an export to a path, which no API method may do. */
  exportToFile: ExportToFile;
  close(): void;
  dataDir: string;
}

/** The app without a user interface: the Electron shell, the web host and the CLI each wrap this in their own transport. */
export function createCore(options: CoreOptions): Core {
  const library = openLibrary(options.dataDir, { nativeBinding: options.nativeBinding });
  const catalogue = createTemplateCatalogue(options.templatesDir, options.templateCache);
  const stores = libraryStores(library, { documentKind: (templateId) => catalogue.find(templateId)?.words.documentKind });
  const check = createStoredDraftChecker(options.checkCache);
  const importJobs = createImportJobs({ runner: options.importWorkerFile ? inWorkerThread(options.importWorkerFile) : inThisThread });
  return {
    dataDir: options.dataDir,
    exportToFile: exportToFile(stores, catalogue, options.dataDir, check),
    handlers: reportingStorageFailures(options.dataDir, {
      ...libraryHandlers(library, stores, catalogue),
      ...draftsHandlers(stores, catalogue),
      ...reviewHandlers(stores, catalogue, check),
      ...exportHandlers(stores, catalogue, check),
      ...importHandlers(stores, catalogue, importJobs),
      ...reportingHandlers(stores, catalogue),
    }),
    close: () => {
      importJobs.cancelAll();
      library.close();
    },
  };
}

/** A save the machine refused (read-only, disk full, locked) is answered as what it is, not as an internal error. */
function reportingStorageFailures(dataDir: string, handlers: Handlers): Handlers {
  const wrapped = Object.entries(handlers).map(([method, handler]) => [
    method,
    async (request: unknown) => {
      try {
        return await (handler as (request: unknown) => unknown)(request);
      } catch (error) {
        throw asStorageFailure(error, dataDir);
      }
    },
  ]);
  return Object.fromEntries(wrapped) as Handlers;
}
