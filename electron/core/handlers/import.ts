import type { Handlers } from '../../../shared/api/dispatch.js';
import { importDraft, importIntoDraft } from '../import/importDraft.js';
import { proposeImport } from '../import/proposeImport.js';
import type { LibraryStores } from '../libraryStores.js';
import type { TemplateCatalogue } from '../templateCatalogue.js';

/**
 * Importing last year's strategy: propose where each part goes (nothing
 * written), then create a draft from the reviewed choices or bring them into
 * an open draft.
 */
export function importHandlers(stores: () => LibraryStores, catalogue: TemplateCatalogue): Pick<Handlers, 'import.propose' | 'import.apply' | 'import.applyToDraft'> {
  return {
    'import.propose': (request) => proposeImport({ name: request.fileName, bytes: new Uint8Array(Buffer.from(request.dataBase64, 'base64')) }),
    'import.apply': (request) => {
      const drafts = stores().drafts;
      return importDraft(drafts, catalogue.get(request.templateId), request.proposal, request.choices);
    },
    'import.applyToDraft': (request) => {
      const drafts = stores().drafts;
      return importIntoDraft(drafts, catalogue.get(drafts.open(request.id).templateId), request.id, request);
    },
  };
}
