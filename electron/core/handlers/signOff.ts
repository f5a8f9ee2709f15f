import type { Handlers } from '../../../shared/api/dispatch.js';
import type { LibraryStores } from '../libraryStores.js';

export function signOffHandlers(stores: () => LibraryStores): Pick<Handlers, 'drafts.setSectionState'> {
  return {
    'drafts.setSectionState': (request) => ({
      sectionId: request.sectionId,
      signOff: stores().signOff.setState(request.id, request.sectionId, request.state, { note: request.note, baseRevision: request.baseRevision }),
    }),
  };
}
