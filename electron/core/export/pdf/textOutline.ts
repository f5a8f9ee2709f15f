// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- fontkit and linebreak ship no types; the reference brings ours into every program that compiles this file (core, tests, bench).
/// <reference path="./vendorTypes.d.ts" />
import type { Font } from 'fontkit';

/**
 * A word drawn as glyph outlines rather than text. The DRAFT watermark is
 * drawn this way so that it is not text at all: copying, searching and
 * text extraction see only the strategy, never "DR AF T" scattered through it.
 */

export interface TextOutline {
  /** PDF path operators, in points, with the baseline's start at the origin; fill with `f`. */
  path: string;
  width: number;
}

const outlines = new Map<string, TextOutline>();

export function textOutline(font: Font, text: string, size: number): TextOutline {
  const key = `${font.postscriptName}\u0000${size}\u0000${text}`;
  let outline = outlines.get(key);
  if (outline === undefined) {
    outline = buildOutline(font, text, size);
    outlines.set(key, outline);
  }
  return outline;
}

function buildOutline(font: Font, text: string, size: number): TextOutline {
  const scale = size / font.unitsPerEm;
  const operators: string[] = [];
  let advance = 0;
  const point = (x: number, y: number): string => `${round((advance + x) * scale)} ${round(y * scale)}`;
  for (const glyph of font.layout(text).glyphs) {
    let current: [number, number] = [0, 0];
    for (const { command, args } of glyph.path.commands) {
      const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0] = args;
      switch (command) {
        case 'moveTo':
          operators.push(`${point(a, b)} m`);
          current = [a, b];
          break;
        case 'lineTo':
          operators.push(`${point(a, b)} l`);
          current = [a, b];
          break;
        case 'quadraticCurveTo': {
          // PDF has only cubic curves: the quadratic's control point, two thirds of the way from each end.
          const [x0, y0] = current;
          operators.push(`${point(x0 + (2 / 3) * (a - x0), y0 + (2 / 3) * (b - y0))} ${point(c + (2 / 3) * (a - c), d + (2 / 3) * (b - d))} ${point(c, d)} c`);
          current = [c, d];
          break;
        }
        case 'bezierCurveTo':
          operators.push(`${point(a, b)} ${point(c, d)} ${point(e, f)} c`);
          current = [e, f];
          break;
        case 'closePath':
          operators.push('h');
          break;
      }
    }
    advance += glyph.advanceWidth;
  }
  return { path: operators.join(' '), width: advance * scale };
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
