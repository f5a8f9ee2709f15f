import { Node } from 'prosemirror-model';
import { readabilityTarget, type DraftSectionInput, type ReadabilityReport } from '../../shared/completeness/index.js';
import type { TemplateSection } from '../../shared/template/template.js';
import type { LongSentences } from '../editor/plugins/longSentences.js';

/** Whether the checker measures this section's readability (the forewords and whatever is written for children to read). */
export function isReadabilityMeasured(section: Pick<TemplateSection, 'roles'>): boolean {
  return readabilityTarget(section) !== undefined;
}

/** Plain-English guides put the comfortable limit for a sentence at about twenty words. */
export const LONG_SENTENCE_WORDS = 20;

/**
 * Which sentences of a foreword (or of another section measured for
 * readability) to highlight: the longest ones the check found, when they are
 * long, or all of them while the reading age is above the ceiling
 * (shortening them is then the advice). Null for any other section; an empty
 * list clears earlier highlights.
 */
export function longSentencesFor(section: Pick<TemplateSection, 'roles'>, readability: ReadabilityReport | undefined, checkedDoc: DraftSectionInput['doc'] | undefined): LongSentences | null {
  if (!isReadabilityMeasured(section) || !(checkedDoc instanceof Node)) return null;
  if (!readability) return { doc: checkedDoc, spans: [] };
  const tooHard = readability.ceiling !== undefined && readability.readingAge > readability.ceiling;
  return { doc: checkedDoc, spans: readability.longestSentences.filter((sentence) => tooHard || sentence.words > LONG_SENTENCE_WORDS) };
}
