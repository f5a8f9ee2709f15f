import { findAll, type SectionContext } from '../sectionContext.js';
import type { TextLocation } from '../types.js';
import { isQuoted, quotedSpans } from './quotations.js';

/**
 * Where a pack's terms (regular expressions from `terminology.json` or
 * `law.json`) occur in a section. A term is only found as a whole word:
 * "CCG" is not in "CCGs'" … but it is not in "ACCGX" either, whatever the
 * pattern's author wrote, so a short pattern cannot fire inside another word.
 */

export interface TermMatch {
  /** Index of the pattern in the list given. */
  term: number;
  /** The words as written. */
  text: string;
  /** Where the words start in the section's `text`. */
  offset: number;
  location: TextLocation;
  /** Inside quotation marks in its block. */
  quoted: boolean;
}

const WORD_CHARACTER = /[\p{L}\p{N}]/u;

const compiledByList = new WeakMap<readonly object[], RegExp[]>();

/**
 * A pattern's spaces between words matching any run of white space: text
 * pasted from a PDF breaks its lines mid-sentence ("contact with your" /
 * "parents"), and a pack author writes the words with single spaces. Spaces
 * inside a character class or escaped are left as written.
 */
function spacesAsWhiteSpace(source: string): string {
  let result = '';
  let inClass = false;
  for (let index = 0; index < source.length; index += 1) {
    const character = source[index] ?? '';
    if (character === '\\') {
      result += source.slice(index, index + 2);
      index += 1;
      continue;
    }
    if (character === '[') inClass = true;
    else if (character === ']') inClass = false;
    // A quantified space (" ?", " *") keeps its quantifier on one white-space character.
    const quantified = /[?*+{]/.test(source[index + 1] ?? '');
    result += character === ' ' && !inClass ? (quantified ? String.raw`\s` : String.raw`\s+`) : character;
  }
  return result;
}

/** The patterns of a list of the pack's entries, compiled once: the pack's lists live as long as the pack. */
export function compiledTerms<Entry extends object>(entries: readonly Entry[], source: (entry: Entry) => string): RegExp[] {
  let compiled = compiledByList.get(entries);
  if (!compiled) {
    compiled = entries.map((entry) => new RegExp(spacesAsWhiteSpace(source(entry)), 'giu'));
    compiledByList.set(entries, compiled);
  }
  return compiled;
}

/** The first match of each term, in text order. */
export function firstOfEach<Match extends { term: number }>(matches: readonly Match[]): Match[] {
  const seen = new Set<number>();
  return matches.filter((match) => {
    if (seen.has(match.term)) return false;
    seen.add(match.term);
    return true;
  });
}

/** A letter or digit at the edge of the match may not run on into the text around it. */
function isWholeWords(text: string, start: number, end: number): boolean {
  const first = text[start] ?? '';
  const last = text[end - 1] ?? '';
  const before = text[start - 1];
  const after = text[end];
  if (WORD_CHARACTER.test(first) && before !== undefined && WORD_CHARACTER.test(before)) return false;
  if (WORD_CHARACTER.test(last) && after !== undefined && WORD_CHARACTER.test(after)) return false;
  return true;
}

/** Every whole-word match of each pattern in the section, in text order. */
export function termMatches(section: SectionContext, patterns: readonly RegExp[]): TermMatch[] {
  const quotations = new Map<number, ReturnType<typeof quotedSpans>>();
  const quotationsOf = (blockIndex: number) => {
    let spans = quotations.get(blockIndex);
    if (!spans) {
      spans = quotedSpans(section.blocks[blockIndex]?.text ?? '');
      quotations.set(blockIndex, spans);
    }
    return spans;
  };
  const found: TermMatch[] = [];
  patterns.forEach((pattern, term) => {
    for (const { match, location, blockIndex } of findAll(section, pattern)) {
      if (!isWholeWords(section.text, match.index, match.index + match[0].length)) continue;
      const blockFrom = section.blocks[blockIndex]?.from ?? 0;
      const quoted = isQuoted(quotationsOf(blockIndex), location.from - blockFrom, location.to - blockFrom);
      found.push({ term, text: match[0], offset: match.index, location, quoted });
    }
  });
  return found.sort((a, b) => a.location.from - b.location.from);
}

const PREVIOUS_WORD = /(\p{L}[\p{L}'’-]*)[ \t,]*$/u;
const NEXT_WORD = /^[ \t,]*(\p{L}[\p{L}'’-]*)/u;

/**
 * Words written with a capital inside a run of capitalised words are part of
 * a name ("Placement Promises", "the Care Planning, Placement and Case Review
 * Regulations"): a document's or a service's title is quoted as it is, not
 * reworded. A word in capitals (an acronym) is not a name in this sense.
 */
export function isPartOfName(text: string, start: number, end: number): boolean {
  if (!/^\p{Lu}\p{Ll}/u.test(text.slice(start, end))) return false;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = text.indexOf('\n', end);
  const previous = PREVIOUS_WORD.exec(text.slice(lineStart, start))?.[1];
  const next = NEXT_WORD.exec(text.slice(end, lineEnd === -1 ? undefined : lineEnd))?.[1];
  const capitalised = (word: string | undefined) => word !== undefined && /^\p{Lu}/u.test(word) && word !== 'I';
  return capitalised(previous) || capitalised(next);
}
