// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- fontkit and linebreak ship no types; the reference brings ours into every program that compiles this file (core, tests, bench).
/// <reference path="./vendorTypes.d.ts" />
import LineBreaker from 'linebreak';
import { directedParagraph, type DirectedRun } from './bidi.js';
import type { FontStyle, TextMeasurer, InlineLink, TextRun } from './types.js';
import { graphemeSegments } from './graphemes.js';

/**
 * Greedy line breaking at the Unicode line-break opportunities (UAX #14)
 * that `linebreak` finds, on a paragraph's text in logical order. A word
 * wider than the line (a long URL, a pasted hash) is broken between
 * characters rather than left to run off the page. Every part keeps its
 * bidirectional level and is measured in the direction it is drawn.
 */

export interface LinePart {
  text: string;
  style: FontStyle;
  link?: InlineLink;
  /** Bidirectional embedding level: odd parts are drawn, and so measured, right to left. */
  level: number;
  width: number;
}

export interface Line {
  /** The last part keeps the spaces that end the line, but its width leaves them out. */
  parts: LinePart[];
  width: number;
}

interface Segment {
  parts: LinePart[];
  width: number;
  /** Width without the spaces that end it: what counts when the segment ends a line. */
  trimmedWidth: number;
  /** A newline follows: the line must end here. */
  forcedBreak: boolean;
}

/** Breaks a paragraph whose runs are already cut by level (see `directedParagraph`). */
export function breakLines(runs: readonly DirectedRun[], maxWidth: number, size: number, measurer: TextMeasurer): Line[] {
  const segments = segmentRuns(runs, size, measurer);
  const lines: Line[] = [];
  let current: LinePart[] = [];
  let currentWidth = 0;

  const finish = (): void => {
    lines.push(closeLine(current, size, measurer));
    current = [];
    currentWidth = 0;
  };

  for (const segment of segments) {
    if (segment.parts.length > 0) {
      if (current.length > 0 && currentWidth + segment.trimmedWidth > maxWidth) finish();
      if (segment.trimmedWidth > maxWidth) {
        const pieces = breakWithinWord(segment.parts, maxWidth, size, measurer);
        pieces.slice(0, -1).forEach((piece) => {
          current = piece;
          finish();
        });
        current = pieces[pieces.length - 1] ?? [];
        currentWidth = current.reduce((sum, part) => sum + part.width, 0);
      } else {
        current.push(...segment.parts);
        currentWidth += segment.width;
      }
    }
    if (segment.forcedBreak) finish();
  }
  if (current.length > 0) finish();
  return lines;
}

/** The widest unbreakable segment and the width of the whole text on one line: the bounds a table column needs. */
export function measureRuns(runs: readonly TextRun[], size: number, measurer: TextMeasurer): { minWidth: number; maxWidth: number } {
  let minWidth = 0;
  let maxWidth = 0;
  let lineWidth = 0;
  for (const segment of segmentRuns(directedParagraph(runs).runs, size, measurer)) {
    minWidth = Math.max(minWidth, segment.trimmedWidth);
    maxWidth = Math.max(maxWidth, lineWidth + segment.trimmedWidth);
    lineWidth += segment.width;
    if (segment.forcedBreak) lineWidth = 0;
  }
  return { minWidth, maxWidth };
}

const LINE_BREAKS = /[\n\r\u2028\u2029]/;
const LINE_BREAKS_EVERYWHERE = /[\n\r\u2028\u2029]/g;
const LINE_BREAK_AT_END = /[\n\r\u2028\u2029]$/;

function segmentRuns(runs: readonly DirectedRun[], size: number, measurer: TextMeasurer): Segment[] {
  const text = runs.map((run) => run.text).join('');
  if (text === '') return [];
  const breaker = new LineBreaker(text);
  // Looked for once per paragraph, not in every word: most paragraphs have no line break to take out.
  const hasLineBreaks = LINE_BREAKS.test(text);
  const segments: Segment[] = [];
  let runIndex = 0;
  let runStart = 0;
  let start = 0;
  for (let next = breaker.nextBreak(); next !== null; next = breaker.nextBreak()) {
    const end = next.position;
    if (end <= start) continue;
    const parts: LinePart[] = [];
    let position = start;
    while (position < end) {
      let run = runs[runIndex] as DirectedRun;
      while (runStart + run.text.length <= position) {
        runStart += run.text.length;
        runIndex += 1;
        run = runs[runIndex] as DirectedRun;
      }
      const pieceEnd = Math.min(end, runStart + run.text.length);
      const sliced = text.slice(position, pieceEnd);
      const pieceText = hasLineBreaks ? sliced.replace(LINE_BREAKS_EVERYWHERE, '') : sliced;
      if (pieceText !== '') parts.push(part(pieceText, run, size, measurer));
      position = pieceEnd;
    }
    const forcedBreak = next.required && hasLineBreaks && LINE_BREAK_AT_END.test(text.slice(start, end));
    const width = parts.reduce((sum, piece) => sum + piece.width, 0);
    const last = parts[parts.length - 1];
    let trimmedWidth = width;
    if (last !== undefined && /\s$/.test(last.text)) {
      trimmedWidth = width - last.width + measurer.width(last.text.trimEnd(), last.style, size, isRtl(last.level));
    }
    segments.push({ parts, width, trimmedWidth, forcedBreak });
    start = end;
  }
  return segments;
}

function part(text: string, run: DirectedRun, size: number, measurer: TextMeasurer): LinePart {
  const piece: LinePart = { text, style: run.style, level: run.level, width: measurer.width(text, run.style, size, isRtl(run.level)) };
  if (run.link) piece.link = run.link;
  return piece;
}

/**
 * Ends a line: the spaces after its last word stay in the text, so copied
 * text and screen readers keep the words apart, but no longer count towards
 * its width.
 */
function closeLine(parts: LinePart[], size: number, measurer: TextMeasurer): Line {
  const last = parts[parts.length - 1];
  if (last !== undefined && /\s$/.test(last.text)) {
    parts[parts.length - 1] = { ...last, width: measurer.width(last.text.trimEnd(), last.style, size, isRtl(last.level)) };
  }
  return { parts, width: parts.reduce((sum, piece) => sum + piece.width, 0) };
}

/**
 * Splits an over-long word into pieces that each fit, between grapheme
 * clusters. Each cluster is measured alone, so the cost stays linear in the
 * word's length; at least one cluster goes on every line, so it always ends.
 */
function breakWithinWord(parts: readonly LinePart[], maxWidth: number, size: number, measurer: TextMeasurer): LinePart[][] {
  const pieces: LinePart[][] = [];
  let line: LinePart[] = [];
  let lineWidth = 0;
  for (const source of parts) {
    let text = '';
    let textWidth = 0;
    for (const { segment } of graphemeSegments(source.text)) {
      const width = measurer.width(segment, source.style, size, isRtl(source.level));
      if (lineWidth + textWidth + width > maxWidth && lineWidth + textWidth > 0) {
        if (text !== '') line.push({ ...source, text, width: textWidth });
        pieces.push(line);
        line = [];
        lineWidth = 0;
        text = '';
        textWidth = 0;
      }
      text += segment;
      textWidth += width;
    }
    if (text !== '') {
      line.push({ ...source, text, width: textWidth });
      lineWidth += textWidth;
    }
  }
  if (line.length > 0) pieces.push(line);
  return pieces;
}

function isRtl(level: number): boolean {
  return level % 2 === 1;
}
