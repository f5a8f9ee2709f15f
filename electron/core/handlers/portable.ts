import type { Handlers } from '../../../shared/api/dispatch.js';
import type { LibraryStores } from '../libraryStores.js';
import type { TemplateCatalogue } from '../templateCatalogue.js';

type PortableMethod = 'drafts.exportPortable' | 'drafts.importPortable' | 'drafts.suggestions' | 'drafts.decideSuggestion';

export function portableHandlers(stores: () => LibraryStores, catalogue: TemplateCatalogue): Pick<Handlers, PortableMethod> {
  return {
    'drafts.exportPortable': (request) => stores().portable.exportFile(request.id, request.sectionId),
    'drafts.importPortable': (request) => stores().portable.importFile(request.content, request.id, (templateId) => catalogue.get(templateId)),
    'drafts.suggestions': (request) => stores().suggestions.pending(request.id, request.sectionId),
    'drafts.decideSuggestion': (request) => stores().suggestions.decide(request.id, request.suggestionId, request.decision),
  };
}
