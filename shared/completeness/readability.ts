import type { SectionContext } from './sectionContext.js';
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
  const syllables = wordList.reduce((sum, word) => sum + countSyllables(word), 0);
  return scores(wordList.length, sentences, syllables);
}

export function readabilityOfSection(context: SectionContext, ceiling?: number): ReadabilityReport {
  const spans: SentenceSpan[] = [];
  let syllables = 0;
  for (const sentence of context.sentences) {
    const wordList = sentence.text.match(WORD) ?? [];
    if (wordList.length === 0) continue;
    syllables += wordList.reduce((sum, word) => sum + countSyllables(word), 0);
    spans.push({ from: sentence.from, to: sentence.to, words: wordList.length, text: sentence.text });
  }
  const result = scores(
    spans.reduce((sum, span) => sum + span.words, 0),
    spans.length,
    syllables,
  );
  const longestSentences = spans.sort((a, b) => b.words - a.words || a.from - b.from).slice(0, LONGEST_SENTENCES);
  return { words: result.words, sentences: result.sentences, grade: result.grade, readingAge: result.readingAge, ...(ceiling === undefined ? {} : { ceiling }), longestSentences };
}

function scores(words: number, sentences: number, syllables: number): TextReadability {
  if (words === 0 || sentences === 0) return { words, sentences, syllables, grade: 0, readingAge: 5 };
  const grade = round1(0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59);
  return { words, sentences, syllables, grade, readingAge: Math.max(5, Math.round(grade + 5)) };
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}

/** Vowel groups, less the silent endings; a number counts as one. */
export function countSyllables(word: string): number {
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
