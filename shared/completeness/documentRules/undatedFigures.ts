import { findAll, sentenceAt, type Sentence, type SectionContext, type TextBlock } from '../sectionContext.js';
import { DATE_PATTERN, FIGURE_PATTERN, matchSpans, SOURCE_PATTERN } from '../text.js';
import type { Finding, TextLocation } from '../types.js';
import { MAX_FINDINGS_PER_SECTION, perSection } from './documentRule.js';

/**
 * "204 children in care" means nothing without "at 31 March 2018": figures
 * go stale, and a reader must be able to tell how stale. A figure counts as
 * dated when a reader of it can see a date or a source: in its sentence or
 * the sentence before, in the heading or a caption over the passage it sits
 * in ("Placement profile (March 2018)"), in the lead-in of its list ("Last
 * year's survey found:", or a paragraph just before the list that opens
 * with its date) or a caption just after the list ("Figures October
 * 2016"), in its table row or header row. A figure that is a promise or a
 * requirement ("we will recruit 20 more …", "attend at least 75% of
 * meetings") is not a statistic, and a paragraph number ("1.4 Looked after
 * children are …") is not a figure. The measures table is left to the
 * measures rule, which checks its date columns.
 */

/** "At the same date …" carries the date of the sentence before. */
const SAME_DATE = /\b(?:the same|that|this) (?:date|time|point)\b/i;
/** "Mar 18", "Sept-17", "Q3 2019": abbreviated dates, usually in brackets after a figure. */
const SHORT_DATE = /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?[\s-]*'?\d{2}\b|\bQ[1-4]\b/i;
/** A footnote marker ("[3]", "¹") sends the reader to the source. */
const FOOTNOTE = /\[\d{1,3}\]|[¹²³⁴⁵⁶⁷⁸⁹⁰]/;
/** "23/24", "17-18": a financial year written short; the years must follow each other, so "60/10,000" is not one. */
const SHORT_YEARS = /\b(\d{2})[/-](\d{2})\b/g;

function hasShortFinancialYear(text: string): boolean {
  for (const match of text.matchAll(SHORT_YEARS)) {
    if ((Number(match[1]) + 1) % 100 === Number(match[2])) return true;
  }
  return false;
}

/** "the Children Act 1989": the year names a law, it does not date a figure. */
const CITATION_YEAR = /\b(?:Act|Acts|Regulations|Order|Measure)\s+(?:19|20)\d{2}\b/g;

function isDated(text: string): boolean {
  const withoutCitations = text.replace(CITATION_YEAR, '');
  return (
    DATE_PATTERN.test(withoutCitations) ||
    SOURCE_PATTERN.test(withoutCitations) ||
    SAME_DATE.test(withoutCitations) ||
    SHORT_DATE.test(withoutCitations) ||
    FOOTNOTE.test(withoutCitations) ||
    hasShortFinancialYear(withoutCitations)
  );
}
/** "We will recruit 20 more carers" is a commitment, "Ensure members attend 75% of meetings" a requirement: neither is a statistic. */
const NOT_A_STATISTIC = /\b(?:will|shall|aim|aims|target|targets|goal|plan to|want to|ensure|must|should)\b/i;
/** "1.4 Looked after children are …", "3.5 The Board …": the paragraph's own number. */
const PARAGRAPH_NUMBER = /^\s*\d{1,2}(?:\.\d{1,2}){1,3}\.?\s/;
/** A caption or table title: a short line without a full stop ("Placement profile (March 2018)"). */
const MAX_CAPTION_WORDS = 16;

function isCaption(block: TextBlock): boolean {
  const text = block.text.trim();
  return block.kind === 'paragraph' && text !== '' && !/[.!?]$/.test(text) && text.split(/\s+/).length <= MAX_CAPTION_WORDS;
}

/**
 * For each block, whether its heading or a caption between that heading and
 * the block gives a date: one pass over the section, as a dated caption
 * covers the passage down to the next heading.
 */
