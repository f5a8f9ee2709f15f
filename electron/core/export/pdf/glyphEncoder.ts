// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- fontkit ships no types; the reference brings ours into every program that compiles this file (core, tests, bench).
/// <reference path="./vendorTypes.d.ts" />
import type { Font } from 'fontkit';
import { PDFHexString, PDFString, type PDFFont } from 'pdf-lib';
import { SCRIPT_LANGUAGES } from '../scriptLanguage.js';
import { num } from './contentNumber.js';
import { rtlWeight } from './fonts.js';
import type { FontStyle, RtlWeight, DrawnPiece, RtlScript } from './types.js';

/**
 * Text-showing operators for a page's content stream. Each string is shaped
 * once per document and face: pdf-lib's subset font records each glyph as it
 * is encoded, so only the glyphs used are embedded. A run that mixes Noto
 * Sans with a fallback font switches font between the pieces; `Tj` advances
 * by the embedded widths, which are the widths layout measured.
 *
 * Arabic and Hebrew pieces come from pdf-lib's encoder too (fontkit shapes
 * them: joined forms, right to left), but their glyphs are then placed where
 * fontkit's positions say, with `TJ` adjustments and text rise, since Noto
 * Sans Arabic draws some dots as separate marks offset onto their letter.
 * A right-to-left run is drawn from its last piece to its first, each piece
 * as `FontSet.drawnPieces` cuts it (see bidi.ts and rightToLeft.ts), with
 * mirrored brackets carrying the character they stand for as ActualText.
 * Glyphs are then in visual order, as in any PDF, and
 * readers put them back in logical order; but one shaped glyph can stand
 * for several letters (a dotless form shared by ب, ت and ن), which a font's
 * ToUnicode map cannot tell apart, so each letter's glyph sits in a
 * marked-content span whose ActualText is the letter with its marks, and the
 * marks' glyphs follow in a span whose ActualText is empty. (One span per
 * phrase would be simpler, but poppler lays its text out left to right and
 * then reverses it as if it were drawn; per letter, every reader gets the
 * logical text back.)
 */

export const FONT_NAMES: Record<FontStyle, string> = { regular: 'F1', bold: 'F2', italic: 'F3', boldItalic: 'F4' };
export const EMOJI_FONT_NAME = 'F5';
export const RTL_FONT_NAMES: Record<RtlScript, Record<RtlWeight, string>> = { arabic: { regular: 'F6', bold: 'F7' }, hebrew: { regular: 'F8', bold: 'F9' } };

export interface EmbeddedRtlFont {
  script: RtlScript;
  weight: RtlWeight;
  pdf: PDFFont;
  /** The parsed font pdf-lib embeds, for the positions its encoder leaves out. */
  font: Font;
}

export interface EmbeddedFonts {
  text: Record<FontStyle, PDFFont>;
  /** Embedded only when some text needs it. */
  emoji: PDFFont | null;
  /** Only those some text needs. */
  rtl: readonly EmbeddedRtlFont[];
}

/** Glyphs set at one height: `TJ` array elements, hex glyph strings and adjustments in thousandths of an em. */
interface Segment {
  /** Raise above the baseline, in ems. */
  rise: number;
  elements: string[];
}

/** The glyphs of one letter with its marks, or of a whole piece. */
interface Cluster {
  /** The operator opening a span whose ActualText is the characters the glyphs stand for, when the font's ToUnicode map may not say. */
  span?: string;
  segments: Segment[];
}

interface Encoded {
  font: string;
  clusters: Cluster[];
  /** The language of a piece in another script than the document's, for a span screen readers switch voice on. */
  lang?: string;
}

/**
 * Operators that show `parts` set in `style` at `size`, between a text
 * object's BT and ET; the parts are in logical order, and drawn right to
 * left when `rtl`.
 */
export type ShowText = (style: FontStyle, parts: readonly string[], size: string, rtl: boolean) => string;

