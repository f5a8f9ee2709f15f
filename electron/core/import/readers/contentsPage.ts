import { wordCount } from './headingText.js';

/**
 * A hand-made contents page is left out of an import: the app generates its
 * own, and the old page numbers are wrong anyway. Its entries would also read
 * as headings, which would split the strategy in the wrong places.
 */

const CONTENTS_TITLE = /^\s*(?:table of\s+)?contents\s*:?\s*$/i;
const MAX_ENTRY_WORDS = 20;
/** A contents page is read no further than this many entries. */
export const MAX_CONTENTS_ENTRIES = 80;

export function isContentsTitle(text: string): boolean {
  return CONTENTS_TITLE.test(text);
}

/** A page number sits after a tab, dot leaders or a wide gap; "Detail 2" keeps its number. */
const LED_PAGE_NUMBER = /(?:\t|\.{2,}|…|\s{2,})\s*\d{1,3}\s*$/;

/** What an entry says once its page number, dot leaders, numbering and markup are gone. */
function entryWords(text: string): string {
  return text
    .replace(/<[^>]*>/g, '')
    .replace(LED_PAGE_NUMBER, '')
    .replace(/^\s*\d{1,2}(?:\s*\.\s*\d{1,2})*\s*\.?\s*/, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .toLowerCase();
}

/**
 * Given the texts that follow a "Contents" title, how many of them belong to
 * the contents page. The page ends at the first long text, at the first text
 * that repeats an entry (the document's real first heading), where the
 * numbering starts again ("1. Welcome from …" after "3. Our pledge 4", an
 * entry worded shorter than its heading), or where `isBoundary` says so (a
 * styled heading). When its entries give page numbers from the first, the
 * page ends with the last that does: text copied out of a PDF wraps its prose into short
 * lines, which would otherwise pass for entries up to the first heading the
 * page repeats, and a foreword between the two would be lost with it.
 */
export function contentsLength(texts: readonly string[], isBoundary: (index: number) => boolean = () => false): number {
  const seen = new Set<string>();
  let highestNumber = 0;
  let length = 0;
  for (let index = 0; index < texts.length && index < MAX_CONTENTS_ENTRIES; index += 1) {
    const text = texts[index] ?? '';
    if (text.trim() === '') {
      length = index + 1;
      continue;
    }
    const words = entryWords(text);
    const number = Number(/^\s*(\d{1,2})\b/.exec(text)?.[1] ?? 0);
    if (isBoundary(index) || wordCount(text) > MAX_ENTRY_WORDS || (words !== '' && seen.has(words)) || (number > 0 && number < highestNumber)) break;
    if (words !== '') seen.add(words);
    highestNumber = Math.max(highestNumber, number);
    length = index + 1;
  }
  return untilLastPagedEntry(texts.slice(0, length));
}

/** Fewer entries with page numbers than this and a contents page is not read as one that numbers its entries. */
const MIN_PAGED_ENTRIES = 3;

function untilLastPagedEntry(entries: readonly string[]): number {
  const written = entries.filter((text) => text.trim() !== '');
  const paged = written.filter((text) => LED_PAGE_NUMBER.test(text)).length;
  if (!LED_PAGE_NUMBER.test(written[0] ?? '') || paged < MIN_PAGED_ENTRIES) return entries.length;
  let last = entries.length - 1;
  while (last >= 0 && !LED_PAGE_NUMBER.test(entries[last] ?? '')) last -= 1;
  return last + 1;
}

/**
 * The headings a contents page promises, as the text will print them: the
 * entries without their page numbers. When most entries end in a number, the
 * number after the last space is a page number even without leaders ("2.
 * Introduction 3", as text copied out of a PDF has it).
 */
export function contentsEntries(entries: readonly string[]): string[] {
  const lines = entries.map((entry) => entry.replace(/\s+/g, ' ').trim()).filter((entry) => entry !== '');
  const paged = lines.filter((entry) => PAGE_NUMBER.test(entry)).length * 2 > lines.length;
  return lines.map((entry) => entry.replace(/(?:\.{2,}|…+)/g, ' ').replace(paged ? PAGE_NUMBER : /(?!)/, '').replace(/\s+/g, ' ').trim()).filter((entry) => entry !== '');
}

const PAGE_NUMBER = /\s+\d{1,3}$/;

