// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- fontkit and linebreak ship no types; the reference brings ours into every program that compiles this file (core, tests, bench).
/// <reference path="./vendorTypes.d.ts" />
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import * as fontkit from 'fontkit';
import type { PDFDocument } from 'pdf-lib';
import { faceChooser } from './fontFallback.js';
import type { DrawnPiece, FacePiece, FontStyle, RtlScript, RtlWeight, TextMeasurer } from './types.js';
import { mirroredCharacter } from './bidi.js';
import { clusterScript, drawnPieces } from './rightToLeft.js';
import { plainText, type PlainText } from './plainAdvance.js';
import type { HouseFont } from '../../../../shared/model/houseStyle.js';

/** What `PDFDocument.registerFontkit` accepts; pdf-lib does not export the type by name. */
type PdfLibFontkit = Parameters<PDFDocument['registerFontkit']>[0];

/**
 * The house font's open, metric-compatible twin in the four faces a
 * strategy uses: Arimo for Arial, Carlito for Calibri, Tinos for Times New
 * Roman (all under the SIL Open Font License, which permits embedding).
 * Each glyph is as wide as in the font Word uses, so the PDF breaks lines,
 * and so pages, where Word does. The monochrome Noto Emoji (same licence)
 * draws what the house font lacks. Parsing a font and shaping text are the
 * slow parts of a PDF export, so both are done once per process: the parsed
 * fonts are kept, and every string's advance width is remembered. Noto Sans
 * Arabic and Noto Sans Hebrew (same licence) draw names in those scripts;
 * they have no italic, so italic text uses the upright weight, as Arabic
 * and Hebrew typesetting does. The emoji and right-to-left fonts are read
 * only when some text needs them.
 */

export const FONT_STYLES: readonly FontStyle[] = ['regular', 'bold', 'italic', 'boldItalic'];

function facesOf(family: string, name: string): Record<FontStyle, string> {
  const file = (folder: string) => `@expo-google-fonts/${family}/${folder}/${name}_${folder}.ttf`;
  return { regular: file('400Regular'), bold: file('700Bold'), italic: file('400Regular_Italic'), boldItalic: file('700Bold_Italic') };
}

const FONT_FILES: Record<HouseFont, Record<FontStyle, string>> = {
  Arial: facesOf('arimo', 'Arimo'),
  Calibri: facesOf('carlito', 'Carlito'),
  'Times New Roman': facesOf('tinos', 'Tinos'),
};
/** One weight for emoji in every style: emoji have no italic, and one font keeps the file small. */
const EMOJI_FONT_FILE = '@expo-google-fonts/noto-emoji/400Regular/NotoEmoji_400Regular.ttf';

export const RTL_WEIGHTS: readonly RtlWeight[] = ['regular', 'bold'];

const RTL_FONT_FILES: Record<RtlScript, Record<RtlWeight, string>> = {
  arabic: {
    regular: '@expo-google-fonts/noto-sans-arabic/400Regular/NotoSansArabic_400Regular.ttf',
    bold: '@expo-google-fonts/noto-sans-arabic/700Bold/NotoSansArabic_700Bold.ttf',
  },
  hebrew: {
    regular: '@expo-google-fonts/noto-sans-hebrew/400Regular/NotoSansHebrew_400Regular.ttf',
    bold: '@expo-google-fonts/noto-sans-hebrew/700Bold/NotoSansHebrew_700Bold.ttf',
  },
};

/** Every font file the exporter may open: what the packaged app must carry (electron-builder.yml). */
export const EXPORT_FONT_FILES: readonly string[] = [...Object.values(FONT_FILES).flatMap((faces) => Object.values(faces)), EMOJI_FONT_FILE, ...Object.values(RTL_FONT_FILES).flatMap((weights) => Object.values(weights))];

export function rtlWeight(style: FontStyle): RtlWeight {
  return style === 'bold' || style === 'boldItalic' ? 'bold' : 'regular';
}

