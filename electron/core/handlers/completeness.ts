import type { Handlers } from '../../../shared/api/dispatch.js';
import { checkStoredDraft } from '../completeness/checkStoredDraft.js';
import { draftTemplate } from '../draftTemplate.js';
import type { LibraryStores } from '../libraryStores.js';
import type { TemplateCatalogue } from '../templateCatalogue.js';

export function completenessHandlers(stores: () => LibraryStores, catalogue: TemplateCatalogue): Pick<Handlers, 'drafts.check'> {
  return {
    'drafts.check': (request) => {
      const draft = stores().drafts.open(request.id);
      return checkStoredDraft(draft, draftTemplate(catalogue, draft, 'checked'));
    },
  };
}
