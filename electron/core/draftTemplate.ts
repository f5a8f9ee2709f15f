import { ApiFailure } from '../../shared/api/errors.js';
import type { Draft } from '../../shared/model/draft.js';
import type { Template } from '../../shared/template/template.js';
import type { TemplateCatalogue } from './templateCatalogue.js';

/** The template a draft was written with; checks and exports need it for titles, order and rules. */
export function draftTemplate(catalogue: TemplateCatalogue, draft: Draft, purpose: string): Template {
  try {
    return catalogue.get(draft.templateId);
  } catch (error) {
    if (!(error instanceof ApiFailure) || error.code !== 'not-found') throw error;
    throw new ApiFailure(
      'not-found',
      `This strategy was written with the template "${draft.templateId}", which is no longer in the templates folder, so it cannot be ${purpose}. Put the template file back and try again.`,
      error.details,
    );
  }
}
