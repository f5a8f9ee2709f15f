import { findAll, sentenceAt, type Sentence, type SectionContext } from '../sectionContext.js';
import { DATE_PATTERN, FIGURE_PATTERN, matchSpans, SOURCE_PATTERN } from '../text.js';
import type { Finding, TextLocation } from '../types.js';
import { MAX_FINDINGS_PER_SECTION, perSection } from './documentRule.js';

/**
 * "204 children in care" means nothing without "at 31 March 2018": figures
 * go stale, and a reader must be able to tell how stale. A figure counts as
 * dated when its sentence (or its table row, or its table's header row, or
 * the heading it sits under) gives a date or a source; a figure that is a
 * promise ("we will recruit 20 more …") is not a statistic. The measures table is
 * left to the measures rule, which checks its date columns.
 */

/** "At the same date …" carries the date of the sentence before. */
const SAME_DATE = /\b(?:the same|that|this) (?:date|time|point)\b/i;
const isDated = (text: string): boolean => DATE_PATTERN.test(text) || SOURCE_PATTERN.test(text) || SAME_DATE.test(text);
/** "We will recruit 20 more carers" is a commitment, not a statistic; its timescale is the priorities' business. */
const TARGET = /\b(?:will|shall|aim|aims|target|targets|goal|plan to|want to)\b/i;

function undatedInProse(section: SectionContext): { location: TextLocation; figure: string }[] {
  const result: { location: TextLocation; figure: string }[] = [];
  let lastSentence: Sentence | undefined;
  for (const { match, location, blockIndex } of findAll(section, FIGURE_PATTERN)) {
    const block = section.blocks[blockIndex];
    const sentence = sentenceAt(section, location.from);
    if (!block || !sentence || block.kind === 'cell' || sentence === lastSentence) continue;
    lastSentence = sentence;
    if (isDated(sentence.text) || TARGET.test(sentence.text.slice(0, location.from - sentence.from))) continue;
    const heading = block.headingIndex === null ? undefined : section.blocks[block.headingIndex];
    if (heading && isDated(heading.text)) continue;
    result.push({ location, figure: match[0] });
  }
  return result;
}

function undatedInTables(section: SectionContext): { location: TextLocation; figure: string }[] {
  const result: { location: TextLocation; figure: string }[] = [];
  for (const table of section.tables) {
    if (table.kind === 'measures') continue;
    const header = table.rows[0]?.map((cell) => cell.text).join(' ') ?? '';
    if (isDated(header)) continue;
    for (const row of table.rows.slice(1)) {
      if (isDated(row.map((cell) => cell.text).join(' '))) continue;
      for (const cell of row) {
        const figure = matchSpans(cell.text, FIGURE_PATTERN)[0];
        if (figure) {
          result.push({ location: { from: cell.from + 1 + figure.start, to: cell.from + 1 + figure.end }, figure: cell.text.slice(figure.start, figure.end) });
          break;
        }
      }
    }
  }
  return result;
}

export const undatedFiguresRule = perSection('undated-figure', (section) =>
  [...undatedInProse(section), ...undatedInTables(section)]
    .slice(0, MAX_FINDINGS_PER_SECTION)
    .map(({ location, figure }): Finding => ({ severity: 'warning', section: section.id, rule: 'undated-figure', message: `Say when "${figure}" was true and where it comes from (for example "at 31 March 2024, SSDA903 return").`, location })),
);
