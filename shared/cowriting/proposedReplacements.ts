import type { NodeJSON } from '../model/draft.js';
import { documentRange, textIndexOfJSON } from './textIndex.js';
import { diffWords, replacementsFrom } from './wordDiff.js';

/** How much text before a proposal is kept with it, to find its place again after the section is edited. */
export const PROPOSAL_CONTEXT_LENGTH = 30;

/** A replacement of a document range of a section's current text, with the text just before it. */
export interface ProposedReplacement {
  from: number;
  to: number;
  contextBefore: string;
  deleted: string;
  inserted: string;
}

/**
 * What would turn the current text of a section into an incoming version,
 * as word-level replacements against the current document, so that a
 * version made elsewhere can be offered change by change instead of
 * replacing what is here.
 */
export function proposedReplacements(current: NodeJSON, incoming: NodeJSON): ProposedReplacement[] {
  const index = textIndexOfJSON(current);
  const parts = diffWords(index.text, textIndexOfJSON(incoming).text);
  return replacementsFrom(parts).map((replacement) => ({
    ...documentRange(index, replacement.from, replacement.to),
    contextBefore: index.text.slice(Math.max(0, replacement.from - PROPOSAL_CONTEXT_LENGTH), replacement.from),
    deleted: replacement.deleted,
    inserted: replacement.inserted,
  }));
}
