import type { DocxArchive } from './docxArchive.js';

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

const PARAGRAPH = /<w:p[\s>][\s\S]*?<\/w:p>/g;
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
  for (const [paragraph] of document.matchAll(PARAGRAPH)) {
    const properties = /<w:numPr>([\s\S]*?)<\/w:numPr>/.exec(paragraph)?.[1];
    if (properties === undefined) continue;
    const numId = NUM_ID.exec(properties)?.[1];
    // numId 0 is Word's way of saying "not numbered".
    if (numId === undefined || numId === '0') continue;
    const text = squash(Array.from(paragraph.matchAll(TEXT), (match) => unescapeXml(match[1] ?? '')).join(''));
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

function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
