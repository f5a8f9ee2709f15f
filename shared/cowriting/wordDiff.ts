import type { NodeJSON } from '../model/draft.js';
import { textIndexOfJSON } from './textIndex.js';

/**
 * A word-level diff of two texts: Myers' O((N+M)D) algorithm in its
 * linear-space form (divide at the middle snake), so two unrelated
 * 2,000-word sections cost a few million steps and a few kilobytes, not a
 * table of every word against every other.
 */

export type DiffKind = 'equal' | 'insert' | 'delete';

export interface DiffPart {
  kind: DiffKind;
  text: string;
}

/** Words (apostrophes inside a word kept), runs of white space, and each other character on its own. */
const TOKEN = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*|\s+|[^\p{L}\p{N}\s]/gu;

export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

export function diffWords(before: string, after: string): DiffPart[] {
  const a = tokenize(before);
  const b = tokenize(after);
  const ids = new Map<string, number>();
  const toIds = (tokens: string[]) => Int32Array.from(tokens, (token) => ids.get(token) ?? ids.set(token, ids.size).get(token) ?? 0);
  const operations: DiffKind[] = [];
  diffRange(toIds(a), 0, a.length, toIds(b), 0, b.length, operations);
  return tidy(partsFrom(operations, a, b));
}

function diffRange(a: Int32Array, aLow: number, aHigh: number, b: Int32Array, bLow: number, bHigh: number, out: DiffKind[]): void {
  let prefix = 0;
  while (aLow + prefix < aHigh && bLow + prefix < bHigh && a[aLow + prefix] === b[bLow + prefix]) prefix += 1;
  let suffix = 0;
  while (aHigh - suffix > aLow + prefix && bHigh - suffix > bLow + prefix && a[aHigh - 1 - suffix] === b[bHigh - 1 - suffix]) suffix += 1;
  repeat(out, 'equal', prefix);
  const [x0, x1, y0, y1] = [aLow + prefix, aHigh - suffix, bLow + prefix, bHigh - suffix];
  if (x0 === x1) repeat(out, 'insert', y1 - y0);
  else if (y0 === y1) repeat(out, 'delete', x1 - x0);
  else {
    const snake = middleSnake(a, x0, x1, b, y0, y1);
    diffRange(a, x0, snake.x, b, y0, snake.y, out);
    repeat(out, 'equal', snake.u - snake.x);
    diffRange(a, snake.u, x1, b, snake.v, y1, out);
  }
  repeat(out, 'equal', suffix);
}

/**
 * The middle snake of an edit path between a[x0,x1) and b[y0,y1), which
 * differ at both ends: the diagonal run where the forward and backward
 * searches meet, in absolute positions. Both halves either side of it have
 * at most half the edits, so the recursion ends.
 */
function middleSnake(a: Int32Array, x0: number, x1: number, b: Int32Array, y0: number, y1: number): { x: number; y: number; u: number; v: number } {
  const n = x1 - x0;
  const m = y1 - y0;
  const delta = n - m;
  const max = Math.ceil((n + m) / 2);
  const offset = max + 1;
  const forward = new Int32Array(2 * max + 3);
  const backward = new Int32Array(2 * max + 3);
  for (let d = 0; d <= max; d += 1) {
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && (forward[offset + k - 1] as number) < (forward[offset + k + 1] as number)) ? (forward[offset + k + 1] as number) : (forward[offset + k - 1] as number) + 1;
      let y = x - k;
      const [startX, startY] = [x, y];
      while (x < n && y < m && a[x0 + x] === b[y0 + y]) {
        x += 1;
        y += 1;
      }
      forward[offset + k] = x;
      const c = delta - k;
      if (delta % 2 !== 0 && c >= -(d - 1) && c <= d - 1 && x + (backward[offset + c] as number) >= n) {
        return { x: x0 + startX, y: y0 + startY, u: x0 + x, v: y0 + y };
      }
    }
    for (let c = -d; c <= d; c += 2) {
      let x = c === -d || (c !== d && (backward[offset + c - 1] as number) < (backward[offset + c + 1] as number)) ? (backward[offset + c + 1] as number) : (backward[offset + c - 1] as number) + 1;
      let y = x - c;
      const [startX, startY] = [x, y];
      while (x < n && y < m && a[x1 - 1 - x] === b[y1 - 1 - y]) {
        x += 1;
        y += 1;
      }
      backward[offset + c] = x;
      const k = delta - c;
      if (delta % 2 === 0 && k >= -d && k <= d && x + (forward[offset + k] as number) >= n) {
        return { x: x1 - x, y: y1 - y, u: x1 - startX, v: y1 - startY };
      }
    }
  }
  throw new Error('The diff found no path between the texts.');
}

