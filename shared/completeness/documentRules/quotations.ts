import type { Span } from '../text.js';

/**
 * Where a block of text quotes someone: between quotation marks, double
 * (“…”, "…", «…») or single (‘…’, '…'). A quotation is someone's own words,
 * often a young person's, and is never corrected; a word in quotation marks
 * is also often being talked about ("we no longer say 'LAC'") rather than used.
 *
 * Apostrophes look like single quotation marks, so a single mark opens a
 * quotation only at the start of a word (after a space, a bracket or the
 * start of the block) and closes one only at the end of a word. A quotation
 * left open runs to the end of the block, as a quoted paragraph does when
 * the quotation goes on into the next.
 */

const OPENING_DOUBLE = new Set(['“', '«', '„']);
const CLOSING_DOUBLE = new Set(['”', '»']);
const SINGLE = new Set(["'", '‘', '’']);

const isWordCharacter = (character: string | undefined): boolean => character !== undefined && /[\p{L}\p{N}]/u.test(character);
const opensWord = (text: string, index: number): boolean => !isWordCharacter(text[index - 1]) && isWordCharacter(text[index + 1]);
const closesWord = (text: string, index: number): boolean => !isWordCharacter(text[index + 1]) && index > 0 && !/\s/.test(text[index - 1] ?? ' ');

export function quotedSpans(text: string): Span[] {
  const spans: Span[] = [];
  let open: { start: number; double: boolean } | null = null;
  for (let index = 0; index < text.length; index += 1) {
    const character = text[index] ?? '';
    if (open === null) {
      if (OPENING_DOUBLE.has(character) || character === '"') open = { start: index, double: true };
      else if ((character === "'" || character === '‘') && opensWord(text, index)) open = { start: index, double: false };
    } else if (open.double ? CLOSING_DOUBLE.has(character) || character === '"' : SINGLE.has(character) && character !== '‘' && closesWord(text, index)) {
      spans.push({ start: open.start, end: index + 1 });
      open = null;
    }
  }
  if (open !== null) spans.push({ start: open.start, end: text.length });
  return spans;
}

/** Whether the text from `start` to `end` lies inside one of the quotations. */
export function isQuoted(quotations: readonly Span[], start: number, end: number): boolean {
  return quotations.some((quotation) => quotation.start <= start && end <= quotation.end);
}