/** Beyond this many remembered widths per face the memory is cleared: an export never needs more. */
const WIDTH_CACHE_LIMIT = 200_000;

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
  /** A right-to-left font, parsed on first use. */
  rtl(script: RtlScript, weight: RtlWeight): ParsedFont;
  measurer: TextMeasurer;
  /** Ascender and descender of the house font as fractions of the font size (descender negative). */
  ascent: number;
  descent: number;
  /** `text` with every character the fonts cannot show replaced by a visible stand-in. */
  coverText(text: string): string;
  /** Covered text cut into pieces drawn by the house font (`text`), the emoji font and the right-to-left fonts. */
  splitByFace(text: string): FacePiece[];
  /** Covered text of one direction as it is drawn, left to right: what is measured is what is drawn. */
  drawnPieces(text: string, rtl: boolean): DrawnPiece[];
  /** The object pdf-lib needs to embed these fonts; it hands back the already parsed fonts, as `drawingFont` gives them. */
  pdfLibFontkit: PdfLibFontkit;
  /** A parsed font whose layout gives text shaping cannot change its characters' own glyphs without shaping it, and no positions then: for drawing glyph by glyph. */
  drawingFont(font: fontkit.Font): fontkit.Font;
}

const loaded = new Map<HouseFont, FontSet>();

/** The process-wide font set for a house font, read from the installed font packages on first use. */
export function loadFonts(houseFont: HouseFont): FontSet {
  let fonts = loaded.get(houseFont);
  if (fonts === undefined) {
    fonts = createFontSet(readFaces(FONT_FILES[houseFont]), { emoji: () => readFont(EMOJI_FONT_FILE), rtl: (script, weight) => readFont(RTL_FONT_FILES[script][weight]) });
    loaded.set(houseFont, fonts);
  }
  return fonts;
}

function readFont(module: string): ParsedFont {
  const requireHere = createRequire(typeof __filename === 'string' ? __filename : fileURLToPath(import.meta.url));
  // fontkit recognises a font by reading its header as a Buffer, so the bytes stay one.
  const bytes = fs.readFileSync(requireHere.resolve(module));
  return { bytes, font: fontkit.create(bytes) };
}

function readFaces(files: Record<FontStyle, string>): Record<FontStyle, FontFace> {
  const faces = {} as Record<FontStyle, FontFace>;
  for (const style of FONT_STYLES) faces[style] = { style, ...readFont(files[style]) };
  return faces;
}

/** Where the fallback fonts come from; each is read at most once, when first needed. */
export interface FallbackFontReaders {
  emoji(): ParsedFont;
  rtl(script: RtlScript, weight: RtlWeight): ParsedFont;
}

/**
 * Advance of right-to-left glyphs in font units: the positions fontkit's
 * shaping gives, which the glyph encoder reproduces (kerning, and marks such
 * as the dots Noto Sans Arabic places separately).
 */
export function shapedAdvance(font: fontkit.Font, text: string): number {
  let units = 0;
  for (const position of font.layout(text).positions) units += position.xAdvance;
  return units;
}