/** `drawnPieces` cuts text of one direction into what is drawn, left to right (see `FontSet.drawnPieces`). */
export function glyphEncoder(fonts: EmbeddedFonts, drawnPieces: (text: string, rtl: boolean) => DrawnPiece[]): ShowText {
  // One memory per style and direction, looked up without building a key: this runs for every part of every line.
  const caches = new Map<FontStyle, { ltr: Map<string, Encoded[]>; rtl: Map<string, Encoded[]> }>();
  const encodePiece = (style: FontStyle, piece: DrawnPiece): Encoded => {
    if (piece.face === 'text') return flat(FONT_NAMES[style], fonts.text[style], piece);
    if (piece.face === 'emoji') {
      if (fonts.emoji === null) throw new Error('Text needs the emoji font, but it was not embedded.');
      return flat(EMOJI_FONT_NAME, fonts.emoji, piece);
    }
    const script = piece.face;
    const weight = rtlWeight(style);
    const rtl = fonts.rtl.find((candidate) => candidate.script === script && candidate.weight === weight);
    if (rtl === undefined) throw new Error(`Text needs the ${script} font, but it was not embedded.`);
    return { ...positioned(RTL_FONT_NAMES[script][weight], rtl, piece.text), lang: SCRIPT_LANGUAGES[script] };
  };
  const encode = (style: FontStyle, text: string, rtl: boolean): Encoded[] => {
    let byDirection = caches.get(style);
    if (byDirection === undefined) {
      byDirection = { ltr: new Map(), rtl: new Map() };
      caches.set(style, byDirection);
    }
    const cache = rtl ? byDirection.rtl : byDirection.ltr;
    let encoded = cache.get(text);
    if (encoded === undefined) {
      encoded = drawnPieces(text, rtl).map((piece) => encodePiece(style, piece));
      cache.set(text, encoded);
    }
    return encoded;
  };

  return (style, parts, size, rtl) => {
    const out: string[] = [];
    let font = '';
    let rise = 0;
    const operators: TextOperators = { out, elements: [], glyphs: [] };
    // A plain loop, not flatMap over the parts: this runs for every line, and V8's flatMap is slow.
    for (let index = 0; index < parts.length; index += 1) {
      const part = parts[rtl ? parts.length - 1 - index : index] as string;
      for (const piece of encode(style, part, rtl)) {
        if (piece.lang !== undefined) {
          showElements(operators);
          out.push(`/Span <</Lang ${PDFString.of(piece.lang).toString()}>> BDC`);
        }
        for (const cluster of piece.clusters) {
          if (cluster.span !== undefined) {
            showElements(operators);
            out.push(cluster.span);
          }
          for (const segment of cluster.segments) {
            if (piece.font !== font || segment.rise !== rise) showElements(operators);
            if (piece.font !== font) out.push(`/${piece.font} ${size} Tf`);
            if (segment.rise !== rise) out.push(`${num(segment.rise * Number(size))} Ts`);
            font = piece.font;
            rise = segment.rise;
            for (const element of segment.elements) appendElement(operators, element);
          }
          if (cluster.span !== undefined) {
            showElements(operators);
            out.push('EMC');
          }
        }
        if (piece.lang !== undefined) {
          showElements(operators);
          out.push('EMC');
        }
      }
    }
    showElements(operators);
    // Text rise outlives the text object: leave it as every other line expects it.
    if (rise !== 0) out.push('0 Ts');
    return out.join(' ');
  };
}

/** A piece drawn glyph after glyph at the font's own advances. */
function flat(font: string, pdfFont: PDFFont, piece: DrawnPiece): Encoded {
  if (piece.drawnAs !== undefined) {
    // Shaped part by part so the font cannot merge them again; the span gives back the characters they stand for.
    const hex = piece.drawnAs.map((part) => hexOf(pdfFont, part).slice(1, -1)).join('');
    return { font, clusters: [{ span: actualTextSpan(piece.text), segments: [{ rise: 0, elements: [`<${hex}>`] }] }] };
  }
  const cluster: Cluster = { segments: [{ rise: 0, elements: [hexOf(pdfFont, piece.text)] }] };
  if (piece.actualText !== undefined) cluster.span = actualTextSpan(piece.actualText);
  return { font, clusters: [cluster] };
}

/** A shaped glyph and where fontkit puts it, in font units from the start of its piece. */
interface PlacedGlyph {
  hex: string;
  x: number;
  rise: number;
  /** The advance the embedded font gives it: where `TJ` leaves the pen. */
  advance: number;
}

interface GlyphCluster {
  base: PlacedGlyph;
  marks: PlacedGlyph[];
}

/**
 * A shaped right-to-left piece with every glyph where fontkit places it.
 * The glyph ids come from pdf-lib's encoder, which lays out the same text
 * with the same parsed font, so its glyphs match fontkit's one for one;
 * `TJ` adjustments and text rise move each to its place. A letter's glyph is
 * drawn before its marks, so a reader finds the letter where it starts and
 * ends, and does not break the word there.
 * When the glyphs cannot be matched letter by letter (a ligature), the
 * whole piece carries its text as one ActualText.
 */
