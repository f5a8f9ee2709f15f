import type { Handlers } from '../../../shared/api/dispatch.js';
import { openUpToDate } from '../draftTemplate.js';
import type { LibraryStores } from '../libraryStores.js';
import type { TemplateCatalogue } from '../templateCatalogue.js';

/** The methods on drafts as a whole; review, history, attribution and portable files have their own modules. */
type DraftMethod =
  | 'drafts.list'
  | 'drafts.create'
  | 'drafts.open'
  | 'drafts.updateCover'
  | 'drafts.updateSection'
  | 'drafts.rename'
  | 'drafts.duplicate'
  | 'drafts.trash'
  | 'drafts.restore'
  | 'drafts.purge'
  | 'drafts.revisions';

/** Each call asks for the stores first, so every drafts.* call fails with `library-unavailable` while the library cannot be opened. */
export function draftsHandlers(stores: () => LibraryStores, catalogue: TemplateCatalogue): Pick<Handlers, DraftMethod> {
  const drafts = () => stores().drafts;
  return {
    'drafts.list': (request) => drafts().list(request.scope),
    'drafts.create': (request) => {
      const store = drafts();
      return store.create(catalogue.get(request.templateId), { title: request.title, council: request.council });
    },
    'drafts.open': (request) => openUpToDate(drafts(), catalogue, request.id),
    'drafts.updateCover': (request) => drafts().updateCover(request.id, request.baseRevision, request.cover),
    'drafts.updateSection': (request) => drafts().updateSection(request.id, request.sectionId, request.baseRevision, request.doc),
    'drafts.rename': (request) => drafts().rename(request.id, request.title),
    'drafts.duplicate': (request) => drafts().duplicate(request.id),
    'drafts.trash': (request) => drafts().trash(request.id),
    'drafts.restore': (request) => drafts().restore(request.id),
    'drafts.purge': (request) => {
      drafts().purge(request.id);
      return { purged: true };
    },
    'drafts.revisions': (request) => drafts().revisions(request.id, request.sectionId),
  };
}
