import type { ImportChoices, ImportProposal } from '../../../shared/import/types.js';

/** The proposal accepted as it stands: what the CLI does, and where the review screen starts. */
export function choicesFromProposal(proposal: ImportProposal): ImportChoices {
  return { sections: proposal.parts.map((part) => part.section), cover: proposal.cover };
}
