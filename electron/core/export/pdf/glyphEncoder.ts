import type { PDFFont } from 'pdf-lib';
import { FONT_STYLES, type FontStyle } from './fonts.js';
import type { FacePiece } from './fontFallback.js';

/**
 * Text-showing operators for a page's content stream. Each string is shaped
 * once per document and face: pdf-lib's subset font records each glyph as it
 * is encoded, so only the glyphs used are embedded. A run that mixes Noto
 * Sans with emoji switches font between the pieces; `Tj` advances by the
 * embedded widths, which are the widths layout measured.
 */

export const FONT_NAMES: Record<FontStyle, string> = { regular: 'F1', bold: 'F2', italic: 'F3', boldItalic: 'F4' };
export const EMOJI_FONT_NAME = 'F5';

export interface EmbeddedFonts {
  text: Record<FontStyle, PDFFont>;
  /** Embedded only when some text needs it. */
  emoji: PDFFont | null;
}

interface Encoded {
  font: string;
  hex: string;
}

/** Operators that show `parts` set in `style` at `size`, between a text object's BT and ET. */
export type ShowText = (style: FontStyle, parts: readonly string[], size: string) => string;

export function glyphEncoder(fonts: EmbeddedFonts, splitByFace: (text: string) => FacePiece[]): ShowText {
  const caches = new Map<FontStyle, Map<string, Encoded[]>>(FONT_STYLES.map((style) => [style, new Map()]));
  const encode = (style: FontStyle, text: string): Encoded[] => {
    const cache = caches.get(style) as Map<string, Encoded[]>;
    let encoded = cache.get(text);
    if (encoded === undefined) {
      encoded = splitByFace(text).map((piece) => {
        if (piece.face === 'text') return { font: FONT_NAMES[style], hex: hexOf(fonts.text[style], piece.text) };
        if (fonts.emoji === null) throw new Error('Text needs the emoji font, but it was not embedded.');
        return { font: EMOJI_FONT_NAME, hex: hexOf(fonts.emoji, piece.text) };
      });
      cache.set(text, encoded);
    }
    return encoded;
  };

  return (style, parts, size) => {
    const out: string[] = [];
    let font = '';
    let hex = '';
    const flush = (): void => {
      if (hex !== '') out.push(`/${font} ${size} Tf <${hex}> Tj`);
      hex = '';
    };
    for (const part of parts) {
      for (const piece of encode(style, part)) {
        if (piece.font !== font) {
          flush();
          font = piece.font;
        }
        hex += piece.hex;
      }
    }
    flush();
    return out.join(' ');
  };
}

function hexOf(font: PDFFont, text: string): string {
  return font.encodeText(text).toString().slice(1, -1);
}
