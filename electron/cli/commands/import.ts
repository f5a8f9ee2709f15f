import fs from 'node:fs';
import path from 'node:path';
import { ApiFailure } from '../../../shared/api/errors.js';
import type { Draft } from '../../../shared/model/draft.js';
import type { Template } from '../../../shared/template/template.js';
import { applyImport } from '../../core/import/applyImport.js';
import { choicesFromProposal } from '../../core/import/choices.js';
import { proposeImport } from '../../core/import/proposeImport.js';
import { MAX_IMPORT_BYTES } from '../../core/import/readers/readSource.js';
import { UNSORTED, type AppliedImport, type ImportProposal } from '../../core/import/types.js';
import { CliError, type Command, type CommandContext } from '../command.js';
import { formatPeriod, toJson } from '../format.js';

/** The template a strategy is imported into when none is named: the England strategy, else the first one there is. */
const DEFAULT_TEMPLATE = 'england-strategy';

export const importCommand: Command = {
  name: 'import',
  summary: 'Import last year\'s strategy (.docx, .md or .txt) into a new draft, each part in its proposed section, and print where each went.',
  arguments: ['FILE'],
  options: {
    template: { type: 'string', usage: '--template ID', description: `the template to import into (default "${DEFAULT_TEMPLATE}")` },
  },
  async run(context) {
    const file = context.resolvePath(String(context.args[0]));
    const bytes = readFile(file);
    const template = await chooseTemplate(context);
    const textSections = template.sections.filter((section) => section.kind === 'text');
    const proposal = await propose(file, bytes, textSections.map((section) => section.id).filter((id) => id !== UNSORTED));
    const applied = applyImport(proposal, choicesFromProposal(proposal), {
      sectionTitles: new Map(textSections.map((section) => [section.id, section.title])),
    });
    const draft = await createDraft(context, template, applied);
    const parts = headedParts(proposal);
    const unsorted = proposal.parts.filter((part) => part.section === UNSORTED).length;
    if (context.json) {
      context.io.stdout(toJson({ draftId: draft.id, cover: pickCover(applied), parts, unsorted }));
      return;
    }
    context.io.stdout(summary(draft, proposal, applied, parts, unsorted));
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
  const chosen = templates.find((template) => template.id === DEFAULT_TEMPLATE) ?? templates[0];
  if (!chosen) throw new CliError('There are no templates to import into; check --templates-dir.');
  return call('templates.get', { id: chosen.id });
}

async function propose(file: string, bytes: Uint8Array, sectionIds: string[]): Promise<ImportProposal> {
  try {
    return await proposeImport({ name: path.basename(file), bytes }, { sectionIds });
  } catch (error) {
    if (error instanceof ApiFailure) throw new CliError(`${path.basename(file)} was not imported: ${error.message}`);
    throw error;
  }
}

/** Creates the draft and fills it; if any step fails the half-made draft is deleted, so a failed import leaves nothing behind. */
async function createDraft(context: CommandContext, template: Template, applied: AppliedImport): Promise<Draft> {
  const { call, attempt } = context;
  const draft = await call('drafts.create', { templateId: template.id, title: applied.cover.title, council: applied.cover.council });
  try {
    await call('drafts.updateCover', {
      id: draft.id,
      baseRevision: draft.coverRevision,
      cover: { ...draft.cover, ...applied.cover },
    });
    const writes = [...applied.sections, ...(applied.unsorted ? [{ id: UNSORTED, doc: applied.unsorted }] : [])];
    for (const { id, doc } of writes) {
      const section = draft.sections.find((candidate) => candidate.id === id);
      if (!section) {
        throw new CliError(
          id === UNSORTED
            ? 'Some of the file fits no section, and this library cannot yet keep an Unsorted part with a draft, so nothing was imported.'
            : `The template "${template.id}" has no section "${id}", so nothing was imported.`,
        );
      }
      await call('drafts.updateSection', { id: draft.id, sectionId: id, baseRevision: section.revision, doc });
    }
    return draft;
  } catch (error) {
    await attempt('drafts.trash', { id: draft.id });
    await attempt('drafts.purge', { id: draft.id });
    throw error;
  }
}

function headedParts(proposal: ImportProposal): { heading: string; level: number; section: string; confidence: number }[] {
  return proposal.parts.flatMap((part) =>
    part.heading === null ? [] : [{ heading: part.heading.text, level: part.heading.level, section: part.section, confidence: part.confidence }],
  );
}

function pickCover({ cover }: AppliedImport) {
  return { council: cover.council, title: cover.title, periodStart: cover.periodStart, periodEnd: cover.periodEnd };
}

function summary(draft: Draft, proposal: ImportProposal, applied: AppliedImport, parts: ReturnType<typeof headedParts>, unsorted: number): string {
  const { cover } = applied;
  const lines = [
    `Imported ${proposal.fileName} as draft ${draft.id}`,
    `  Council: ${cover.council || '(not found)'}   Title: ${cover.title || '(not found)'}   Period: ${formatPeriod(cover.periodStart, cover.periodEnd) || '(not found)'}`,
    '',
    ...parts.map((part) => `${'  '.repeat(Math.max(part.level - 1, 0))}${part.heading}  →  ${part.section} (${Math.round(part.confidence * 100)}%)`),
    '',
    `${unsorted} part${unsorted === 1 ? '' : 's'} in Unsorted.`,
    ...proposal.messages,
  ];
  return lines.join('\n');
}
