import { ApiFailure } from '../../shared/api/errors.js';
import type { Template, TemplateProblem, TemplateSummary } from '../../shared/template/template.js';
import { loadTemplates } from './templates/loadTemplates.js';

export interface TemplateCatalogue {
  list(): { templates: TemplateSummary[]; problems: TemplateProblem[] };
  /** The template with this id, or a `not-found` failure that mentions any template files that could not be read. */
  get(id: string): Template;
  /** The template with this id, or undefined when there is none (or it cannot be read). */
  find(id: string): Template | undefined;
  /** The template used when none is named (an import read before the officer picks one): the England strategy, else the first there is. */
  preferred(): Template;
}

export const PREFERRED_TEMPLATE_ID = 'england-strategy';

/**
 * Reads the templates folder on every call: the files are small, and a
 * council editing its own template sees the change without a restart.
 */
export function createTemplateCatalogue(templatesDir: string): TemplateCatalogue {
  const catalogue: TemplateCatalogue = {
    list() {
      const { templates, problems } = loadTemplates(templatesDir);
      return { templates: templates.map(summarise), problems };
    },
    get(id) {
      const { templates, problems } = loadTemplates(templatesDir);
      const template = templates.find((candidate) => candidate.id === id);
      if (template) return template;
      const files = [...new Set(problems.map((problem) => problem.file))];
      const hint = files.length > 0 ? ` ${files.length === 1 ? 'One template file' : `${files.length} template files`} could not be read, which may be why.` : '';
      throw new ApiFailure(
        'not-found',
        `There is no template "${id}".${hint}`,
        problems.map((problem) => `${problem.file}: ${problem.field}: ${problem.message}`),
      );
    },
    find(id) {
      return loadTemplates(templatesDir).templates.find((candidate) => candidate.id === id);
    },
    preferred() {
      const { templates } = loadTemplates(templatesDir);
      // With no template at all, the failure says so (and names any file that could not be read).
      return templates.find((candidate) => candidate.id === PREFERRED_TEMPLATE_ID) ?? templates[0] ?? catalogue.get(PREFERRED_TEMPLATE_ID);
    },
  };
  return catalogue;
}

function summarise(template: Template): TemplateSummary {
  return { id: template.id, name: template.name, description: template.description, nation: template.nation };
}
