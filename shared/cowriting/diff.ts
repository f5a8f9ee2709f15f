import type { NodeJSON } from '../model/draft.js';
import { textIndexOfJSON } from './textIndex.js';
import { diffWords, type DiffPart } from './wordDiff.js';

export type { DiffPart } from './wordDiff.js';

/**
 * An inline comparison of two versions of a section, word by word, over
 * their text (blocks on separate lines). Formatting is not compared: the
 * question a reviewer asks is which words changed.
 */
export function diffSectionText(a: NodeJSON, b: NodeJSON): DiffPart[] {
  return diffWords(textIndexOfJSON(a).text, textIndexOfJSON(b).text);
}
