// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- fontkit and linebreak ship no types; the reference brings ours into every program that compiles this file (core, tests, bench).
/// <reference path="./vendorTypes.d.ts" />
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import * as fontkit from 'fontkit';
import type { PDFDocument } from 'pdf-lib';
import { faceChooser, type FacePiece } from './fontFallback.js';

/** What `PDFDocument.registerFontkit` accepts; pdf-lib does not export the type by name. */
type PdfLibFontkit = Parameters<PDFDocument['registerFontkit']>[0];

/**
 * Noto Sans (SIL Open Font License, which permits embedding) in the four
 * faces a strategy uses, and the monochrome Noto Emoji (same licence) for
 * what Noto Sans lacks. Parsing a font and shaping text are the slow parts
 * of a PDF export, so both are done once per process: the parsed fonts are
 * kept, and every string's advance width is remembered. The emoji font is
 * read only when some text needs it.
 */

export type FontStyle = 'regular' | 'bold' | 'italic' | 'boldItalic';
export const FONT_STYLES: readonly FontStyle[] = ['regular', 'bold', 'italic', 'boldItalic'];

const FONT_FILES: Record<FontStyle, string> = {
  regular: '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf',
  bold: '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf',
  italic: '@expo-google-fonts/noto-sans/400Regular_Italic/NotoSans_400Regular_Italic.ttf',
  boldItalic: '@expo-google-fonts/noto-sans/700Bold_Italic/NotoSans_700Bold_Italic.ttf',
};
/** One weight for emoji in every style: emoji have no italic, and one font keeps the file small. */
const EMOJI_FONT_FILE = '@expo-google-fonts/noto-emoji/400Regular/NotoEmoji_400Regular.ttf';

/** Beyond this many remembered widths per face the memory is cleared: an export never needs more. */
const WIDTH_CACHE_LIMIT = 200_000;

export interface TextMeasurer {
  /** The advance width in points of `text` set in `style` at `size`. */
  width(text: string, style: FontStyle, size: number): number;
}

export interface ParsedFont {
  bytes: Uint8Array;
  font: fontkit.Font;
}

export interface FontFace extends ParsedFont {
  style: FontStyle;
}

export interface FontSet {
  faces: Record<FontStyle, FontFace>;
  /** The emoji font, parsed on first use. */
  emoji(): ParsedFont;
  measurer: TextMeasurer;
  /** Ascender and descender of Noto Sans as fractions of the font size (descender negative). */
  ascent: number;
  descent: number;
  /** `text` with every character the fonts cannot show replaced by a visible stand-in. */
  coverText(text: string): string;
  /** Covered text cut into pieces drawn by Noto Sans (`text`) and by the emoji font. */
  splitByFace(text: string): FacePiece[];
  /** The object pdf-lib needs to embed these fonts; it hands back the already parsed fonts. */
  pdfLibFontkit: PdfLibFontkit;
}

let loaded: FontSet | undefined;

/** The process-wide font set, read from the installed Noto packages on first use. */
export function loadFonts(): FontSet {
  loaded ??= createFontSet(readFaces(), () => readFont(EMOJI_FONT_FILE));
  return loaded;
}

function readFont(module: string): ParsedFont {
  const requireHere = createRequire(typeof __filename === 'string' ? __filename : fileURLToPath(import.meta.url));
  // fontkit recognises a font by reading its header as a Buffer, so the bytes stay one.
  const bytes = fs.readFileSync(requireHere.resolve(module));
  return { bytes, font: fontkit.create(bytes) };
}

function readFaces(): Record<FontStyle, FontFace> {
  const faces = {} as Record<FontStyle, FontFace>;
  for (const style of FONT_STYLES) faces[style] = { style, ...readFont(FONT_FILES[style]) };
  return faces;
}

export function createFontSet(faces: Record<FontStyle, FontFace>, readEmoji: () => ParsedFont): FontSet {
  const widthCaches = new Map<FontStyle, Map<string, number>>(FONT_STYLES.map((style) => [style, new Map()]));
  const regular = faces.regular.font;
  const byBytes = new Map<Uint8Array, fontkit.Font>(FONT_STYLES.map((style) => [faces[style].bytes, faces[style].font]));

  let emojiFont: ParsedFont | undefined;
  const emoji = (): ParsedFont => {
    if (emojiFont === undefined) {
      emojiFont = readEmoji();
      byBytes.set(emojiFont.bytes, emojiFont.font);
    }
    return emojiFont;
  };

  const coverage = new Map<number, boolean>();
  const chooser = faceChooser({
    text(codePoint) {
      let known = coverage.get(codePoint);
      if (known === undefined) {
        known = FONT_STYLES.every((style) => faces[style].font.hasGlyphForCodePoint(codePoint));
        coverage.set(codePoint, known);
      }
      return known;
    },
    emojiGlyphs: (text) => emoji().font.layout(text).glyphs.map((glyph) => glyph.id),
  });

  /** Advance of a piece in ems: the same shaping pdf-lib applies when it encodes, so ligatures are measured as drawn. */
  const advance = (font: fontkit.Font, text: string): number => {
    let units = 0;
    for (const glyph of font.layout(text).glyphs) units += glyph.advanceWidth;
    return units / font.unitsPerEm;
  };

  const measurer: TextMeasurer = {
    width(text, style, size) {
      const cache = widthCaches.get(style) as Map<string, number>;
      let ems = cache.get(text);
      if (ems === undefined) {
        ems = 0;
        for (const piece of chooser.split(text)) ems += advance(piece.face === 'emoji' ? emoji().font : faces[style].font, piece.text);
        if (cache.size >= WIDTH_CACHE_LIMIT) cache.clear();
        cache.set(text, ems);
      }
      return ems * size;
    },
  };

  const pdfLibFontkit = {
    create: (bytes: Uint8Array) => byBytes.get(bytes) ?? fontkit.create(bytes),
  } as unknown as PdfLibFontkit; // pdf-lib's declared Font type is a subset of what upstream fontkit returns

  return {
    faces,
    emoji,
    measurer,
    ascent: regular.ascent / regular.unitsPerEm,
    descent: regular.descent / regular.unitsPerEm,
    coverText: chooser.cover,
    splitByFace: chooser.split,
    pdfLibFontkit,
  };
}
