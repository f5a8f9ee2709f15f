import fs from 'node:fs';
import path from 'node:path';
import { convertMarkdown } from '../../../shared/model/markdown.js';
import { docFromJSON } from '../../../shared/model/docJson.js';
import { validateTemplate, type Template, type TemplateProblem } from '../../../shared/template/template.js';
import { parseJsonFile } from './parseJsonFile.js';

export interface LoadedTemplates {
  templates: Template[];
  problems: TemplateProblem[];
}

/**
 * Reads every `*.json` template in `dir`. A broken file is reported (file and
 * field) and skipped so that one bad template never stops the app starting;
 * the others load as usual. Files are read in name order so that, when two
 * files claim the same template id, which one wins does not depend on the
 * file system.
 */
export function loadTemplates(dir: string): LoadedTemplates {
  const templates: Template[] = [];
  const problems: TemplateProblem[] = [];

  let names: string[];
  try {
    names = fs
      .readdirSync(dir, { withFileTypes: true })
      .filter((entry) => entry.isFile() && entry.name.toLowerCase().endsWith('.json'))
      .map((entry) => entry.name)
      .sort();
  } catch (error) {
    problems.push({ file: dir, field: '(folder)', message: `The templates folder cannot be read: ${describe(error)}` });
    return { templates, problems };
  }

  const loadedFrom = new Map<string, string>();
  for (const name of names) {
    const file = path.join(dir, name);
    const result = loadTemplateFile(file);
    if (!result.ok) {
      problems.push(...result.problems);
      continue;
    }
    const earlier = loadedFrom.get(result.template.id);
    if (earlier !== undefined) {
      problems.push({ file, field: 'id', message: `The template id "${result.template.id}" is already used by ${earlier}; this file was not loaded.` });
      continue;
    }
    loadedFrom.set(result.template.id, file);
    templates.push(result.template);
  }
  return { templates, problems };
}

type FileResult = { ok: true; template: Template } | { ok: false; problems: TemplateProblem[] };

function loadTemplateFile(file: string): FileResult {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    return { ok: false, problems: [{ file, field: '(whole file)', message: `The file cannot be read: ${describe(error)}` }] };
  }
  const parsed = parseJsonFile(text);
  if (!parsed.ok) return { ok: false, problems: [{ file, field: '(whole file)', message: parsed.message }] };

  const validation = validateTemplate(file, parsed.value);
  if (!validation.ok) return validation;

  const starterProblems = validation.template.sections.flatMap((section, index) =>
    section.starter === undefined ? [] : checkStarter(file, `sections[${index}].starter`, section.starter),
  );
  return starterProblems.length > 0 ? { ok: false, problems: starterProblems } : validation;
}

/** A starter becomes the first content of every new draft, so anything the converter had to guess at is the template author's to fix. */
function checkStarter(file: string, field: string, markdown: string): TemplateProblem[] {
  try {
    const conversion = convertMarkdown(markdown);
    const problems = conversion.warnings.map((message) => ({ file, field, message }));
    const doc = docFromJSON(conversion.doc);
    if (!doc.ok) problems.push({ file, field, message: doc.message });
    return problems;
  } catch (error) {
    return [{ file, field, message: `The starter content cannot be converted: ${describe(error)}` }];
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
