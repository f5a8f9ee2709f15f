import type { DocxArchive } from './docxArchive.js';
import { squashSpaces } from './whiteSpace.js';

/**
 * The number Word shows on each numbered paragraph. mammoth keeps a list's
 * items but not which Word list they belong to, so a numbered list that a
 * plain paragraph interrupts comes out as two lists that both start at 1,
 * where Word (one list, one w:numId) carries on counting. Read from the
 * document's own XML: each paragraph's list (w:numId) and level (w:ilvl),
 * counted as Word counts them (a level's count restarts under a new item of
 * the level above), from each level's w:start or a w:startOverride. Empty
 * items are not counted, as the import leaves them out.
 */

export interface NumberedParagraph {
  /** The paragraph's text, whitespace squashed, to find its list item in mammoth's output. */
  text: string;
  /** What Word prints for it at its level: 1, 2, 3 … (or the list's own start). */
  number: number;
}

const PARAGRAPH_START = /<w:p[\s>]/g;
const PARAGRAPH_END = '</w:p>';
const LIST_PROPERTIES = '<w:numPr>';
const NUM_ID = /<w:numId\s+w:val="(\d+)"/;
const LEVEL = /<w:ilvl\s+w:val="(\d+)"/;
const TEXT = /<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g;

/** Read from the parts mammoth has read, as already unpacked and decoded for it. */
export function wordListNumbers(docx: Pick<DocxArchive, 'text'>): NumberedParagraph[] {
  const document = docx.text('word/document.xml');
  if (document === undefined) return [];
  const starts = listStarts(docx.text('word/numbering.xml') ?? '');
  const counters = new Map<string, number[]>();
  const numbered: NumberedParagraph[] = [];
  for (const paragraph of numberedParagraphs(document)) {
    const properties = /<w:numPr>([\s\S]*?)<\/w:numPr>/.exec(paragraph)?.[1];
    if (properties === undefined) continue;
    const numId = NUM_ID.exec(properties)?.[1];
    // numId 0 is Word's way of saying "not numbered".
    if (numId === undefined || numId === '0') continue;
    const text = squashSpaces(Array.from(paragraph.matchAll(TEXT), (match) => unescapeXml(match[1] ?? '')).join(''));
    // An empty item is left out of the import (mammoth drops it), so it takes no number: the list reads on without a gap.
    if (text === '') continue;
    const level = Number(LEVEL.exec(properties)?.[1] ?? '0');
    const counts = counters.get(numId) ?? [];
    counters.set(numId, counts);
    counts.length = level + 1;
    const start = starts(numId, level);
    const number = counts[level] === undefined ? start : (counts[level] ?? start) + 1;
    counts[level] = number;
    numbered.push({ text, number });
  }
  return numbered;
}

/**
 * The paragraphs (`<w:p …>` to the first `</w:p>` after it, as the lazy
 * pattern `<w:p[\s>][\s\S]*?<\/w:p>` reads them) that have list properties.
 * Found by searching for their markers rather than by that pattern, which
 * tried to end a paragraph at every character of the document, and only the
 * few with list properties are cut out of it.
 */
function* numberedParagraphs(document: string): Generator<string> {
  let properties = document.indexOf(LIST_PROPERTIES);
  PARAGRAPH_START.lastIndex = 0;
  while (properties >= 0) {
    const start = PARAGRAPH_START.exec(document)?.index;
    if (start === undefined) return;
    const end = document.indexOf(PARAGRAPH_END, start + 5);
    if (end < 0) return;
    PARAGRAPH_START.lastIndex = end + PARAGRAPH_END.length;
    if (properties < start) properties = document.indexOf(LIST_PROPERTIES, start);
    if (properties >= 0 && properties < end) yield document.slice(start, end + PARAGRAPH_END.length);
  }
}

/** Where each list's level starts: a w:startOverride in the w:num, else the w:start of its abstract definition, else 1. */
function listStarts(numbering: string): (numId: string, level: number) => number {
  const abstractStarts = new Map<string, Map<number, number>>();
  for (const [, id, body] of numbering.matchAll(/<w:abstractNum\b[^>]*w:abstractNumId="(\d+)"[^>]*>([\s\S]*?)<\/w:abstractNum>/g)) {
    abstractStarts.set(id ?? '', levelStarts(body ?? '', /<w:lvl\b[^>]*w:ilvl="(\d+)"[^>]*>([\s\S]*?)<\/w:lvl>/g, /<w:start\s+w:val="(\d+)"/));
  }
  const nums = new Map<string, { abstract: string; overrides: Map<number, number> }>();
  for (const [, id, body] of numbering.matchAll(/<w:num\b[^>]*w:numId="(\d+)"[^>]*>([\s\S]*?)<\/w:num>/g)) {
    const abstract = /<w:abstractNumId\s+w:val="(\d+)"/.exec(body ?? '')?.[1] ?? '';
    nums.set(id ?? '', { abstract, overrides: levelStarts(body ?? '', /<w:lvlOverride\b[^>]*w:ilvl="(\d+)"[^>]*>([\s\S]*?)<\/w:lvlOverride>/g, /<w:startOverride\s+w:val="(\d+)"/) });
  }
  return (numId, level) => {
    const num = nums.get(numId);
    return num?.overrides.get(level) ?? abstractStarts.get(num?.abstract ?? '')?.get(level) ?? 1;
  };
}

function levelStarts(xml: string, levels: RegExp, start: RegExp): Map<number, number> {
  const starts = new Map<number, number>();
  for (const [, level, body] of xml.matchAll(levels)) {
    const value = start.exec(body ?? '')?.[1];
    if (value !== undefined) starts.set(Number(level), Number(value));
  }
  return starts;
}

function unescapeXml(text: string): string {
  return text.replace(/&(lt|gt|quot|apos|amp|#\d+|#x[0-9a-f]+);/gi, (entity, name: string) => {
    const lower = name.toLowerCase();
    if (lower.startsWith('#x')) return String.fromCodePoint(parseInt(lower.slice(2), 16));
    if (lower.startsWith('#')) return String.fromCodePoint(Number(lower.slice(1)));
    return { lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' }[lower] ?? entity;
  });
}
