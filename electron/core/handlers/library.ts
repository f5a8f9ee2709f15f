import type { Handlers } from '../../../shared/api/dispatch.js';
import type { Library } from '../storage/libraryFile.js';

export function libraryHandlers(library: Library): Pick<Handlers, 'library.status' | 'library.startFresh'> {
  return {
    'library.status': () => library.status(),
    'library.startFresh': () => library.startFresh(),
  };
}
