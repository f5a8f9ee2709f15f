import { perBlock, type BlockText, type SectionContext } from './sectionContext.js';
import { countWords, sentenceSpans } from './text.js';
import type { ReadabilityReport, SentenceSpan } from './types.js';

/**
 * Flesch-Kincaid grade, turned into a UK reading age (grade + 5). The grade is
 * a blunt instrument, but it moves the right way as sentences and words get
 * longer, which is what a writer needs to see while they type.
 */

/** The suggested highest reading age for the young people's foreword: the end of primary school. */
export const YOUNG_PEOPLE_READING_AGE_CEILING = 12;

const LONGEST_SENTENCES = 3;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

export interface TextReadability {
  words: number;
  sentences: number;
  syllables: number;
  grade: number;
  readingAge: number;
}

export function readabilityOfText(text: string): TextReadability {
  const sentences = sentenceSpans(text).filter((span) => countWords(text.slice(span.start, span.end)) > 0).length;
  const wordList = text.match(WORD) ?? [];
  return scores(wordList.length, sentences, syllablesIn(wordList));
}

interface SectionMeasure {
  words: number;
  sentences: number;
  syllables: number;
  longestSentences: SentenceSpan[];
}

/** Both the section's rule and the report ask for a foreword's readability: it is measured once per section context. */
const measured = new WeakMap<SectionContext, SectionMeasure>();

export function readabilityOfSection(context: SectionContext, ceiling?: number): ReadabilityReport {
  let measure = measured.get(context);
  if (!measure) {
    measure = measureSection(context);
    measured.set(context, measure);
  }
  const result = scores(measure.words, measure.sentences, measure.syllables);
  const longestSentences = measure.longestSentences.map((span) => ({ ...span }));
  return { words: result.words, sentences: result.sentences, grade: result.grade, readingAge: result.readingAge, ...(ceiling === undefined ? {} : { ceiling }), longestSentences };
}

/** A block's part of its section's measure, with offsets in the block's text, so it is kept with the block node (see `perBlock`) and a keystroke measures one block again. */
interface BlockMeasure {
  words: number;
  sentences: number;
  syllables: number;
  /** Its longest sentences: the section's longest are among its blocks' longest. */
  longest: { start: number; end: number; words: number; text: string }[];
}

function measureBlock({ text, sentences }: BlockText): BlockMeasure {
  const spans: BlockMeasure['longest'] = [];
  let words = 0;
  let syllables = 0;
  for (const span of sentences) {
    const sentence = text.slice(span.start, span.end);
    const wordList = sentence.match(WORD) ?? [];
    if (wordList.length === 0) continue;
    words += wordList.length;
    syllables += syllablesIn(wordList);
    spans.push({ start: span.start, end: span.end, words: wordList.length, text: sentence });
  }
  const longest = spans.sort((a, b) => b.words - a.words || a.start - b.start).slice(0, LONGEST_SENTENCES);
  return { words, sentences: spans.length, syllables, longest };
}

/** What the per-block measures are kept by. */
const MEASURES = {};

function measureSection(context: SectionContext): SectionMeasure {
  let words = 0;
  let sentences = 0;
  let syllables = 0;
  const candidates: SentenceSpan[] = [];
  perBlock(context, MEASURES, 'readability', measureBlock).values.forEach((measure, blockIndex) => {
    words += measure.words;
    sentences += measure.sentences;
    syllables += measure.syllables;
    const from = context.blocks[blockIndex]?.from ?? 0;
    for (const span of measure.longest) candidates.push({ from: from + span.start, to: from + span.end, words: span.words, text: span.text });
  });
  const longestSentences = candidates.sort((a, b) => b.words - a.words || a.from - b.from).slice(0, LONGEST_SENTENCES);
  return { words, sentences, syllables, longestSentences };
}

function scores(words: number, sentences: number, syllables: number): TextReadability {
  if (words === 0 || sentences === 0) return { words, sentences, syllables, grade: 0, readingAge: 5 };
  const grade = round1(0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59);
  return { words, sentences, syllables, grade, readingAge: Math.max(5, Math.round(grade + 5)) };
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}

function syllablesIn(words: readonly string[]): number {
  let syllables = 0;
  for (const word of words) syllables += countSyllables(word);
  return syllables;
}

/**
 * Syllable counts of words already counted. A text uses a few hundred
 * distinct words many times over, and counting one takes several patterns;
 * the memo is emptied when it grows past a writer's vocabulary, so it stays
 * small however long the app runs.
 */
const syllableMemo = new Map<string, number>();
const SYLLABLE_MEMO_LIMIT = 20_000;

/** Vowel groups, less the silent endings; a number counts as one. */
export function countSyllables(word: string): number {
  const known = syllableMemo.get(word);
  if (known !== undefined) return known;
  if (syllableMemo.size >= SYLLABLE_MEMO_LIMIT) syllableMemo.clear();
  const count = syllablesOf(word);
  syllableMemo.set(word, count);
  return count;
}

function syllablesOf(word: string): number {
  const letters = word.toLowerCase().replace(/[^a-zà-ÿ]/g, '');
  if (letters.length === 0) return 1;
  if (letters.length <= 3) return 1;
  const groups = withoutSilentEnding(letters).replace(/^y/, '').match(/[aeiouyà-ÿ]+/g)?.length ?? 0;
  return Math.max(1, groups);
}

/** "make", "makes", "looked" lose a vowel group that is not spoken; "table", "boxes", "wanted" keep it. */
function withoutSilentEnding(word: string): string {
  if (/[^aeiouy]le$/.test(word)) return word;
  if (/(?:[sxz]|ch|sh|g|c)es$/.test(word)) return word;
  if (/[td]ed$/.test(word)) return word;
  if (/(?:es|ed)$/.test(word)) return word.slice(0, -2);
  if (/[^aeiouy]e$/.test(word)) return word.slice(0, -1);
  return word;
}
