import type { LocalNames } from '../../../shared/api/contract.js';
import type { Handlers } from '../../../shared/api/dispatch.js';
import { ApiFailure } from '../../../shared/api/errors.js';
import { DEFAULT_HOUSE_STYLE } from '../../../shared/model/houseStyle.js';
import type { LibraryStores } from '../libraryStores.js';
import type { Library } from '../storage/libraryFile.js';
import { defaultAuthor } from '../storage/settingsStore.js';
import type { TemplateCatalogue } from '../templateCatalogue.js';

type LibraryMethod = 'library.status' | 'library.startFresh' | 'settings.get' | 'settings.update' | 'templates.list' | 'templates.get';

/** The library file itself, the settings kept in it, and the templates drafts are written with. */
export function libraryHandlers(library: Library, stores: () => LibraryStores, catalogue: TemplateCatalogue): Pick<Handlers, LibraryMethod> {
  return {
    'library.status': () => library.status(),
    'library.startFresh': () => library.startFresh(),
    // Settings live in the library; while it cannot be opened the app still shows who it would record.
    'settings.get': () => (library.status().state === 'ready' ? stores().settings.get() : { author: defaultAuthor(), fourEyes: false, named: false, localNames: {}, houseStyle: DEFAULT_HOUSE_STYLE }),
    'settings.update': (request) => {
      if (request.localNames !== undefined) checkSlots(catalogue, request.localNames);
      return stores().settings.update(request);
    },
    'templates.list': () => catalogue.list(),
    'templates.get': (request) => catalogue.get(request.id),
  };
}

/** A name is kept only for a slot its pack offers, so a typing mistake in a script is refused rather than stored where no check reads it. */
export function checkSlots(catalogue: TemplateCatalogue, localNames: LocalNames): void {
  for (const [packId, slots] of Object.entries(localNames)) {
    const template = catalogue.get(packId);
    const offered = template.localNames.map((slot) => slot.id);
    const unknown = Object.keys(slots).find((slotId) => !offered.includes(slotId));
    if (unknown === undefined) continue;
    const choices = offered.length === 0 ? 'It asks for no local names.' : `It asks for: ${offered.join(', ')}.`;
    throw new ApiFailure('invalid-request', `The template "${template.name}" has no local name "${unknown}". ${choices}`);
  }
}