export function createFontSet(faces: Record<FontStyle, FontFace>, readers: FallbackFontReaders): FontSet {
  const widthCaches = new Map<FontStyle, Map<string, number>>(FONT_STYLES.map((style) => [style, new Map()]));
  const regular = faces.regular.font;
  const byBytes = new Map<Uint8Array, fontkit.Font>(FONT_STYLES.map((style) => [faces[style].bytes, faces[style].font]));

  let emojiFont: ParsedFont | undefined;
  const emoji = (): ParsedFont => {
    if (emojiFont === undefined) {
      emojiFont = readers.emoji();
      byBytes.set(emojiFont.bytes, emojiFont.font);
    }
    return emojiFont;
  };
  const rtlFonts = new Map<string, ParsedFont>();
  const rtl = (script: RtlScript, weight: RtlWeight): ParsedFont => {
    const key = `${script}-${weight}`;
    let font = rtlFonts.get(key);
    if (font === undefined) {
      font = readers.rtl(script, weight);
      byBytes.set(font.bytes, font.font);
      rtlFonts.set(key, font);
    }
    return font;
  };

  const coverage = new Map<number, boolean>();
  const rtlCoverage = new Map<string, boolean>();
  const chooser = faceChooser({
    text(codePoint) {
      let known = coverage.get(codePoint);
      if (known === undefined) {
        // Arabic and Hebrew always go to their own fonts, which order and shape them, even where the house font has the letters (Arimo has Hebrew).
        known = clusterScript(String.fromCodePoint(codePoint)) === null && FONT_STYLES.every((style) => faces[style].font.hasGlyphForCodePoint(codePoint));
        coverage.set(codePoint, known);
      }
      return known;
    },
    rtl(script, codePoint) {
      const key = `${script}${codePoint}`;
      let known = rtlCoverage.get(key);
      if (known === undefined) {
        known = RTL_WEIGHTS.every((weight) => rtl(script, weight).font.hasGlyphForCodePoint(codePoint));
        rtlCoverage.set(key, known);
      }
      return known;
    },
    emojiGlyphs: (text) => emoji().font.layout(text).glyphs.map((glyph) => glyph.id),
  });

  const mirror = (cluster: string): string => {
    const mirrored = mirroredCharacter(cluster);
    return mirrored !== cluster && Array.from(mirrored).every((char) => chooser.split(char)[0]?.face === 'text') ? mirrored : cluster;
  };
  const drawn = (text: string, rtl: boolean): DrawnPiece[] => drawnPieces(chooser.split(text), rtl, mirror);

  const plainTexts = new Map<fontkit.Font, PlainText>();
  const plainOf = (font: fontkit.Font): PlainText => {
    let plain = plainTexts.get(font);
    if (plain === undefined) {
      plain = plainText(font);
      plainTexts.set(font, plain);
    }
    return plain;
  };
  /** Advance of a piece in ems: the same shaping pdf-lib applies when it encodes, so ligatures are measured as drawn (text shaping cannot change is only added up). */
  const advance = (font: fontkit.Font, text: string): number => {
    const plain = plainOf(font);
    let units = plain.advance(text);
    if (units === undefined) {
      units = 0;
      for (const glyph of font.layout(text).glyphs) units += glyph.advanceWidth;
    }
    return units / font.unitsPerEm;
  };

  const measurer: TextMeasurer = {
    width(text, style, size, rightToLeft = false) {
      const cache = widthCaches.get(style) as Map<string, number>;
      const key = rightToLeft ? `\u0001${text}` : text;
      let ems = cache.get(key);
      if (ems === undefined) {
        ems = 0;
        for (const piece of drawn(text, rightToLeft)) {
          if (piece.face === 'text') ems += advance(faces[style].font, piece.text);
          else if (piece.face === 'emoji') for (const part of piece.drawnAs ?? [piece.text]) ems += advance(emoji().font, part);
          else {
            const font = rtl(piece.face, rtlWeight(style)).font;
            ems += shapedAdvance(font, piece.text) / font.unitsPerEm;
          }
        }
        if (cache.size >= WIDTH_CACHE_LIMIT) cache.clear();
        cache.set(key, ems);
      }
      return ems * size;
    },
  };

  /**
   * What pdf-lib embeds and encodes with, and the watermark is outlined
   * with: the parsed font, whose layout gives text shaping cannot change its
   * characters' own glyphs without shaping it (the same glyphs, so the same
   * file). Both read only the glyphs of a layout, never its positions.
   */
  const forPdfLib = new Map<fontkit.Font, fontkit.Font>();
  const drawingFont = (font: fontkit.Font): fontkit.Font => {
    let view = forPdfLib.get(font);
    if (view === undefined) {
      const plain = plainOf(font);
      const shaped = font.layout.bind(font);
      view = Object.create(font, {
        layout: {
          value: (text: string, features?: unknown): fontkit.GlyphRun => {
            const glyphs = features === undefined ? plain.glyphs(text) : undefined;
            return glyphs === undefined ? shaped(text, features) : { glyphs, positions: [] };
          },
        },
      }) as fontkit.Font;
      forPdfLib.set(font, view);
    }
    return view;
  };
  const pdfLibFontkit = {
    create: (bytes: Uint8Array) => {
      const parsed = byBytes.get(bytes);
      return parsed === undefined ? fontkit.create(bytes) : drawingFont(parsed);
    },
  } as unknown as PdfLibFontkit; // pdf-lib's declared Font type is a subset of what upstream fontkit returns

  return {
    faces,
    emoji,
    rtl,
    measurer,
    ascent: regular.ascent / regular.unitsPerEm,
    descent: regular.descent / regular.unitsPerEm,
    coverText: chooser.cover,
    splitByFace: chooser.split,
    drawnPieces: drawn,
    pdfLibFontkit,
    drawingFont,
  };
}
