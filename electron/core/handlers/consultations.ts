import type { Handlers } from '../../../shared/api/dispatch.js';
import type { LibraryStores } from '../libraryStores.js';

type ConsultationMethod = Extract<keyof Handlers, `consultations.${string}`>;

export function consultationsHandlers(stores: () => LibraryStores): Pick<Handlers, ConsultationMethod> {
  const log = () => stores().consultations;
  return {
    'consultations.list': (request) => log().list(request.id),
    'consultations.add': (request) => log().add(request.id, request.session),
    'consultations.update': (request) => log().update(request.id, request.sessionId, request.baseRevision, request.session),
    'consultations.remove': (request) => {
      log().remove(request.id, request.sessionId);
      return { removed: true };
    },
  };
}