function datedByHeadingOrCaption(section: SectionContext): boolean[] {
  let dated = false;
  return section.blocks.map((block) => {
    if (block.kind === 'heading') {
      dated = isDated(block.text);
      return dated;
    }
    const coversThis = dated;
    if (!dated && isCaption(block) && isDated(block.text)) dated = true;
    return coversThis;
  });
}

/** A paragraph whose first sentence is dated ("On 31 March 2026 we looked after …") sets the date of the list that follows it. */
function opensWithDate(text: string): boolean {
  return isDated(text.split(/(?<=[.!?])\s+/)[0] ?? '');
}

/**
 * Whether anything the reader meets around the block dates it: the heading
 * it sits under, a caption between that heading and the block, and for a
 * list item the lead-in of its list and a caption right after the list.
 */
function passageIsDated(section: SectionContext, blockIndex: number, byHeadingOrCaption: readonly boolean[]): boolean {
  const block = section.blocks[blockIndex];
  if (!block) return false;
  if (byHeadingOrCaption[blockIndex] === true) return true;
  if (block.kind !== 'list-item') return false;
  let first = blockIndex;
  while (section.blocks[first - 1]?.kind === 'list-item') first -= 1;
  const leadIn = section.blocks[first - 1];
  if (leadIn && leadIn.kind === 'paragraph' && (leadIn.text.trim().endsWith(':') || opensWithDate(leadIn.text)) && isDated(leadIn.text)) return true;
  if (leadIn && leadIn.kind === 'paragraph' && pointsBack(leadIn.text, section.blocks[first - 2])) return true;
  let last = blockIndex;
  while (section.blocks[last + 1]?.kind === 'list-item') last += 1;
  const after = section.blocks[last + 1];
  return after !== undefined && isCaption(after) && isDated(after.text);
}

/**
 * A lead-in that breaks down what the paragraph before it counted ("Of
 * these:", "Of the 214 children:", a lead-in repeating one of its numbers)
 * carries that paragraph's date to its list.
 */
function pointsBack(leadIn: string, before: TextBlock | undefined): boolean {
  const text = leadIn.trim();
  if (!text.endsWith(':') || text.split(/\s+/).length > MAX_CAPTION_WORDS || !before || before.kind !== 'paragraph' || !isDated(before.text)) return false;
  if (/^of\b/i.test(text)) return true;
  const numbers = new Set(before.text.match(/\d[\d,]*/g) ?? []);
  return (text.match(/\d[\d,]*/g) ?? []).some((number) => numbers.has(number));
}

/** The list a lead-in paragraph ("Of these:") introduces is dated by a caption after it, as its items are. */
function leadInDatedByList(section: SectionContext, blockIndex: number, byHeadingOrCaption: readonly boolean[]): boolean {
  const block = section.blocks[blockIndex];
  if (!block || block.kind !== 'paragraph' || !block.text.trim().endsWith(':') || section.blocks[blockIndex + 1]?.kind !== 'list-item') return false;
  return passageIsDated(section, blockIndex + 1, byHeadingOrCaption);
}

/** The sentence before this one in the section, found by halving (sentences are in document order). */
function sentenceBefore(section: SectionContext, sentence: Sentence): Sentence | undefined {
  const sentences = section.sentences;
  let low = 0;
  let high = sentences.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const candidate = sentences[middle];
    if (!candidate) return undefined;
    if (candidate.from < sentence.from) low = middle + 1;
    else high = middle - 1;
  }
  return low > 0 ? sentences[low - 1] : undefined;
}

/**
 * What a reader has just read: the paragraph up to the sentence ("In 2016 …
 * . However, we would need 200 fewer children in care …") and the last
 * sentence of the paragraph before ("At the end of March 2018 there were
 * 204 children in care." then "Of these, 38 (19%) live …").
 */
