import type { TextLocation } from './types.js';

/**
 * Small text helpers shared by the rules. Everything works on plain strings
 * with offsets so that a match can be turned back into editor positions.
 */

/** Lower-case letters and digits separated by single spaces: the form in which texts are compared. */
export function normaliseText(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export interface Span {
  start: number;
  end: number;
}

/**
 * Sentence boundaries in one block of text. A full stop only ends a sentence
 * when what follows starts like a sentence, so "e.g. the" and "s.22" stay whole;
 * text with no punctuation at all is one sentence.
 */
export function sentenceSpans(text: string): Span[] {
  const spans: Span[] = [];
  let start = skipSpace(text, 0);
  const boundary = /[.!?…]+["'”’)]*(\s+)(?=["'“‘(]?[\p{Lu}\p{N}])|\n+/gu;
  for (let match = boundary.exec(text); match !== null; match = boundary.exec(text)) {
    const end = match[0].startsWith('\n') ? match.index : match.index + match[0].length - (match[1]?.length ?? 0);
    if (end > start) spans.push({ start, end });
    start = skipSpace(text, match.index + match[0].length);
  }
  const end = text.trimEnd().length;
  if (end > start) spans.push({ start, end });
  return spans;
}

function skipSpace(text: string, from: number): number {
  let index = from;
  while (index < text.length && /\s/.test(text[index] ?? '')) index += 1;
  return index;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

/** Counted by stepping the pattern through the text: matching it all at once would make a string of every word only to count them. */
export function countWords(text: string): number {
  WORD.lastIndex = 0;
  let count = 0;
  while (WORD.test(text)) count += 1;
  return count;
}

/** A year, a numeric date or "as at/as of": enough for a reader to know when a figure was true. */
export const DATE_PATTERN = /\b(?:19|20)\d{2}\b|\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b|\bas (?:at|of)\b/i;

/** Where a figure came from. */
export const SOURCE_PATTERN = /\bsource[sd]?\b|\bSSDA ?903\b|\bDfE\b|\bOfsted\b|\bONS\b|\bsurvey\b|\bdata (?:from|published)\b|\baccording to\b|\bLAIT\b/i;

/**
 * A count or share of children: "204 children", "1,250 young people",
 * "12% of care leavers", "63 per cent"; or the size of the area's
 * population ("a population of around 780,000"), which changes year to year
 * as much as they do. Numbers glued to letters (s22, Q3) or part of a date
 * are not figures.
 */
export const FIGURE_PATTERN =
  /(?<![\p{L}\p{N}/.,-])\d{1,3}(?:,\d{3})*(?:\.\d+)?(?:\s*(?:%|per ?cent\b)|\s+(?:(?:more|fewer|additional|new|current|local|looked[- ]after|care[- ]experienced|unaccompanied|separated|disabled)\s+){0,2}(?:children|child|young people|young persons|care leavers|LAC|CLA|UASC|foster carers|placements)\b)|(?<=\bpopulation of\s+(?:(?:around|about|some|over|nearly|almost|approximately|roughly|just over|just under|more than)\s+)?)\d{1,3}(?:,\d{3})+(?![\p{N}])/giu;

export function toLocation(blockFrom: number, span: Span): TextLocation {
  return { from: blockFrom + span.start, to: blockFrom + span.end };
}

/** Every match of a global pattern, as spans. */
export function matchSpans(text: string, pattern: RegExp): Span[] {
  const global = pattern.global ? pattern : new RegExp(pattern.source, `${pattern.flags}g`);
  global.lastIndex = 0;
  const spans: Span[] = [];
  for (let match = global.exec(text); match !== null; match = global.exec(text)) {
    spans.push({ start: match.index, end: match.index + match[0].length });
    if (match[0].length === 0) global.lastIndex += 1;
  }
  return spans;
}
