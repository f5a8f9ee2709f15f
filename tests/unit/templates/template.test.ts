import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadTemplates } from '../../../electron/core/templates/loadTemplates.js';
import { convertMarkdown } from '../../../shared/model/markdown.js';
import { docFromJSON } from '../../../shared/model/docJson.js';
import type { NodeJSON } from '../../../shared/model/draft.js';
import { STRUCTURED_TABLE_COLUMNS } from '../../../shared/model/structuredTables.js';
import { PACK_FILE_SCHEMAS, packSchemaJson } from '../../../shared/template/packSchemaJson.js';
import type { Template, TemplateSection } from '../../../shared/template/template.js';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const templatesDir = path.join(repoRoot, 'templates');
const shippedFile = path.join(templatesDir, 'england-strategy', 'pack.json');
const commonStructure = path.resolve(repoRoot, '../shared/reference/common-structure.md');

/** The canonical ids of common-structure.md, with the status the default template gives each. */
const CANONICAL: Record<string, TemplateSection['status']> = {
  cover: 'required',
  'foreword-young-people': 'required',
  'foreword-leadership': 'required',
  introduction: 'required',
  vision: 'required',
  'local-context': 'required',
  legislation: 'required',
  pledge: 'required',
  roles: 'required',
  participation: 'required',
  governance: 'required',
  priorities: 'required',
  measures: 'required',
  monitoring: 'required',
  'board-tor': 'required',
  'care-leavers-offer': 'required',
  equality: 'recommended',
  'action-plan': 'recommended',
  'pledge-child-friendly': 'recommended',
  'review-of-previous': 'optional',
  'related-documents': 'optional',
  glossary: 'recommended',
  contact: 'optional',
};

function shipped(): Template {
  const { templates, problems } = loadTemplates(templatesDir);
  expect(problems).toEqual([]);
  const template = templates.find((candidate) => candidate.id === 'england-strategy');
  if (!template) throw new Error('england-strategy was not loaded');
  return template;
}

