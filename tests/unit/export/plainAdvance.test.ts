import { describe, expect, it } from 'vitest';
import type * as fontkit from 'fontkit';
import { loadFonts } from '../../../electron/core/export/pdf/fonts.js';
import { plainAdvance } from '../../../electron/core/export/pdf/plainAdvance.js';
import { FONT_STYLES } from '../../../electron/core/export/pdf/fonts.js';

const shapedAdvance = (font: fontkit.Font, text: string): number => font.layout(text).glyphs.reduce((sum, glyph) => sum + glyph.advanceWidth, 0);

const LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.,;:-–—\'"“”‘’()/!?&@ ';
/** Every pair of letters and punctuation, and each followed by the letters most often in ligatures. */
const SAMPLES = [...LETTERS].flatMap((first) => [...LETTERS].flatMap((second) => [`${first}${second}`, `${first}${second}i`, `${first}${second}l`, `${first}${second}f`]));

// Each face is compared with fontkit's layout on some 30,000 strings, which a busy machine can take more than the default 20 s over.
describe('measuring text that shaping cannot change by adding up its glyphs', { timeout: 120_000 }, () => {
  for (const house of ['Arial', 'Calibri', 'Times New Roman'] as const) {
    it(`gives the width layout gives, in every face of the ${house} twin`, () => {
      const fonts = loadFonts(house);
      for (const style of FONT_STYLES) {
        const font = fonts.faces[style].font;
        const plain = plainAdvance(font);
        const added = SAMPLES.filter((text) => plain(text) !== undefined);
        expect(added.length).toBeGreaterThan(SAMPLES.length / 2);
        expect(added.filter((text) => plain(text) !== shapedAdvance(font, text))).toEqual([]);
      }
    });
  }

  it('leaves to layout what it may change: ligatures, combining accents, soft hyphens, fractions, other scripts', () => {
    const calibri = plainAdvance(loadFonts('Calibri').faces.regular.font);
    expect(calibri('office')).toBeUndefined();
    const arial = plainAdvance(loadFonts('Arial').faces.regular.font);
    expect(arial('care')).toBeGreaterThan(0);
    for (const text of ['nai\u0308ve', 'co\u00adoperate', '1\u20442', 'Καλημέρα', 'تقرير', '\u200bword']) expect(arial(text)).toBeUndefined();
  });
});
