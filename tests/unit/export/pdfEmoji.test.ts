import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { doc, paragraph } from '../../fixtures/docBuilders.js';
import { sampleDraft, sampleDraftWith } from '../../fixtures/sampleDraft.js';
import { ARTIFACTS, exportPdfToFile, fontNames, inkImage, inkUnder, type ExportedPdf, pdfText, POPPLER, run, wordBoxes } from './pdfTools.js';

/**
 * Emoji in a young people's foreword are drawn with the monochrome Noto
 * Emoji font, subset to the glyphs used, and come back out as text.
 */

const FOREWORD = 'We want to be heard 💬 🙂 and we are proud of our family 👩‍👩‍👧 ❤️ so 👍🏽 from us 👍';

const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pdf-emoji-test-'));

describe('PDF export of a foreword with emoji', () => {
  let withEmoji: ExportedPdf = { file: '', bytes: new Uint8Array() };
  let plain: ExportedPdf = { file: '', bytes: new Uint8Array() };

  beforeAll(async () => {
    withEmoji = await exportPdfToFile(sampleDraftWith({ 'foreword-young-people': doc(paragraph(FOREWORD)) }), workDir, 'with-emoji');
    plain = await exportPdfToFile(sampleDraft(), workDir, 'plain');
  });

  it('embeds a subset of the emoji font, and only in a document that uses it', async () => {
    expect(await fontNames(withEmoji.bytes)).toContainEqual(expect.stringMatching(/^\/[A-Z]{6}\+NotoEmoji-Regular$/));
    expect((await fontNames(plain.bytes)).some((name) => name.includes('Emoji'))).toBe(false);
    // The whole font is 870 KB; a subset of four glyphs is a few.
    expect(withEmoji.bytes.length - plain.bytes.length).toBeLessThan(30_000);
  });

  it.skipIf(!POPPLER)('gives the emoji back as text', () => {
    const text = pdfText(withEmoji.file).replace(/\s+/g, ' ');
    expect(text).toContain(FOREWORD);
    expect(text).not.toContain('\uFFFD');
  });

  it.skipIf(!POPPLER)('draws each emoji with ink, each its own glyph, where the text says it is', () => {
    const pages = pdfText(withEmoji.file).split('\f');
    const page = pages.findIndex((text) => text.includes('We want to be heard')) + 1;
    expect(page).toBeGreaterThan(0);
    const boxes = wordBoxes(withEmoji.file, page);
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    const prefix = path.join(ARTIFACTS, 'emoji-foreword');
    const image = inkImage(withEmoji.file, page, prefix);
    run('pdftoppm', ['-f', String(page), '-l', String(page), '-r', '100', '-png', '-singlefile', withEmoji.file, prefix]);
    const ink = (word: string): number => {
      const box = boxes.find((candidate) => candidate.word === word);
      expect(box, `"${word}" on page ${page}`).toBeDefined();
      return inkUnder(image, box as NonNullable<typeof box>);
    };
    const speech = ink('💬');
    const smile = ink('🙂');
    const family = ink('👩‍👩‍👧');
    const word = ink('heard');
    // A blank subset glyph has no ink; an emoji's outline has a good fraction of a short word's.
    for (const count of [speech, smile, family]) expect(count).toBeGreaterThan(word / 10);
    // A missing-glyph box would look the same for every emoji.
    expect(new Set([speech, smile, family]).size).toBe(3);
  });

  it.skipIf(!POPPLER)('keeps a skin tone the monochrome font would absorb: drawn as its swatch after the emoji, and read back', () => {
    const pages = pdfText(withEmoji.file).split('\f');
    const page = pages.findIndex((text) => text.includes('We want to be heard')) + 1;
    const boxes = wordBoxes(withEmoji.file, page);
    const toned = boxes.find((box) => box.word === '👍🏽');
    const plainThumb = boxes.find((box) => box.word === '👍');
    expect(toned).toBeDefined();
    expect(plainThumb).toBeDefined();
    const width = (box: NonNullable<typeof toned>): number => box.xMax - box.xMin;
    // Two glyphs, the thumb and the swatch, where the font alone would draw one.
    expect(width(toned as NonNullable<typeof toned>)).toBeGreaterThan(1.8 * width(plainThumb as NonNullable<typeof toned>));
    const image = inkImage(withEmoji.file, page, path.join(ARTIFACTS, 'emoji-skin-tone'));
    expect(inkUnder(image, toned as NonNullable<typeof toned>)).toBeGreaterThan(1.5 * inkUnder(image, plainThumb as NonNullable<typeof toned>));
  });
});
