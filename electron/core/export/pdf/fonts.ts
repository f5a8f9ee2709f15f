// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- fontkit and linebreak ship no types; the reference brings ours into every program that compiles this file (core, tests, bench).
/// <reference path="./vendorTypes.d.ts" />
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import * as fontkit from 'fontkit';
import type { PDFDocument } from 'pdf-lib';

/** What `PDFDocument.registerFontkit` accepts; pdf-lib does not export the type by name. */
type PdfLibFontkit = Parameters<PDFDocument['registerFontkit']>[0];

/**
 * Noto Sans (SIL Open Font License, which permits embedding) in the four
 * faces a strategy uses. Parsing a font and shaping text are the slow parts
 * of a PDF export, so both are done once per process: the parsed fonts are
 * kept, and every string's advance width is remembered.
 */

export type FontStyle = 'regular' | 'bold' | 'italic' | 'boldItalic';
export const FONT_STYLES: readonly FontStyle[] = ['regular', 'bold', 'italic', 'boldItalic'];

const FONT_FILES: Record<FontStyle, string> = {
  regular: '400Regular/NotoSans_400Regular.ttf',
  bold: '700Bold/NotoSans_700Bold.ttf',
  italic: '400Regular_Italic/NotoSans_400Regular_Italic.ttf',
  boldItalic: '700Bold_Italic/NotoSans_700Bold_Italic.ttf',
};

/** Drawn in place of a character no face can show: visible, so a reader knows something is missing. */
export const MISSING_GLYPH_STAND_IN = '\uFFFD';

/** Beyond this many remembered widths per face the memory is cleared: an export never needs more. */
const WIDTH_CACHE_LIMIT = 200_000;

export interface TextMeasurer {
  /** The advance width in points of `text` set in `style` at `size`. */
  width(text: string, style: FontStyle, size: number): number;
}

export interface FontFace {
  style: FontStyle;
  bytes: Uint8Array;
  font: fontkit.Font;
}

export interface FontSet {
  faces: Record<FontStyle, FontFace>;
  measurer: TextMeasurer;
  /** Ascender and descender as fractions of the font size (descender negative). */
  ascent: number;
  descent: number;
  /** `text` with every character the fonts cannot show replaced by a visible stand-in. */
  coverText(text: string): string;
  /** The object pdf-lib needs to embed these faces; it hands back the already parsed fonts. */
  pdfLibFontkit: PdfLibFontkit;
}

let loaded: FontSet | undefined;

/** The process-wide font set, read from the installed Noto Sans package on first use. */
export function loadFonts(): FontSet {
  loaded ??= createFontSet(readFaces());
  return loaded;
}

function readFaces(): Record<FontStyle, FontFace> {
  const requireHere = createRequire(typeof __filename === 'string' ? __filename : fileURLToPath(import.meta.url));
  const faces = {} as Record<FontStyle, FontFace>;
  for (const style of FONT_STYLES) {
    const file = requireHere.resolve(`@expo-google-fonts/noto-sans/${FONT_FILES[style]}`);
    // fontkit recognises a font by reading its header as a Buffer, so the bytes stay one.
    const bytes = fs.readFileSync(file);
    faces[style] = { style, bytes, font: fontkit.create(bytes) };
  }
  return faces;
}

export function createFontSet(faces: Record<FontStyle, FontFace>): FontSet {
  const widthCaches = new Map<FontStyle, Map<string, number>>(FONT_STYLES.map((style) => [style, new Map()]));
  const regular = faces.regular.font;
  const unitsPerEm = regular.unitsPerEm;

  const measurer: TextMeasurer = {
    width(text, style, size) {
      const cache = widthCaches.get(style) as Map<string, number>;
      let units = cache.get(text);
      if (units === undefined) {
        units = 0;
        // The same shaping pdf-lib applies when it encodes, so ligatures are measured as drawn.
        for (const glyph of faces[style].font.layout(text).glyphs) units += glyph.advanceWidth;
        if (cache.size >= WIDTH_CACHE_LIMIT) cache.clear();
        cache.set(text, units);
      }
      return (units * size) / unitsPerEm;
    },
  };

  const coverage = new Map<number, boolean>();
  const covered = (codePoint: number): boolean => {
    let known = coverage.get(codePoint);
    if (known === undefined) {
      known = FONT_STYLES.every((style) => faces[style].font.hasGlyphForCodePoint(codePoint));
      coverage.set(codePoint, known);
    }
    return known;
  };

  const byBytes = new Map<Uint8Array, fontkit.Font>(FONT_STYLES.map((style) => [faces[style].bytes, faces[style].font]));
  const pdfLibFontkit = {
    create: (bytes: Uint8Array) => byBytes.get(bytes) ?? fontkit.create(bytes),
  } as unknown as PdfLibFontkit; // pdf-lib's declared Font type is a subset of what upstream fontkit returns

  return {
    faces,
    measurer,
    ascent: regular.ascent / unitsPerEm,
    descent: regular.descent / unitsPerEm,
    coverText: (text) => coverText(text, covered),
    pdfLibFontkit,
  };
}

/**
 * Replaces what the fonts lack (emoji, scripts Noto Sans does not cover) by
 * one stand-in per missing character. Joined sequences, variation selectors and skin
 * tones that only modify a missing character are dropped with it, so one
 * emoji becomes one stand-in rather than three. Control characters other than
 * the newline are removed and tabs become spaces.
 */
export function coverText(text: string, covered: (codePoint: number) => boolean): string {
  let out = '';
  let lastWasStandIn = false;
  let joining = false;
  for (const char of text) {
    const codePoint = char.codePointAt(0) as number;
    const joined = joining;
    joining = false;
    if (char === '\n') {
      out += char;
      lastWasStandIn = false;
    } else if (char === '\t') {
      out += ' ';
      lastWasStandIn = false;
    } else if (codePoint < 0x20 || (codePoint >= 0x7f && codePoint < 0xa0)) {
      continue;
    } else if (lastWasStandIn && isEmojiModifier(codePoint)) {
      // Checked before coverage: the font has a zero-width joiner, but it must not split one stand-in into two.
      joining = codePoint === 0x200d;
    } else if (covered(codePoint)) {
      out += char;
      lastWasStandIn = false;
    } else if (joined) {
      // The second half of a joined sequence (family, flag) shares the first one's stand-in.
      continue;
    } else {
      out += MISSING_GLYPH_STAND_IN;
      lastWasStandIn = true;
    }
  }
  return out;
}

function isEmojiModifier(codePoint: number): boolean {
  return (
    codePoint === 0x200d ||
    (codePoint >= 0xfe00 && codePoint <= 0xfe0f) ||
    (codePoint >= 0x1f3fb && codePoint <= 0x1f3ff) ||
    (codePoint >= 0xe0020 && codePoint <= 0xe007f)
  );
}
