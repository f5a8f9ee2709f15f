import fs from 'node:fs';
import path from 'node:path';
import { ApiFailure } from '../../shared/api/errors.js';
import type { Template, TemplateProblem, TemplateSummary } from '../../shared/template/template.js';
import { loadTemplates, type LoadedTemplates } from './templates/loadTemplates.js';
import { PREFERRED_TEMPLATE_ID } from './templates/preferredTemplate.js';
import { loadTemplatesCached, type TemplateCache } from './templates/templateCache.js';

export interface TemplateCatalogue {
  list(): { templates: TemplateSummary[]; problems: TemplateProblem[] };
  /** The template with this id, or a `not-found` failure that mentions any template files that could not be read. */
  get(id: string): Template;
  /** The template with this id, or undefined when there is none (or it cannot be read). */
  find(id: string): Template | undefined;
  /** The template used when none is named (an import read before the officer picks one): the England strategy, else the first there is. */
  preferred(): Template;
}

/**
 * Looks at the templates folder on every call, so a council editing its own
 * pack sees the change without a restart; but reads and validates the packs
 * again only when a file in it has changed (names, sizes and modification
 * times), because opening, checking and exporting a draft each ask for its
 * pack and validating every pack's rules and starters is not free. With a
 * `cache`, a new process also skips validating packs an earlier one has.
 */
export function createTemplateCatalogue(templatesDir: string, cache?: TemplateCache): TemplateCatalogue {
  let cached: { signature: string; loaded: LoadedTemplates } | undefined;
  const loaded = (): LoadedTemplates => {
    const signature = folderSignature(templatesDir);
    if (cached?.signature !== signature) cached = { signature, loaded: cache ? loadTemplatesCached(templatesDir, cache) : loadTemplates(templatesDir) };
    return cached.loaded;
  };
  const catalogue: TemplateCatalogue = {
    list() {
      const { templates, problems } = loaded();
      const summaries = templates.map((template) => summarise(template, templates));
      // A yearly report is made from its strategy, so the packs a new document starts from come first.
      const reports = summaries.filter((summary) => summary.annualReportOf !== undefined);
      return { templates: [...summaries.filter((summary) => summary.annualReportOf === undefined), ...reports], problems };
    },
    get(id) {
      const { templates, problems } = loaded();
      const template = templates.find((candidate) => candidate.id === id);
      if (template) return template;
      const files = [...new Set(problems.map((problem) => problem.file))];
      const hint = files.length > 0 ? ` ${files.length === 1 ? 'One template file' : `${files.length} template files`} could not be read, which may be why.` : '';
      const known = templates.length > 0 ? ` The templates are: ${templates.map((candidate) => candidate.id).join(', ')}.` : '';
      throw new ApiFailure(
        'not-found',
        `There is no template "${id}".${known}${hint}`,
        problems.map((problem) => `${problem.file}: ${problem.field}: ${problem.message}`),
      );
    },
    find(id) {
      return loaded().templates.find((candidate) => candidate.id === id);
    },
    preferred() {
      const { templates } = loaded();
      // With no template at all, the failure says so (and names any file that could not be read).
      return templates.find((candidate) => candidate.id === PREFERRED_TEMPLATE_ID) ?? templates[0] ?? catalogue.get(PREFERRED_TEMPLATE_ID);
    },
  };
  return catalogue;
}

/** What the packs in the folder were read from: every file one level down, with its size and modification time. */
function folderSignature(dir: string): string {
  const parts: string[] = [];
  const note = (file: string, stat: fs.Stats) => parts.push(`${file}:${stat.size}:${stat.mtimeMs}`);
  try {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isFile()) note(full, fs.statSync(full));
      if (!entry.isDirectory()) continue;
      for (const inner of fs.readdirSync(full, { withFileTypes: true })) {
        if (inner.isFile()) note(path.join(full, inner.name), fs.statSync(path.join(full, inner.name)));
      }
    }
  } catch (error) {
    // The loader reports an unreadable folder in its own words; a signature that never repeats makes it try each time.
    return `unreadable:${Date.now()}:${String(error)}`;
  }
  return parts.sort().join('\n');
}

function summarise(template: Template, all: readonly Template[]): TemplateSummary {
  const reportOn = all.filter((other) => other.annualReport === template.id).map((other) => other.id);
  return { id: template.id, name: template.name, description: template.description, nation: template.nation, words: template.words, ...(reportOn.length > 0 ? { annualReportOf: reportOn } : {}) };
}
