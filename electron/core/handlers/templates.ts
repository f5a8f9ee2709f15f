import type { Handlers } from '../../../shared/api/dispatch.js';
import type { TemplateCatalogue } from '../templateCatalogue.js';

export function templatesHandlers(catalogue: TemplateCatalogue): Pick<Handlers, 'templates.list' | 'templates.get'> {
  return {
    'templates.list': () => catalogue.list(),
    'templates.get': (request) => catalogue.get(request.id),
  };
}
