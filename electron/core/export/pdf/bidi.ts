import bidiFactory from 'bidi-js';
import type { TextRun } from './types.js';

/**
 * The Unicode Bidirectional Algorithm (UAX #9, through bidi-js) for text
 * that mixes English with Arabic or Hebrew. Levels are resolved once per
 * paragraph on its logical text, across style runs, so a name half bold is
 * still ordered as one name; the paragraph's runs are then cut where the
 * level changes, so every piece that line breaking measures is drawn in one
 * direction. After line breaking each line is put in visual order (rules L1
 * and L2), and right-to-left pieces are drawn reversed, with mirrored
 * brackets (L4) (see `FontSet.drawnPieces`).
 *
 * A paragraph is right-to-left when its first strong character is (P2, P3),
 * and is then set right-aligned; otherwise it is left-to-right. A hard line
 * break inside a paragraph does not start a new direction.
 *
 * Limits: a style change inside an Arabic word still breaks its joining,
 * since each style run is shaped apart. pdftotext reorders what it reads
 * with its own simpler rule, which ends a right-to-left stretch at a comma:
 * a list of Arabic names joined by commas comes back from it a stretch at a
 * time (each stretch in logical order), while the tag tree and each letter's
 * ActualText keep the logical order.
 */

export interface DirectedRun extends TextRun {
  /** Embedding level: odd levels are drawn right to left. */
  level: number;
}

export interface DirectedParagraph {
  /** 0 for a left-to-right paragraph, 1 for a right-to-left one. */
  level: number;
  /** The paragraph's runs cut wherever the level changes, in logical order. */
  runs: DirectedRun[];
}

const bidi = bidiFactory();

/** Characters that can make any level odd: right-to-left scripts, Arabic numbers and right-to-left marks and controls. */
const RIGHT_TO_LEFT_CAPABLE = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefe\u200f\u202b\u202e\u2067\u{10800}-\u{10fff}\u{1e800}-\u{1efff}]/u;

/**
 * bidi-js classifies the string one UTF-16 unit at a time, so both halves of
 * an emoji would count as strong left-to-right letters. Each character
 * outside the Basic Multilingual Plane is replaced, for classification only,
 * by two units of a character with its own class.
 */
const SAME_CLASS: Partial<Record<string, string>> = { L: 'a', R: '\u05d0', AL: '\u0627', EN: '0', AN: '\u0660', ON: '!', NSM: '\u0300', BN: '\u200b', WS: ' ' };

function classifiable(text: string): string {
  return text.replace(/[\u{10000}-\u{10ffff}]/gu, (char) => (SAME_CLASS[bidi.getBidiCharTypeName(char)] ?? 'a').repeat(2));
}

/** Resolves the embedding levels of a paragraph's runs and cuts them where the level changes. */
export function directedParagraph(runs: readonly TextRun[]): DirectedParagraph {
  const text = runs.map((run) => run.text).join('');
  if (!RIGHT_TO_LEFT_CAPABLE.test(text)) return { level: 0, runs: runs.map((run) => ({ ...run, level: 0 })) };
  const classified = classifiable(text);
  const level = bidi.getEmbeddingLevels(classified, 'auto').paragraphs[0]?.level ?? 0;
  const { levels } = bidi.getEmbeddingLevels(classified, level === 1 ? 'rtl' : 'ltr');
  const directed: DirectedRun[] = [];
  let offset = 0;
  for (const run of runs) {
    let start = 0;
    for (let index = 1; index <= run.text.length; index += 1) {
      if (index < run.text.length && levels[offset + index] === levels[offset + start]) continue;
      directed.push({ ...run, text: run.text.slice(start, index), level: levels[offset + start] as number });
      start = index;
    }
    offset += run.text.length;
  }
  return { level, runs: directed };
}

/**
 * Indices of a line's pieces in visual order, left to right, from their
 * levels (rule L2): from the highest level down to the lowest odd one, every
 * longest sequence of pieces at that level or above is reversed.
 */
export function visualOrder(levels: readonly number[]): number[] {
  const order = levels.map((_, index) => index);
  const highest = Math.max(0, ...levels);
  const lowestOdd = Math.min(...levels.map((level) => (level % 2 === 1 ? level : level + 1)), highest + 1);
  for (let level = highest; level >= lowestOdd; level -= 1) {
    let index = 0;
    while (index < order.length) {
      if ((levels[order[index] as number] as number) < level) {
        index += 1;
        continue;
      }
      let end = index;
      while (end < order.length && (levels[order[end] as number] as number) >= level) end += 1;
      order.splice(index, end - index, ...order.slice(index, end).reverse());
      index = end;
    }
  }
  return order;
}

/** The character drawn for `char` in right-to-left text: its mirror image (a bracket turned round), if it has one. */
export function mirroredCharacter(char: string): string {
  return bidi.getMirroredCharacter(char) ?? char;
}
