import { ApiFailure } from '../../shared/api/errors.js';
import type { Draft } from '../../shared/model/draft.js';
import type { Template } from '../../shared/template/template.js';
import type { DraftStore } from './storage/draftStore.js';
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

/**
 * A draft with its template, brought up to the template's current version
 * first (the sections it has gained since the draft was written), so that
 * whatever reads the draft next (the editor, the check, an export, sign-off)
 * sees every section the template now has.
 */
export function openWithTemplate(drafts: DraftStore, catalogue: TemplateCatalogue, id: string, purpose: string): { draft: Draft; template: Template } {
  const draft = drafts.open(id);
  const template = draftTemplate(catalogue, draft, purpose);
  return { draft: drafts.upgradeToTemplate(id, template) ? drafts.open(id) : draft, template };
}

/** As `openWithTemplate`, for opening a draft to read: one whose template is missing still opens, as it is. */
export function openUpToDate(drafts: DraftStore, catalogue: TemplateCatalogue, id: string): Draft {
  const draft = drafts.open(id);
  const template = catalogue.find(draft.templateId);
  return template && drafts.upgradeToTemplate(id, template) ? drafts.open(id) : draft;
}
