import fs from 'node:fs';
import path from 'node:path';
import { convertMarkdown } from '../../../shared/model/markdown.js';
import { docFromJSON } from '../../../shared/model/docJson.js';
import { ruleUseProblems } from '../../../shared/completeness/registry.js';
import { validateTemplate, type Template, type TemplateProblem } from '../../../shared/template/template.js';
import { parseJsonFile } from './parseJsonFile.js';

export interface LoadedTemplates {
  templates: Template[];
  problems: TemplateProblem[];
}

/**
 * Reads every pack in `dir`: each folder holding a `pack.json`, and each
 * `*.json` file in the one-file format that came before packs (a council's
 * own template keeps working, with no checks of its own). A broken pack is
 * reported (file and field) and skipped so that one bad pack never stops the
 * app starting; the others load as usual. Entries are read in name order so
 * that, when two claim the same id, which one wins does not depend on the
 * file system.
 */
export function loadTemplates(dir: string): LoadedTemplates {
  const templates: Template[] = [];
  const problems: TemplateProblem[] = [];

  let names: string[];
  try {
    names = fs
      .readdirSync(dir, { withFileTypes: true })
      .filter((entry) => (entry.isFile() && entry.name.toLowerCase().endsWith('.json')) || (entry.isDirectory() && fs.existsSync(path.join(dir, entry.name, PACK_FILE))))
      .map((entry) => entry.name)
      .sort();
  } catch (error) {
    problems.push({ file: dir, field: '(folder)', message: `The templates folder cannot be read: ${describe(error)}` });
    return { templates, problems };
  }

  const loadedFrom = new Map<string, string>();
  for (const name of names) {
    const file = path.join(dir, name);
    const result = fs.statSync(file).isDirectory() ? loadPackFolder(file) : loadPackParts(file, { pack: readJson(file) });
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
type JsonRead = { ok: true; value: unknown } | { ok: false; problem: TemplateProblem };

const PACK_FILE = 'pack.json';

/** The files of a pack folder beside `pack.json`, and the part of the template each becomes; each may be left out. */
const PART_FILES = { rules: 'rules.json', importCues: 'import.json', law: 'law.json', terminology: 'terminology.json' } as const;
type Part = keyof typeof PART_FILES;

function loadPackFolder(folder: string): FileResult {
  const reads: { pack: JsonRead } & Partial<Record<Part, JsonRead>> = { pack: readJson(path.join(folder, PACK_FILE)) };
  for (const [part, name] of Object.entries(PART_FILES) as [Part, string][]) {
    const file = path.join(folder, name);
    if (fs.existsSync(file)) reads[part] = readJson(file);
  }
  return loadPackParts(folder, reads);
}

function loadPackParts(where: string, reads: { pack: JsonRead } & Partial<Record<Part, JsonRead>>): FileResult {
  const unreadable = Object.values(reads).flatMap((read) => (read && !read.ok ? [read.problem] : []));
  if (unreadable.length > 0) return { ok: false, problems: unreadable };
  const value = (read: JsonRead | undefined): unknown => (read?.ok ? read.value : undefined);
  const pack = value(reads.pack);
  const parts = Object.fromEntries((Object.keys(PART_FILES) as Part[]).flatMap((part) => (reads[part] ? [[part, value(reads[part])]] : [])));
  const whole = pack !== null && typeof pack === 'object' && !Array.isArray(pack) ? { ...pack, ...parts } : pack;

  const validation = validateTemplate(where, whole);
  if (!validation.ok) return { ok: false, problems: validation.problems.map((problem) => inItsFile(where, reads, problem)) };

  const starterProblems = validation.template.sections.flatMap((section, index) =>
    section.starter === undefined ? [] : checkStarter(fileOf(where, reads, 'pack'), `sections[${index}].starter`, section.starter),
  );
  // A rule id or params the registry does not know would be a check that silently never runs.
  const ruleProblems = ruleUseProblems(validation.template).map((problem) => ({ file: fileOf(where, reads, 'rules'), ...problem }));
  const problems = [...starterProblems, ...ruleProblems];
  return problems.length > 0 ? { ok: false, problems } : validation;
}

/** Points a problem at the file its field came from, so the author opens the right one. */
function inItsFile(where: string, reads: Partial<Record<Part | 'pack', JsonRead>>, problem: TemplateProblem): TemplateProblem {
  const part = (Object.keys(PART_FILES) as Part[]).find((candidate) => problem.field === candidate || problem.field.startsWith(`${candidate}.`) || problem.field.startsWith(`${candidate}[`));
  if (!part) return { ...problem, file: fileOf(where, reads, 'pack') };
  const field = problem.field.slice(part.length).replace(/^\./, '') || '(whole file)';
  return { ...problem, file: fileOf(where, reads, part), field };
}

function fileOf(where: string, reads: Partial<Record<Part | 'pack', JsonRead>>, part: Part | 'pack'): string {
  const single = reads.pack !== undefined && Object.keys(reads).length === 1 && where.toLowerCase().endsWith('.json');
  if (single) return where;
  return path.join(where, part === 'pack' ? PACK_FILE : PART_FILES[part]);
}

function readJson(file: string): JsonRead {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    return { ok: false, problem: { file, field: '(whole file)', message: `The file cannot be read: ${describe(error)}` } };
  }
  const parsed = parseJsonFile(text);
  return parsed.ok ? parsed : { ok: false, problem: { file, field: '(whole file)', message: parsed.message } };
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
