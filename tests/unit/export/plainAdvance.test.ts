import { describe, expect, it } from 'vitest';
import { loadFonts } from '../../../electron/core/export/pdf/fonts.js';
import { plainText } from '../../../electron/core/export/pdf/plainAdvance.js';
import { FONT_STYLES } from '../../../electron/core/export/pdf/fonts.js';

const LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.,;:-–—\'"“”‘’()/!?&@ ';
/** Every pair of letters and punctuation, and each followed by the letters most often in ligatures. */
const SAMPLES = [...LETTERS].flatMap((first) => [...LETTERS].flatMap((second) => [`${first}${second}`, `${first}${second}i`, `${first}${second}l`, `${first}${second}f`]));

describe('measuring and drawing text that shaping cannot change from its characters\' own glyphs', () => {
  for (const house of ['Arial', 'Calibri', 'Times New Roman'] as const) {
    it(`gives the width and glyphs layout gives, in every face of the ${house} twin`, () => {
      const fonts = loadFonts(house);
      for (const style of FONT_STYLES) {
        const font = fonts.faces[style].font;
        const plain = plainText(font);
        const added = SAMPLES.filter((text) => plain.advance(text) !== undefined);
        expect(added.length).toBeGreaterThan(SAMPLES.length / 2);
        // Drawn as measured: the glyphs pdf-lib gets from layout, so the embedded subset and the encoded text are the same.
        const differing = added.filter((text) => {
          const shaped = font.layout(text).glyphs;
          return plain.advance(text) !== shaped.reduce((sum, glyph) => sum + glyph.advanceWidth, 0) || plain.glyphs(text)?.map((glyph) => glyph.id).join() !== shaped.map((glyph) => glyph.id).join();
        });
        expect(differing).toEqual([]);
      }
      // Thousands of layouts per face: seconds alone, and several times that on a loaded machine.
    }, 120_000);
  }

  it('leaves to layout what it may change: ligatures, combining accents, soft hyphens, fractions, other scripts', () => {
    const calibri = plainText(loadFonts('Calibri').faces.regular.font);
    expect(calibri.advance('office')).toBeUndefined();
    expect(calibri.glyphs('office')).toBeUndefined();
    const arial = plainText(loadFonts('Arial').faces.regular.font);
    expect(arial.advance('care')).toBeGreaterThan(0);
    for (const text of ['nai\u0308ve', 'co\u00adoperate', '1\u20442', 'Καλημέρα', 'تقرير', '\u200bword']) expect([arial.advance(text), arial.glyphs(text)]).toEqual([undefined, undefined]);
  });
});
