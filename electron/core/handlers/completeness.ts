import type { Handlers } from '../../../shared/api/dispatch.js';
import { checkStoredDraft } from '../completeness/checkStoredDraft.js';
import { openWithTemplate } from '../draftTemplate.js';
import type { LibraryStores } from '../libraryStores.js';
import type { TemplateCatalogue } from '../templateCatalogue.js';

export function completenessHandlers(stores: () => LibraryStores, catalogue: TemplateCatalogue): Pick<Handlers, 'drafts.check'> {
  return {
    'drafts.check': (request) => {
      const library = stores();
      const { draft, template } = openWithTemplate(library.drafts, catalogue, request.id, 'checked');
      return checkStoredDraft(draft, template, library.settings.localNamesFor(template.id));
    },
  };
}
