import { ApiFailure } from '../../../shared/api/errors.js';
import type { NodeJSON } from '../../../shared/model/draft.js';
import { appendicesReferredTo, appendixLabelOf } from '../../../shared/completeness/documentRules/crossReferences.js';
import { headingWords, withoutHeadingNumber } from './readers/headingText.js';
import { UNSORTED, type AppliedImport, type DraftSectionDecision, type ImportChoices, type ImportProposal } from '../../../shared/import/types.js';

const SECTION_ID = /^[a-z][a-z0-9-]{0,63}$/;

export interface ApplyOptions {
  /** Template titles by section id: a part whose heading only repeats its section's title loses that heading. */
  sectionTitles?: ReadonlyMap<string, string>;
}

/**
 * Builds section content from a reviewed proposal. Parts chosen for the same
 * section are joined in document order; each keeps its heading (level 2, its
 * sub-headings level 3) unless the heading is just the section's own title,
 * which the template already prints. Kept headings lose the old document's
 * numbering, as the export numbers the sections itself, but keep an
 * appendix label ("Appendix 2 – Legislation") that the text refers to, even
 * on a heading that repeats the section title: the reference needs it.
 */
export function applyImport(proposal: ImportProposal, choices: ImportChoices, options: ApplyOptions = {}): AppliedImport {
  const targets = checkChoices(proposal, choices);
  const content = new Map<string, NodeJSON[]>();
  /** The level each part's heading got in its section; 1 when the heading was dropped as the section title. */
  const levels: number[] = [];
  // The whole text is searched for references only once a heading with an appendix label asks, and never for a document without one.
  let referred: Set<string> | undefined;
  /** "Appendix 2 – Legislation" keeps its label when the text says "see Appendix 2", so the reference still finds it. */
  const labelReferredTo = (heading: string): boolean => {
    const label = appendixLabelOf(heading);
    if (label === undefined) return false;
    referred ??= new Set(proposal.parts.flatMap((part) => appendicesReferredTo(textOf(part.blocks))));
    return referred.has(label);
  };

  proposal.parts.forEach((part, index) => {
    const target = targets[index] ?? UNSORTED;
    const blocks = content.get(target) ?? [];
    content.set(target, blocks);
    if (part.heading !== null) {
      const parent = part.parentIndex;
      const nested = parent !== null && targets[parent] === target && levels[parent] !== undefined;
      const title = options.sectionTitles?.get(target);
      const keepsLabel = labelReferredTo(part.heading.text);
      const repeatsTitle = !nested && title !== undefined && !keepsLabel && headingWords(part.heading.text) === headingWords(title);
      const level = nested ? Math.min((levels[parent] ?? 1) + 1, 3) : repeatsTitle ? 1 : 2;
      levels[index] = level;
      const text = keepsLabel ? part.heading.text.trim() : withoutHeadingNumber(part.heading.text);
      if (level >= 2 && text !== '') blocks.push({ type: 'heading', attrs: { level }, content: [{ type: 'text', text }] });
    }
    blocks.push(...part.blocks);
  });

  const sections = [...content.entries()].filter(([id]) => id !== UNSORTED).map(([id, blocks]) => ({ id, doc: toDoc(blocks) }));
  const unsortedBlocks = content.get(UNSORTED);
  return {
    cover: choices.cover ?? proposal.cover,
    sections,
    unsorted: unsortedBlocks === undefined ? null : toDoc(unsortedBlocks),
  };
}

/** Each node's text, a space, then its content's; nodes apart by a space. Joined as it goes, without an array per node. */
function textOf(nodes: readonly NodeJSON[]): string {
  let text = '';
  for (let index = 0; index < nodes.length; index += 1) {
    const node = nodes[index] as NodeJSON;
    if (index > 0) text += ' ';
    text += `${node.text ?? ''} ${node.content === undefined ? '' : textOf(node.content)}`;
  }
  return text;
}

function checkChoices(proposal: ImportProposal, choices: ImportChoices): string[] {
  if (!Array.isArray(choices.sections) || choices.sections.length !== proposal.parts.length) {
    throw new ApiFailure('invalid-request', `The import choices name ${choices.sections.length} sections for ${proposal.parts.length} parts; review the import again.`);
  }
  choices.sections.forEach((section, index) => {
    if (typeof section !== 'string' || !SECTION_ID.test(section)) {
      throw new ApiFailure('invalid-request', `Part ${index + 1} of the import is given "${String(section)}", which is not a section id.`);
    }
  });
  return choices.sections;
}

/**
 * Not checked against the schema here: every applied import goes to the
 * draft store, which checks each section it writes (schema and unsafe
 * content) before its transaction, and refuses the whole import with the
 * section named. Checking here as well parsed every block twice.
 */
function toDoc(blocks: NodeJSON[]): NodeJSON {
  return { type: 'doc', content: blocks.length > 0 ? blocks : [{ type: 'paragraph' }] };
}

/** Imported content for one section of an open draft, and how it meets the text already there. */
export interface DraftSectionPlan {
  sectionId: string;
  merge: 'replace' | 'append';
  baseRevision: number;
  /** The imported blocks, as a document. */
  doc: NodeJSON;
}

export interface DraftImportPlan {
  sections: DraftSectionPlan[];
  /** Sections that received parts but keep their text: those parts are left out, as the officer chose. */
  kept: string[];
}

/**
 * Matches an applied import to the officer's decision for each section it
 * puts text in (Unsorted included). A section that receives parts without a
 * decision is refused rather than guessed: only the officer says what may be
 * replaced. Sections that receive nothing are not touched.
 */
export function planDraftImport(applied: AppliedImport, decisions: readonly DraftSectionDecision[], titleOf: (sectionId: string) => string): DraftImportPlan {
  const byId = new Map(decisions.map((decision) => [decision.sectionId, decision]));
  const received = applied.unsorted === null ? applied.sections : [...applied.sections, { id: UNSORTED, doc: applied.unsorted }];
  const plan: DraftImportPlan = { sections: [], kept: [] };
  for (const { id, doc } of received) {
    const decision = byId.get(id);
    if (decision === undefined) {
      throw new ApiFailure('invalid-request', `Choose whether the imported text replaces “${titleOf(id)}”, is added after it, or is left out; nothing was imported.`);
    }
    if (decision.merge === 'keep') plan.kept.push(id);
    else plan.sections.push({ sectionId: id, merge: decision.merge, baseRevision: decision.baseRevision, doc });
  }
  if (plan.sections.length === 0) {
    throw new ApiFailure('invalid-request', 'Every section that would receive text is set to keep its own, so there is nothing to import.');
  }
  return plan;
}

/** A section's text followed by imported blocks; the empty paragraph of an empty section gives way to them. */
export function appendBlocks(current: NodeJSON, imported: NodeJSON): NodeJSON {
  const kept = (current.content ?? []).filter((block, index, blocks) => !(index === blocks.length - 1 && isEmptyParagraph(block)));
  return { ...current, content: [...kept, ...(imported.content ?? [])] };
}

function isEmptyParagraph(block: NodeJSON): boolean {
  return block.type === 'paragraph' && (block.content ?? []).length === 0;
}
