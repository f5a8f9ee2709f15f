import type { Handlers } from '../../../shared/api/dispatch.js';
import type { LibraryStores } from '../libraryStores.js';

export function attributionHandlers(stores: () => LibraryStores): Pick<Handlers, 'drafts.updateAttribution'> {
  return {
    'drafts.updateAttribution': (request) => stores().attribution.update(request.id, request.baseRevision, request.attribution),
  };
}