function readJustBefore(section: SectionContext, sentence: Sentence): string {
  const block = section.blocks[sentence.blockIndex];
  if (!block) return '';
  const earlierInParagraph = block.text.slice(0, Math.max(0, sentence.from - block.from));
  const previous = section.blocks[sentence.blockIndex - 1];
  if (!previous || previous.kind !== 'paragraph' || block.kind !== 'paragraph') return earlierInParagraph;
  const before = sentenceBefore(section, sentence);
  return before?.blockIndex === sentence.blockIndex - 1 ? `${before.text} ${earlierInParagraph}` : earlierInParagraph;
}

/**
 * The rest of the paragraph after the sentence: "72% are in education. 58%
 * of care leavers were, at the end of March 2018." A date that opens a later
 * sentence ("At 31 March 2024 we looked after …") is that sentence's own,
 * so it is left out.
 */
function restOfParagraph(section: SectionContext, sentence: Sentence): string {
  const block = section.blocks[sentence.blockIndex];
  const rest = block ? block.text.slice(Math.max(0, sentence.to - block.from)) : '';
  return rest
    .split(/(?<=[.!?])\s+/)
    .slice(0, LATER_SENTENCES_READ)
    .filter((later) => !opensWithItsDate(later))
    .join(' ');
}

/** How far on a reader carries a date back: the next sentence or two, not the end of a long paragraph (or of a page pasted from a PDF as one). */
const LATER_SENTENCES_READ = 2;

/** The words a sentence opens with, in which a date is the sentence's own ("At 31 March 2024, …", "In 2023–24 …"). */
const OPENING_WORDS = 5;
const opensWithItsDate = (text: string): boolean => isDated(text.trim().split(/\s+/).slice(0, OPENING_WORDS).join(' '));

/** "now", "currently": the sentence speaks of the time of writing, so only its own words, or the heading or caption over its passage, can say when that was; the sentences around it speak of their own times. */
const AT_THE_TIME_OF_WRITING = /\b(?:now|currently|at present|at the moment|today)\b/i;

/** A sentence, or a paragraph opening so, that goes on counting what its passage counted ("A further 248 young people …", "Of these, …"). */
const CONTINUES_THE_COUNT = /^\s*(?:a further|another|in addition|of (?:these|them|those)|besides (?:these|them))\b/i;

/** Whether a block before this one, since the last heading, gives a date: the passage a continuing sentence takes its date from. */
function passageBeforeIsDated(section: SectionContext, blockIndex: number): boolean {
  for (let index = blockIndex - 1; index >= 0; index -= 1) {
    const block = section.blocks[index];
    if (!block || block.kind === 'heading') return false;
    if (block.kind !== 'cell' && isDated(block.text)) return true;
  }
  return false;
}

/** A count told in the past tense ("we supported 143", "49% were in work", "9% had three moves"): a report of the snapshot, not of the time of writing. */
const PAST_TENSE = /\b(?:was|were|had|[a-z]{3,}ed)\b/i;
/** "Around one in six", "about 40%": an estimate, which a reader cannot trace to the snapshot's count without its own date and source. */
const ESTIMATE = /\b(?:around|about|approximately|roughly|nearly|almost|some|one in \w+|a (?:quarter|third|half|fifth))\b/i;

/**
 * A section that opens with its snapshot ("On 31 March 2026 we looked after
 * 168 children.") dates the counts it goes on to report in the past tense,
 * in later paragraphs too: a profile of the children in care reads as one
 * picture at one date. An estimate, or a figure of the time of writing, is
 * not part of that count.
 */
function continuesOpeningSnapshot(section: SectionContext, sentence: Sentence): boolean {
  if (!PAST_TENSE.test(sentence.text) || ESTIMATE.test(sentence.text)) return false;
  const opening = section.blocks.find((block) => block.kind !== 'heading' && block.text.trim() !== '');
  return opening !== undefined && opening.kind === 'paragraph' && opensWithItsDate(opening.text);
}