function positioned(font: string, rtl: EmbeddedRtlFont, text: string): Encoded {
  const run = rtl.font.layout(text);
  const hex = hexOf(rtl.pdf, text).slice(1, -1);
  if (hex.length !== run.glyphs.length * 4) throw new Error('pdf-lib and fontkit shaped a right-to-left piece differently.');
  const placed: PlacedGlyph[] = [];
  const spacing: boolean[] = [];
  let pen = 0;
  run.glyphs.forEach((glyph, index) => {
    const position = run.positions[index] as NonNullable<(typeof run.positions)[number]>;
    placed.push({ hex: `<${hex.slice(index * 4, index * 4 + 4)}>`, x: pen + position.xOffset, rise: position.yOffset, advance: glyph.advanceWidth });
    spacing.push(position.xAdvance > 0);
    pen += position.xAdvance;
  });
  const glyphClusters = visualClusters(placed, spacing);
  const letters = letterClusters(text);
  const clusters: { actualText: string; glyphs: PlacedGlyph[] }[] =
    glyphClusters.length === letters.length
      ? glyphClusters.flatMap((cluster, index) => [
          { actualText: letters[letters.length - 1 - index] as string, glyphs: [cluster.base] },
          { actualText: '', glyphs: cluster.marks },
        ])
      : [{ actualText: text, glyphs: placed }];
  const perEm = 1000 / rtl.font.unitsPerEm;
  let cursor = 0;
  const encoded = clusters.filter(({ glyphs }) => glyphs.length > 0).map(({ actualText, glyphs }): Cluster => {
    const segments: Segment[] = [];
    for (const glyph of glyphs) {
      const rise = glyph.rise / rtl.font.unitsPerEm;
      let segment = segments[segments.length - 1];
      if (segment === undefined || segment.rise !== rise) {
        segment = { rise, elements: [] };
        segments.push(segment);
      }
      if (glyph.x !== cursor) segment.elements.push(num((cursor - glyph.x) * perEm));
      segment.elements.push(glyph.hex);
      cursor = glyph.x + glyph.advance;
    }
    return { span: actualTextSpan(actualText), segments };
  });
  const last = encoded[encoded.length - 1]?.segments.at(-1);
  if (last !== undefined && cursor !== pen) last.elements.push(num((cursor - pen) * perEm));
  return { font, clusters: encoded };
}

/**
 * Glyphs in visual order grouped by letter: fontkit returns them right to
 * left, so a letter's marks (its own vowel signs, and dots the font draws
 * apart) come just before its spacing glyph.
 */
function visualClusters(glyphs: readonly PlacedGlyph[], spacing: readonly boolean[]): GlyphCluster[] {
  const clusters: GlyphCluster[] = [];
  let marks: PlacedGlyph[] = [];
  glyphs.forEach((glyph, index) => {
    if (spacing[index]) {
      clusters.push({ base: glyph, marks });
      marks = [];
    } else {
      marks.push(glyph);
    }
  });
  clusters[clusters.length - 1]?.marks.push(...marks);
  return clusters;
}

const MARK_OR_FORMAT = /^[\p{M}\p{Cf}]$/u;

/** The text's letters in logical order, each with the marks and joiners that follow it. */
function letterClusters(text: string): string[] {
  const letters: string[] = [];
  for (const char of text) {
    if (MARK_OR_FORMAT.test(char) && letters.length > 0) letters[letters.length - 1] += char;
    else letters.push(char);
  }
  return letters;
}

/** Operators written so far, and the `TJ` elements and glyph digits waiting to be shown. */
interface TextOperators {
  out: string[];
  elements: string[];
  /** Digits of adjacent glyph strings, joined once into one string when something else comes. */
  glyphs: string[];
}

/** Adjacent glyph strings become one, so plain text stays a single `Tj` string. */
function appendElement(operators: TextOperators, element: string): void {
  if (element.startsWith('<')) {
    operators.glyphs.push(element.slice(1, -1));
  } else {
    endGlyphs(operators);
    operators.elements.push(element);
  }
}

function endGlyphs(operators: TextOperators): void {
  if (operators.glyphs.length === 0) return;
  operators.elements.push(`<${operators.glyphs.join('')}>`);
  operators.glyphs = [];
}

/** Shows the elements waiting, with `Tj` when they are one glyph string. */
function showElements(operators: TextOperators): void {
  endGlyphs(operators);
  const { elements } = operators;
  if (elements.length === 0) return;
  operators.out.push(elements.length === 1 && elements[0]?.startsWith('<') ? `${elements[0]} Tj` : `[${elements.join(' ')}] TJ`);
  operators.elements = [];
}

/** Made once per encoded piece, not each time the piece is drawn: the encoding is remembered per document. */
function actualTextSpan(text: string): string {
  return `/Span <</ActualText ${PDFHexString.fromText(text).toString()}>> BDC`;
}

function hexOf(font: PDFFont, text: string): string {
  return font.encodeText(text).toString();
}
