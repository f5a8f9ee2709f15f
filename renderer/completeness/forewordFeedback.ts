import { Node } from 'prosemirror-model';
import type { DraftSectionInput, ReadabilityReport } from '../../shared/completeness/index.js';
import type { LongSentences } from '../editor/plugins/longSentences.js';

/** The sections the checker measures for readability: the two forewords. */
export const FOREWORD_SECTIONS: readonly string[] = ['foreword-young-people', 'foreword-leadership'];

export function isForeword(sectionId: string): boolean {
  return FOREWORD_SECTIONS.includes(sectionId);
}

/** Plain-English guides put the comfortable limit for a sentence at about twenty words. */
export const LONG_SENTENCE_WORDS = 20;

/**
 * Which sentences of a foreword to highlight: the longest ones the check
 * found, when they are long, or all of them while the reading age is above
 * the ceiling (shortening them is then the advice). Null for any other
 * section; an empty list clears earlier highlights.
 */
export function longSentencesFor(sectionId: string, readability: ReadabilityReport | undefined, checkedDoc: DraftSectionInput['doc'] | undefined): LongSentences | null {
  if (!isForeword(sectionId) || !(checkedDoc instanceof Node)) return null;
  if (!readability) return { doc: checkedDoc, spans: [] };
  const tooHard = readability.ceiling !== undefined && readability.readingAge > readability.ceiling;
  return { doc: checkedDoc, spans: readability.longestSentences.filter((sentence) => tooHard || sentence.words > LONG_SENTENCE_WORDS) };
}
