import type { Handlers } from '../../../shared/api/dispatch.js';
import { draftTemplate } from '../draftTemplate.js';
import { writeFileAtomically } from '../export/atomicWrite.js';
import { exportDraft, type ExportRequest } from '../export/exportDraft.js';
import type { LibraryStores } from '../libraryStores.js';
import type { TemplateCatalogue } from '../templateCatalogue.js';

export function exportHandlers(stores: () => LibraryStores, catalogue: TemplateCatalogue): Pick<Handlers, 'drafts.export' | 'drafts.exportToFile'> {
  const exported = (id: string, request: ExportRequest) => {
    const library = stores();
    const draft = library.drafts.open(id);
    return exportDraft(draft, draftTemplate(catalogue, draft, 'exported'), request, library.comments.list(id, {}));
  };
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
    'drafts.exportToFile': async (request) => {
      const file = await exported(request.id, request);
      await writeFileAtomically(request.path, file.bytes);
      return { path: request.path, markedDraft: file.markedDraft, problems: file.problems };
    },
  };
}
