import type { Handlers } from '../../../shared/api/dispatch.js';
import { isTranslationLanguage } from '../../../shared/model/language.js';
import { packLanguages } from '../../../shared/template/template.js';
import { openUpToDate } from '../draftTemplate.js';
import type { LibraryStores } from '../libraryStores.js';
import type { TemplateCatalogue } from '../templateCatalogue.js';

/** A draft, its sections and their history (versions and snapshots); review, import, export and reporting have their own modules. */
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
  | 'drafts.revisions'
  | 'drafts.revision'
  | 'drafts.createSnapshot'
  | 'drafts.snapshots'
  | 'drafts.snapshot'
  | 'drafts.restoreRevision'
  | 'drafts.restoreSnapshot';

/** Each call asks for the stores first, so every drafts.* call fails with `library-unavailable` while the library cannot be opened. */
export function draftsHandlers(stores: () => LibraryStores, catalogue: TemplateCatalogue): Pick<Handlers, DraftMethod> {
  const drafts = () => stores().drafts;
  const history = () => stores().history;
  return {
    'drafts.list': (request) => drafts().list(request.scope),
    'drafts.create': (request) => {
      const store = drafts();
      return store.create(catalogue.get(request.templateId), { title: request.title, council: request.council });
    },
    'drafts.open': (request) => openUpToDate(drafts(), catalogue, request.id),
    'drafts.updateCover': (request) => drafts().updateCover(request.id, request.baseRevision, request.cover),
    'drafts.updateSection': (request) => {
      const language = request.language ?? 'en';
      if (!isTranslationLanguage(language)) return drafts().updateSection(request.id, request.sectionId, request.baseRevision, request.doc);
      return stores().translations.update(request.id, request.sectionId, language, request.baseRevision, request.doc, (templateId) => packLanguages(catalogue.get(templateId)));
    },
    'drafts.rename': (request) => drafts().rename(request.id, request.title),
    'drafts.duplicate': (request) => drafts().duplicate(request.id),
    'drafts.trash': (request) => drafts().trash(request.id),
    'drafts.restore': (request) => drafts().restore(request.id),
    'drafts.purge': (request) => {
      drafts().purge(request.id);
      return { purged: true };
    },
    'drafts.revisions': (request) => {
      const language = request.language ?? 'en';
      if (!isTranslationLanguage(language)) return drafts().revisions(request.id, request.sectionId);
      return stores().translations.revisions(request.id, request.sectionId, language);
    },
    'drafts.revision': (request) => history().revision(request.id, request.revisionId),
    'drafts.createSnapshot': (request) => history().createSnapshot(request.id, request.name),
    'drafts.snapshots': (request) => history().snapshots(request.id),
    'drafts.snapshot': (request) => history().snapshot(request.id, request.snapshotId),
    'drafts.restoreRevision': (request) => history().restoreRevision(request.id, request.sectionId, request.revisionId, request.baseRevision),
    'drafts.restoreSnapshot': (request) => history().restoreSnapshot(request.id, request.snapshotId),
  };
}