function repeat(out: DiffKind[], kind: DiffKind, count: number): void {
  for (let i = 0; i < count; i += 1) out.push(kind);
}

function partsFrom(operations: DiffKind[], a: string[], b: string[]): DiffPart[] {
  const parts: DiffPart[] = [];
  let i = 0;
  let j = 0;
  for (const kind of operations) {
    const text = kind === 'insert' ? (b[j] as string) : (a[i] as string);
    if (kind !== 'insert') i += 1;
    if (kind !== 'delete') j += 1;
    parts.push({ kind, text });
  }
  return parts;
}

/**
 * Joins neighbouring tokens of one kind, and folds a lone space between two
 * changes into both, so "the cat" to "a dog" reads as one replacement
 * rather than two separated by an unchanged space. Within each change the
 * deletion comes before the insertion.
 */
function tidy(parts: DiffPart[]): DiffPart[] {
  const folded: DiffPart[] = [];
  parts.forEach((part, index) => {
    const between = part.kind === 'equal' && /^\s+$/.test(part.text) && isChange(previousKind(parts, index)) && isChange(parts[index + 1]?.kind);
    if (between) folded.push({ kind: 'delete', text: part.text }, { kind: 'insert', text: part.text });
    else folded.push(part);
  });
  const result: DiffPart[] = [];
  let deleted = '';
  let inserted = '';
  const flush = () => {
    if (deleted) result.push({ kind: 'delete', text: deleted });
    if (inserted) result.push({ kind: 'insert', text: inserted });
    deleted = '';
    inserted = '';
  };
  for (const part of folded) {
    if (part.kind === 'delete') deleted += part.text;
    else if (part.kind === 'insert') inserted += part.text;
    else {
      flush();
      const last = result[result.length - 1];
      if (last?.kind === 'equal') last.text += part.text;
      else result.push({ ...part });
    }
  }
  flush();
  return result;
}

function previousKind(parts: DiffPart[], index: number): DiffKind | undefined {
  return parts[index - 1]?.kind;
}

function isChange(kind: DiffKind | undefined): boolean {
  return kind === 'insert' || kind === 'delete';
}

/** A change as a replacement of characters [from, to) of the first text. */
export interface TextReplacement {
  from: number;
  to: number;
  deleted: string;
  inserted: string;
}

export function replacementsFrom(parts: DiffPart[]): TextReplacement[] {
  const replacements: TextReplacement[] = [];
  let offset = 0;
  let current: TextReplacement | undefined;
  for (const part of parts) {
    if (part.kind === 'equal') {
      if (current) replacements.push(current);
      current = undefined;
      offset += part.text.length;
      continue;
    }
    current ??= { from: offset, to: offset, deleted: '', inserted: '' };
    if (part.kind === 'delete') {
      current.deleted += part.text;
      current.to += part.text.length;
      offset += part.text.length;
    } else current.inserted += part.text;
  }
  if (current) replacements.push(current);
  return replacements;
}

/**
 * An inline comparison of two versions of a section, word by word, over
 * their text (blocks on separate lines). Formatting is not compared: the
 * question a reviewer asks is which words changed.
 */
export function diffSectionText(a: NodeJSON, b: NodeJSON): DiffPart[] {
  return diffWords(textIndexOfJSON(a).text, textIndexOfJSON(b).text);
}
