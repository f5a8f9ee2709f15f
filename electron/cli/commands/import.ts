import fs from 'node:fs';
import path from 'node:path';
import { ApiFailure } from '../../../shared/api/errors.js';
import type { Template } from '../../../shared/template/template.js';
import { UNSORTED, type ImportCover, type ImportProposal } from '../../../shared/import/types.js';
import type { ImportTemplate } from '../../core/import/classify/importCues.js';
import { MAX_IMPORT_BYTES } from '../../core/import/readers/readSource.js';
import { PREFERRED_TEMPLATE_ID } from '../../core/templates/preferredTemplate.js';
import { CliError, type Command, type CommandContext } from '../command.js';
import { formatPeriod, toJson } from '../format.js';

export const importCommand: Command = {
  name: 'import',
  summary: 'Import last year\'s strategy (.docx, .md or .txt) into a new draft, each part in its proposed section, and print where each went.',
  arguments: ['FILE'],
  options: {
    template: { type: 'string', usage: '--template ID', description: `the template to import into (default "${PREFERRED_TEMPLATE_ID}")` },
  },
  async run(context) {
    const file = context.resolvePath(String(context.args[0]));
    const bytes = readFile(file);
    const template = await chooseTemplate(context);
    const proposal = await propose(file, bytes, await withImportCues(context, template));
    // The import machinery is loaded by this command only, so every other command starts without it.
    const [{ choicesFromProposal }, { placeParts }] = await Promise.all([import('../../core/import/choices.js'), import('../../core/import/importDraft.js')]);
    const choices = choicesFromProposal(proposal);
    // The same core path as the review screen's "Import", so the CLI and the app create identical drafts.
    const draft = await context.call('import.apply', { templateId: template.id, proposal, choices });
    const placed = placeParts(proposal, choices, template);
    const parts = headedParts(proposal, placed);
    const unsorted = placed.filter((section) => section === UNSORTED).length;
    const cover = pickCover(draft.cover);
    if (context.json) {
      context.io.stdout(toJson({ draftId: draft.id, cover, parts, unsorted }));
      return;
    }
    context.io.stdout(summary(draft.id, proposal, cover, parts, unsorted));
  },
};

function readFile(file: string): Uint8Array {
  try {
    const size = fs.statSync(file).size;
    if (size >= MAX_IMPORT_BYTES) throw new CliError(`${file} is ${(size / 1_000_000).toFixed(1)} MB; files to import must be smaller than ${MAX_IMPORT_BYTES / 1_000_000} MB.`);
    return new Uint8Array(fs.readFileSync(file));
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`Could not read ${file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}.`);
  }
}

async function chooseTemplate({ call, options }: CommandContext): Promise<Template> {
  const named = options['template'];
  if (typeof named === 'string') return call('templates.get', { id: named });
  const { templates } = await call('templates.list', {});
  const chosen = templates.find((template) => template.id === PREFERRED_TEMPLATE_ID) ?? templates[0];
  if (!chosen) throw new CliError('There are no templates to import into; check --templates-dir.');
  return call('templates.get', { id: chosen.id });
}

/**
 * A council's own template in the one-file format has no import cues of its
 * own; it is read with the preferred pack's cues for the sections it shares
 * with it, as the app reads every file before the officer picks a template.
 */
async function withImportCues({ call }: CommandContext, template: Template): Promise<ImportTemplate> {
  if (Object.keys(template.importCues.sections).length > 0 || template.id === PREFERRED_TEMPLATE_ID) return template;
  const { templates } = await call('templates.list', {});
  if (!templates.some((candidate) => candidate.id === PREFERRED_TEMPLATE_ID)) return template;
  const preferred = await call('templates.get', { id: PREFERRED_TEMPLATE_ID });
  return { sections: template.sections, importCues: preferred.importCues };
}

async function propose(file: string, bytes: Uint8Array, template: ImportTemplate): Promise<ImportProposal> {
  const { proposeImport } = await import('../../core/import/proposeImport.js');
  try {
    return await proposeImport({ name: path.basename(file), bytes }, { template });
  } catch (error) {
    if (error instanceof ApiFailure) throw new CliError(`${path.basename(file)} was not imported: ${error.message}`);
    throw error;
  }
}

/** One entry per heading in document order, with the section it was put in. */
function headedParts(proposal: ImportProposal, placed: readonly string[]): { heading: string; level: number; section: string; confidence: number }[] {
  return proposal.parts.flatMap((part) =>
    part.heading === null ? [] : [{ heading: part.heading.text, level: part.heading.level, section: placed[part.index] ?? UNSORTED, confidence: part.confidence }],
  );
}

function pickCover(cover: ImportCover): ImportCover {
  return { council: cover.council, title: cover.title, periodStart: cover.periodStart, periodEnd: cover.periodEnd };
}

function summary(draftId: string, proposal: ImportProposal, cover: ImportCover, parts: ReturnType<typeof headedParts>, unsorted: number): string {
  const lines = [
    `Imported ${proposal.fileName} as draft ${draftId}`,
    `  Council: ${cover.council || '(not found)'}   Title: ${cover.title || '(not found)'}   Period: ${formatPeriod(cover.periodStart, cover.periodEnd) || '(not found)'}`,
    '',
    ...parts.map((part) => `${'  '.repeat(Math.max(part.level - 1, 0))}${part.heading}  →  ${part.section} (${Math.round(part.confidence * 100)}%)`),
    '',
    `${unsorted} part${unsorted === 1 ? '' : 's'} in Unsorted.`,
    ...proposal.messages,
  ];
  return lines.join('\n');
}
