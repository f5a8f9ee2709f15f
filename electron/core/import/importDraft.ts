import { emptyCover, type Draft } from '../../../shared/model/draft.js';
import { UNSORTED, type ImportChoices, type ImportProposal } from '../../../shared/import/types.js';
import type { Template } from '../../../shared/template/template.js';
import type { DraftStore } from '../storage/draftStore.js';
import { applyImport } from './applyImport.js';

/**
 * Where each part of a reviewed proposal ends up in this template: the
 * section chosen for it, or Unsorted when the template has no such section
 * (a proposal made against the common structure, applied to a council's own
 * template). Nothing is ever dropped.
 */
export function placeParts(proposal: ImportProposal, choices: ImportChoices, template: Template): string[] {
  const known = new Set(template.sections.filter((section) => section.kind === 'text' && section.id !== UNSORTED).map((section) => section.id));
  return proposal.parts.map((part) => {
    const chosen = choices.sections[part.index] ?? UNSORTED;
    return known.has(chosen) ? chosen : UNSORTED;
  });
}

/**
 * Turns a reviewed proposal into a new draft, in one transaction: the cover,
 * every section that received text, and the Unsorted pile. The single path
 * for `import.apply` and the CLI's `import`.
 */
export function importDraft(drafts: DraftStore, template: Template, proposal: ImportProposal, choices: ImportChoices): Draft {
  const textSections = template.sections.filter((section) => section.kind === 'text');
  const applied = applyImport(
    proposal,
    { sections: placeParts(proposal, choices, template), cover: choices.cover },
    { sectionTitles: new Map(textSections.map((section) => [section.id, section.title])) },
  );
  return drafts.createImported(template, {
    cover: { ...emptyCover(), ...applied.cover },
    sections: new Map(applied.sections.map((section) => [section.id, section.doc])),
    unsorted: applied.unsorted,
    source: { fileName: proposal.fileName, format: proposal.format },
  });
}
