import type { Handlers } from '../../../shared/api/dispatch.js';
import { EXPORT_FORMATS } from '../../../shared/export/formats.js';
import { openWithTemplate } from '../draftTemplate.js';
import { writeFileAtomically } from '../export/atomicWrite.js';
import { checkExportDestination } from '../export/exportDestination.js';
import { exportDraft, type ExportRequest } from '../export/exportDraft.js';
import type { LibraryStores } from '../libraryStores.js';
import type { StoredDraftChecker } from '../completeness/storedDraftChecker.js';
import type { TemplateCatalogue } from '../templateCatalogue.js';

export interface ExportToFileRequest extends ExportRequest {
  id: string;
  /** Absolute: the caller resolves it against the user's working folder. */
  path: string;
  /** Replace an existing file of the format's own kind (the CLI's --force). */
  force: boolean;
}

export interface ExportedFile {
  path: string;
  markedDraft: boolean;
  problems: string[];
}

export type ExportToFile = (request: ExportToFileRequest) => Promise<ExportedFile>;

function exporter(stores: () => LibraryStores, catalogue: TemplateCatalogue, check: StoredDraftChecker) {
  return (id: string, request: ExportRequest) => {
    const library = stores();
    const { draft, template } = openWithTemplate(library.drafts, catalogue, id, 'exported');
    return exportDraft(draft, template, request, library.comments.list(id, {}), (stored) => check(stored, template, library.settings.localNamesFor(template.id)), library.settings.get().houseStyle);
  };
}

/** The renderer's export: the bytes come back, and the Save dialog or the browser's download writes them where the user chooses. */
export function exportHandlers(stores: () => LibraryStores, catalogue: TemplateCatalogue, check: StoredDraftChecker): Pick<Handlers, 'drafts.export'> {
  const exported = exporter(stores, catalogue, check);
  return {
    'drafts.export': async (request) => {
      const file = await exported(request.id, request);
      return {
        fileName: file.fileName,
        mimeType: file.mimeType,
        dataBase64: Buffer.from(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength).toString('base64'),
        markedDraft: file.markedDraft,
        problems: file.problems,
      };
    },
  };
}

/**
 * The command line's export, straight to a path. Deliberately not an API
 * method: nothing reachable over IPC or HTTP can write to a path it names.
 */
export function exportToFile(stores: () => LibraryStores, catalogue: TemplateCatalogue, dataDir: string, check: StoredDraftChecker): ExportToFile {
  const exported = exporter(stores, catalogue, check);
  return async (request) => {
    const rules = { dataDir, extension: EXPORT_FORMATS[request.format].extension, replace: request.force ? 'same-kind' : 'refuse' } as const;
    checkExportDestination(request.path, rules);
    const file = await exported(request.id, request);
    // Checked again: the export takes a while, and the file system may have changed meanwhile.
    checkExportDestination(request.path, rules);
    await writeFileAtomically(request.path, file.bytes, { replace: request.force });
    return { path: request.path, markedDraft: file.markedDraft, problems: file.problems };
  };
}