/** A figure in running text (not a table), with whether a reader can tell when it was true. */
export interface ProseFigure {
  location: TextLocation;
  figure: string;
  blockIndex: number;
  sentence: Sentence;
  dated: boolean;
}

/**
 * The statistics of a section's running text, the first of each sentence,
 * each with whether it is dated: promises, requirements and paragraph
 * numbers are left out, as they are not statistics.
 */
export function proseFigures(section: SectionContext): ProseFigure[] {
  const result: ProseFigure[] = [];
  let lastSentence: Sentence | undefined;
  /** Several figures often share a passage: what dates it is worked out once per block. */
  const datedBlocks = new Map<number, boolean>();
  let byHeadingOrCaption: boolean[] | undefined;
  const blockIsDated = (blockIndex: number): boolean => {
    let dated = datedBlocks.get(blockIndex);
    if (dated === undefined) {
      byHeadingOrCaption ??= datedByHeadingOrCaption(section);
      dated = passageIsDated(section, blockIndex, byHeadingOrCaption) || leadInDatedByList(section, blockIndex, byHeadingOrCaption);
      datedBlocks.set(blockIndex, dated);
    }
    return dated;
  };
  for (const { match, location, blockIndex } of findAll(section, FIGURE_PATTERN)) {
    const block = section.blocks[blockIndex];
    const sentence = sentenceAt(section, location.from);
    if (!block || !sentence || block.kind === 'cell' || sentence === lastSentence) continue;
    if (location.from === block.from + (block.text.length - block.text.trimStart().length) && PARAGRAPH_NUMBER.test(block.text) && !/%|per ?cent/i.test(match[0])) continue;
    lastSentence = sentence;
    if (NOT_A_STATISTIC.test(sentence.text.slice(0, location.from - sentence.from))) continue;
    const ownWords = isDated(sentence.text);
    const dated = AT_THE_TIME_OF_WRITING.test(sentence.text)
      ? ownWords || blockIsDated(blockIndex)
      : ownWords ||
        isDated(readJustBefore(section, sentence)) ||
        isDated(restOfParagraph(section, sentence)) ||
        blockIsDated(blockIndex) ||
        continuesOpeningSnapshot(section, sentence) ||
        ((CONTINUES_THE_COUNT.test(sentence.text) || CONTINUES_THE_COUNT.test(block.text)) && passageBeforeIsDated(section, blockIndex));
    result.push({ location, figure: match[0], blockIndex, sentence, dated });
  }
  return result;
}

function undatedInProse(section: SectionContext): { location: TextLocation; figure: string }[] {
  return proseFigures(section).filter((figure) => !figure.dated);
}

function undatedInTables(section: SectionContext): { location: TextLocation; figure: string }[] {
  const result: { location: TextLocation; figure: string }[] = [];
  for (const table of section.tables) {
    if (table.kind === 'measures') continue;
    const header = table.rows[0]?.map((cell) => cell.text).join(' ') ?? '';
    if (isDated(header) || tableTitleIsDated(section, table.location.from)) continue;
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

/** "The table below shows the figures for 2017/18:" or a title line just above the table. */
function tableTitleIsDated(section: SectionContext, tableFrom: number): boolean {
  let title: TextBlock | undefined;
  for (const block of section.blocks) {
    if (block.from >= tableFrom) break;
    if (block.kind !== 'cell') title = block;
  }
  return title !== undefined && (isCaption(title) || title.text.trim().endsWith(':')) && isDated(title.text);
}

export const undatedFiguresRule = perSection('undated-figure', (section) =>
  [...undatedInProse(section), ...undatedInTables(section)]
    .slice(0, MAX_FINDINGS_PER_SECTION)
    .map(({ location, figure }): Finding => ({ severity: 'warning', section: section.id, rule: 'undated-figure', message: `Say when "${figure}" was true and where it comes from (for example "at 31 March 2024, SSDA903 return").`, location })),
);
