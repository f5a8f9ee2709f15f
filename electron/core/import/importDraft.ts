import { ApiFailure } from '../../../shared/api/errors.js';
import { emptyCover, type CoverFields, type Draft } from '../../../shared/model/draft.js';
import {
  UNSORTED,
  type DraftImportOutcome,
  type DraftSectionDecision,
  type ImportChoices,
  type ImportedCoverField,
  type ImportProposal,
} from '../../../shared/import/types.js';
import type { Template } from '../../../shared/template/template.js';
import type { DraftStore } from '../storage/draftStore.js';
import { appendBlocks, applyImport, planDraftImport } from './applyImport.js';

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
  const applied = appliedTo(template, proposal, choices);
  return drafts.createImported(template, {
    cover: { ...emptyCover(), ...applied.cover },
    sections: new Map(applied.sections.map((section) => [section.id, section.doc])),
    unsorted: applied.unsorted,
    source: { fileName: proposal.fileName, format: proposal.format },
  });
}

/**
 * Brings a reviewed proposal into an open draft, as the officer decided per
 * section (replace, add after, or keep), in one transaction that refuses a
 * section changed since the officer's base revision. The draft's title page
 * is its own and is left alone.
 */
export function importIntoDraft(
  drafts: DraftStore,
  template: Template,
  draftId: string,
  request: { proposal: ImportProposal; choices: ImportChoices; sections: readonly DraftSectionDecision[] },
): DraftImportOutcome {
  const titles = sectionTitles(template);
  const titleOf = (sectionId: string) => (sectionId === UNSORTED ? 'Unsorted' : (titles.get(sectionId) ?? sectionId));
  const plan = planDraftImport(appliedTo(template, request.proposal, request.choices), request.sections, titleOf);
  const { draft, reviewReset } = drafts.importIntoDraft(draftId, {
    sections: plan.sections.map((section) => ({
      sectionId: section.sectionId,
      title: titleOf(section.sectionId),
      baseRevision: section.baseRevision,
      content: (current) => (section.merge === 'replace' ? section.doc : appendBlocks(current, section.doc)),
    })),
    source: { fileName: request.proposal.fileName, format: request.proposal.format },
  });
  const merged = (merge: 'replace' | 'append') => plan.sections.filter((section) => section.merge === merge).map((section) => section.sectionId);
  return { draft, replaced: merged('replace'), appended: merged('append'), kept: plan.kept, reviewReset };
}

/**
 * Writes the title-page fields the officer chose on the review of an import
 * into an open draft; every other field keeps the draft's own. Like the
 * sections, a title page changed since the officer saw it is refused, not
 * overwritten. Returns the fields whose value changed.
 */
export function fillCoverFromImport(drafts: DraftStore, draftId: string, change: { baseRevision: number; fields: Partial<Omit<CoverFields, 'logo'>> }): ImportedCoverField[] {
  const draft = drafts.open(draftId);
  if (draft.coverRevision !== change.baseRevision) {
    throw new ApiFailure(
      'conflict',
      'The title page was changed somewhere else (another window or the command line) while you were reviewing the import, so nothing was imported. Reload the strategy to see the latest version, then import again.',
    );
  }
  const filled = (Object.keys(change.fields) as ImportedCoverField[]).filter((field) => change.fields[field] !== undefined && change.fields[field] !== draft.cover[field]);
  if (filled.length > 0) drafts.updateCover(draftId, change.baseRevision, { ...draft.cover, ...Object.fromEntries(filled.map((field) => [field, change.fields[field]])) });
  return filled;
}

function appliedTo(template: Template, proposal: ImportProposal, choices: ImportChoices) {
  return applyImport(proposal, { sections: placeParts(proposal, choices, template), cover: choices.cover }, { sectionTitles: sectionTitles(template) });
}

function sectionTitles(template: Template): Map<string, string> {
  return new Map(template.sections.filter((section) => section.kind === 'text').map((section) => [section.id, section.title]));
}
