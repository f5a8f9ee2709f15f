import type { Handlers } from '../../../shared/api/dispatch.js';
import type { LibraryStores } from '../libraryStores.js';
import type { Library } from '../storage/openLibrary.js';
import { defaultAuthor } from '../storage/settingsStore.js';

export function settingsHandlers(library: Library, stores: () => LibraryStores): Pick<Handlers, 'settings.get' | 'settings.update'> {
  return {
    // Settings live in the library; while it cannot be opened the app still shows who it would record.
    'settings.get': () => (library.status().state === 'ready' ? stores().settings.get() : { author: defaultAuthor(), fourEyes: false, named: false }),
    'settings.update': (request) => stores().settings.update(request),
  };
}
