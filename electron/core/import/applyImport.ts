import { ApiFailure } from '../../../shared/api/errors.js';
import { docFromJSON } from '../../../shared/model/docJson.js';
import type { NodeJSON } from '../../../shared/model/draft.js';
import { headingWords } from './readers/headingText.js';
import { UNSORTED, type AppliedImport, type ImportChoices, type ImportProposal } from '../../../shared/import/types.js';

const SECTION_ID = /^[a-z][a-z0-9-]{0,63}$/;

export interface ApplyOptions {
  /** Template titles by section id: a part whose heading only repeats its section's title loses that heading. */
  sectionTitles?: ReadonlyMap<string, string>;
}

/**
 * Builds section content from a reviewed proposal. Parts chosen for the same
 * section are joined in document order; each keeps its heading (level 2, its
 * sub-headings level 3) unless the heading is just the section's own title,
 * which the template already prints.
 */
export function applyImport(proposal: ImportProposal, choices: ImportChoices, options: ApplyOptions = {}): AppliedImport {
  const targets = checkChoices(proposal, choices);
  const content = new Map<string, NodeJSON[]>();
  /** The level each part's heading got in its section; 1 when the heading was dropped as the section title. */
  const levels: number[] = [];

  proposal.parts.forEach((part, index) => {
    const target = targets[index] ?? UNSORTED;
    const blocks = content.get(target) ?? [];
    content.set(target, blocks);
    if (part.heading !== null) {
      const parent = part.parentIndex;
      const nested = parent !== null && targets[parent] === target && levels[parent] !== undefined;
      const title = options.sectionTitles?.get(target);
      const repeatsTitle = !nested && title !== undefined && headingWords(part.heading.text) === headingWords(title);
      const level = nested ? Math.min((levels[parent] ?? 1) + 1, 3) : repeatsTitle ? 1 : 2;
      levels[index] = level;
      if (level >= 2 && part.heading.text.trim() !== '') {
        blocks.push({ type: 'heading', attrs: { level }, content: [{ type: 'text', text: part.heading.text.trim() }] });
      }
    }
    blocks.push(...part.blocks);
  });

  const sections = [...content.entries()].filter(([id]) => id !== UNSORTED).map(([id, blocks]) => ({ id, doc: toDoc(blocks, id) }));
  const unsortedBlocks = content.get(UNSORTED);
  return {
    cover: choices.cover ?? proposal.cover,
    sections,
    unsorted: unsortedBlocks === undefined ? null : toDoc(unsortedBlocks, UNSORTED),
  };
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

function toDoc(blocks: NodeJSON[], section: string): NodeJSON {
  const doc: NodeJSON = { type: 'doc', content: blocks.length > 0 ? blocks : [{ type: 'paragraph' }] };
  const parsed = docFromJSON(doc);
  if (!parsed.ok) throw new ApiFailure('import-failed', `The imported text for "${section}" does not fit the strategy format.`, [parsed.message]);
  return doc;
}