function section(template: Template, id: string): TemplateSection {
  const found = template.sections.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no section ${id}`);
  return found;
}

function starterDoc(template: Template, id: string): NodeJSON {
  return convertMarkdown(section(template, id).starter ?? '').doc;
}

function tables(doc: NodeJSON): NodeJSON[] {
  const found: NodeJSON[] = [];
  const visit = (node: NodeJSON): void => {
    if (node.type === 'table') found.push(node);
    node.content?.forEach(visit);
  };
  visit(doc);
  return found;
}

function text(node: NodeJSON): string {
  return (node.text ?? '') + (node.content ?? []).map(text).join('');
}

function headerRow(table: NodeJSON): string[] {
  return (table.content?.[0]?.content ?? []).map((cell) => text(cell).trim());
}

describe('the shipped England template', () => {
  it('is valid and identifies itself', () => {
    const template = shipped();
    expect(template).toMatchObject({ id: 'england-strategy', name: 'Corporate Parenting Strategy (England)', nation: 'England', version: 2 });
  });

  it('has exactly the canonical sections, each with the status the default template gives it', () => {
    const template = shipped();
    expect(template.sections.map((candidate) => candidate.id).sort()).toEqual(Object.keys(CANONICAL).sort());
    for (const candidate of template.sections) expect(candidate.status, candidate.id).toBe(CANONICAL[candidate.id]);
  });

  it.runIf(fs.existsSync(commonStructure))('matches the ids and statuses of the reference structure', () => {
    const rows = canonicalTableLines(fs.readFileSync(commonStructure, 'utf8'))
      .map((line) => /^\|\s*`([a-z][a-z0-9-]*)`\s*\|[^|]*\|\s*([^|]*?)\s*\|/.exec(line))
      .filter((match): match is RegExpExecArray => match !== null);
    expect(rows.length).toBeGreaterThan(0);
    const template = shipped();
    expect(rows.map((row) => row[1]).sort()).toEqual(template.sections.map((candidate) => candidate.id).sort());
    for (const row of rows) {
      const id = row[1] ?? '';
      const status = row[2] ?? '';
      // The reference gives some sections a qualified status: "recommended (required by the default template)".
      const expected = /required by the default template/.test(status) ? 'required' : status.split(/\s/)[0];
      expect(section(template, id).status, id).toBe(expected);
    }
  });

  it('starts with the cover, the only cover section, and keeps the appendices last', () => {
    const template = shipped();
    expect(template.sections[0]?.id).toBe('cover');
    expect(template.sections.filter((candidate) => candidate.kind === 'cover').map((candidate) => candidate.id)).toEqual(['cover']);
    const firstAppendix = template.sections.findIndex((candidate) => candidate.appendix);
    expect(firstAppendix).toBeGreaterThan(0);
    expect(template.sections.slice(firstAppendix).every((candidate) => candidate.appendix)).toBe(true);
    expect(template.sections.filter((candidate) => candidate.appendix).map((candidate) => candidate.id).sort()).toEqual(['board-tor', 'contact', 'glossary', 'legislation']);
  });

  it('reads in a sensible order: forewords first, the previous strategy reviewed early, measures after priorities', () => {
    const order = shipped().sections.map((candidate) => candidate.id);
    const at = (id: string): number => order.indexOf(id);
    expect(at('foreword-young-people')).toBeLessThan(at('foreword-leadership'));
    expect(at('foreword-leadership')).toBeLessThan(at('introduction'));
    expect(at('review-of-previous')).toBeGreaterThan(at('vision'));
    expect(at('review-of-previous')).toBeLessThan(at('priorities'));
    expect(at('priorities')).toBeLessThan(at('measures'));
    expect(at('measures')).toBeLessThan(at('monitoring'));
  });

  it('gives every section a title and guidance in every part', () => {
    for (const candidate of shipped().sections) {
      expect(candidate.title.length, candidate.id).toBeGreaterThan(3);
      expect(candidate.guidance.summary.length, candidate.id).toBeGreaterThan(40);
      expect(candidate.guidance.include.length, candidate.id).toBeGreaterThan(0);
      expect(candidate.guidance.goodLooksLike.length, candidate.id).toBeGreaterThan(0);
      expect(candidate.guidance.questions.every((question) => question.endsWith('?')), candidate.id).toBe(true);
    }
  });

  it('has starter content that converts cleanly to the schema', () => {
    const template = shipped();
    const withStarters = template.sections.filter((candidate) => candidate.starter !== undefined);
    expect(withStarters.length).toBeGreaterThan(10);
    expect(section(template, 'cover').starter).toBeUndefined();
    for (const candidate of withStarters) {
      const conversion = convertMarkdown(candidate.starter ?? '');
      expect(conversion.warnings, candidate.id).toEqual([]);
      expect(docFromJSON(conversion.doc).ok, candidate.id).toBe(true);
    }
  });

  it('starts the measures section with the structured measures table and one empty row', () => {
    const [measures, ...others] = tables(starterDoc(shipped(), 'measures'));
    expect(others).toEqual([]);
    expect(measures?.attrs).toEqual({ kind: 'measures' });
    expect(headerRow(measures ?? { type: 'table' })).toEqual([...STRUCTURED_TABLE_COLUMNS.measures]);
    expect(measures?.content).toHaveLength(2);
    expect(text(measures?.content?.[1] ?? { type: 'table_row' })).toBe('');
  });

  it('starts the terms of reference with their headings and a Board membership table that includes young people', () => {
    const doc = starterDoc(shipped(), 'board-tor');
    const headings = (doc.content ?? []).filter((block) => block.type === 'heading').map(text);
    expect(headings).toEqual(['Purpose', 'Functions', 'Membership', 'Chair and vice-chair', 'Quorum', 'Frequency of meetings', 'Papers and notice', 'Reporting line', 'Review of these terms']);
    const [membership] = tables(doc);
    expect(membership?.attrs).toEqual({ kind: 'board-membership' });
    expect(headerRow(membership ?? { type: 'table' })).toEqual([...STRUCTURED_TABLE_COLUMNS['board-membership']]);
    const roles = (membership?.content ?? []).slice(1).map((row) => text(row.content?.[0] ?? { type: 'table_cell' }));
    expect(roles.some((role) => /Lead Member.*\(chair\)/.test(role))).toBe(true);
    expect(roles.some((role) => /Children in Care Council|care leavers/.test(role))).toBe(true);
  });

  it('starts the priorities as a numbered list and the pledge with its five themes', () => {
    const template = shipped();
    expect(starterDoc(template, 'priorities').content?.[0]?.type).toBe('ordered_list');
    const themes = (starterDoc(template, 'pledge').content ?? []).filter((block) => block.type === 'heading').map(text);
    expect(themes).toHaveLength(5);
    for (const theme of [/home/i, /education/i, /health and wellbeing/i, /say/i, /leaving care/i]) expect(themes.some((heading) => theme.test(heading)), String(theme)).toBe(true);
  });

  it('names the three core Acts and the seven corporate parenting principles in the legal framework', () => {
    const legislation = section(shipped(), 'legislation');
    for (const act of ['Children Act 1989', 'Children (Leaving Care) Act 2000', 'Children and Social Work Act 2017']) {
      expect(legislation.starter, act).toContain(act);
      expect(legislation.guidance.include.join(' '), act).toContain(act);
    }
    expect(findOrderedList(starterDoc(shipped(), 'legislation'))?.content).toHaveLength(7);
  });
});

/** The rows of the first table (the one headed "| id | section | status |"); later tables mention ids too. */
function canonicalTableLines(markdown: string): string[] {
  const lines = markdown.split('\n');
  const start = lines.findIndex((line) => /^\|\s*id\s*\|\s*section\s*\|\s*status\s*\|/.test(line));
  if (start < 0) return [];
  const end = lines.findIndex((line, index) => index > start && !line.startsWith('|'));
  return lines.slice(start + 1, end < 0 ? undefined : end);
}

function findOrderedList(node: NodeJSON): NodeJSON | undefined {
  if (node.type === 'ordered_list') return node;
  for (const child of node.content ?? []) {
    const found = findOrderedList(child);
    if (found) return found;
  }
  return undefined;
}

describe('the JSON Schema of pack files', () => {
  it('is what the zod schemas give today (run `npm run pack-schema` after changing them)', () => {
    for (const name of Object.keys(PACK_FILE_SCHEMAS) as (keyof typeof PACK_FILE_SCHEMAS)[]) {
      expect(fs.readFileSync(path.join(templatesDir, 'schema', name), 'utf8'), name).toBe(packSchemaJson(name));
    }
  });
});

describe('loadTemplates with broken files', () => {
  let dir: string;
  const valid = (): Record<string, unknown> => JSON.parse(fs.readFileSync(shippedFile, 'utf8')) as Record<string, unknown>;
  const sectionsOf = (template: Record<string, unknown>): Record<string, unknown>[] => template['sections'] as Record<string, unknown>[];
  const write = (name: string, content: unknown): void => {
    fs.writeFileSync(path.join(dir, name), typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  };

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cps-templates-'));
  });
  afterEach(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('reports each broken file by file and field, and still loads the valid ones', () => {
    write('a-valid.json', valid());
    write('b-bad-json.json', '{\n  "id": "broken",\n  "name": "Broken"\n  "nation": "England"\n}');

    const missingField: Record<string, unknown> = { ...valid(), id: 'missing-description' };
    delete missingField['description'];
    write('c-missing-field.json', missingField);

    const wrongStatus = { ...valid(), id: 'wrong-status' };
    sectionsOf(wrongStatus)[3] = { ...sectionsOf(wrongStatus)[3], status: 'mandatory' };
    write('d-wrong-status.json', wrongStatus);

    const duplicateSection = { ...valid(), id: 'duplicate-section' };
    sectionsOf(duplicateSection)[5] = { ...sectionsOf(duplicateSection)[5], id: 'vision' };
    write('e-duplicate-section.json', duplicateSection);

    const badStarter = { ...valid(), id: 'bad-starter' };
    sectionsOf(badStarter)[2] = { ...sectionsOf(badStarter)[2], starter: '<!-- table: measure -->\n| A |\n|---|\n| 1 |' };
    write('f-bad-starter.json', badStarter);

    write('g-second-valid.json', { ...valid(), id: 'council-variant', name: 'A council variant' });
    write('notes.txt', 'not a template');

    const { templates, problems } = loadTemplates(dir);
    expect(templates.map((template) => template.id)).toEqual(['england-strategy', 'council-variant']);

    const byFile = (name: string) => problems.filter((problem) => problem.file === path.join(dir, name));
    expect(byFile('b-bad-json.json')).toEqual([{ file: path.join(dir, 'b-bad-json.json'), field: '(whole file)', message: expect.stringMatching(/not valid JSON.*line 4, column 3/) }]);
    expect(byFile('c-missing-field.json').map((problem) => problem.field)).toEqual(['description']);
    expect(byFile('d-wrong-status.json').map((problem) => problem.field)).toEqual(['sections[3].status']);
    expect(byFile('e-duplicate-section.json')).toEqual([{ file: path.join(dir, 'e-duplicate-section.json'), field: 'sections[5].id', message: 'section id "vision" appears twice' }]);
    expect(byFile('f-bad-starter.json')).toEqual([{ file: path.join(dir, 'f-bad-starter.json'), field: 'sections[2].starter', message: expect.stringContaining('Unknown table kind "measure"') }]);
    expect(problems.every((problem) => !problem.file.endsWith('notes.txt') && !problem.file.endsWith('valid.json'))).toBe(true);
  });

  it('keeps the first of two files with the same template id and reports the second', () => {
    write('first.json', valid());
    write('second.json', { ...valid(), name: 'Impostor' });
    const { templates, problems } = loadTemplates(dir);
    expect(templates.map((template) => template.name)).toEqual(['Corporate Parenting Strategy (England)']);
    expect(problems).toEqual([{ file: path.join(dir, 'second.json'), field: 'id', message: expect.stringContaining('already used by') }]);
  });

  it('reports an empty file and a file that is not an object', () => {
    write('empty.json', '');
    write('array.json', '[]');
    const { templates, problems } = loadTemplates(dir);
    expect(templates).toEqual([]);
    expect(problems.map((problem) => [path.basename(problem.file), problem.field])).toEqual([
      ['array.json', '(whole file)'],
      ['empty.json', '(whole file)'],
    ]);
  });

  it('loads a pack folder and points a problem in one of its files at that file', () => {
    const pack = path.join(dir, 'council-pack');
    fs.mkdirSync(pack);
    write('council-pack/pack.json', { ...valid(), id: 'council-pack' });
    write('council-pack/law.json', { instruments: [{ id: 'an-act', title: 'An Act', citation: '2000 c. 1', kind: 'statute', nations: ['England'], year: 2000, commencement: 'in-force', source: 'https://www.legislation.gov.uk/', recognisedBy: ['an act 2000'] }] });
    write('council-pack/terminology.json', { discouraged: [{ pattern: '(unclosed', prefer: 'x', why: 'y' }] });
    const { templates, problems } = loadTemplates(dir);
    expect(templates).toEqual([]);
    expect(problems.map((problem) => [path.relative(dir, problem.file), problem.field, problem.message])).toEqual([
      [path.join('council-pack', 'law.json'), 'instruments[0].kind', expect.stringContaining('expected one of')],
      [path.join('council-pack', 'terminology.json'), 'discouraged[0].pattern', expect.stringContaining('not a valid regular expression')],
    ]);
  });

  it('refuses rules for a section the pack does not have, pointing at rules.json', () => {
    fs.mkdirSync(path.join(dir, 'council-pack'));
    write('council-pack/pack.json', { ...valid(), id: 'council-pack' });
    write('council-pack/rules.json', { sections: { 'no-such-section': [] }, document: [] });
    const { problems } = loadTemplates(dir);
    expect(problems).toEqual([{ file: path.join(dir, 'council-pack', 'rules.json'), field: 'sections.no-such-section', message: 'there is no section "no-such-section" in pack.json' }]);
  });

  it('gives the parts of a pack folder to the template, each defaulting to empty when its file is left out', () => {
    fs.mkdirSync(path.join(dir, 'small'));
    write('small/pack.json', { ...valid(), id: 'small' });
    write('small/terminology.json', { universallyKnown: ['NHS'] });
    const { templates, problems } = loadTemplates(dir);
    expect(problems).toEqual([]);
    expect(templates[0]?.terminology).toEqual({ discouraged: [], superseded: [], acronyms: [], universallyKnown: ['NHS'] });
    expect(templates[0]?.rules).toEqual({ sections: {}, document: [] });
  });

  it('reports a missing folder instead of failing', () => {
    const missing = path.join(dir, 'nowhere');
    expect(loadTemplates(missing)).toEqual({ templates: [], problems: [{ file: missing, field: '(folder)', message: expect.stringContaining('cannot be read') }] });
  });
});
