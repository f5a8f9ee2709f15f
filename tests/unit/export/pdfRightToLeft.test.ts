import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { clusterScript, rtlPhrases, visualOrder } from '../../../electron/core/export/pdf/rightToLeft.js';
import { bold, doc, paragraph } from '../../fixtures/docBuilders.js';
import { sampleDraft, sampleDraftWith } from '../../fixtures/sampleDraft.js';
import { darkPixels, exportPdfToFile, fontNames, type ExportedPdf, pdfText, POPPLER, readPgm, run, wordBoxes, type Pgm, type WordBox } from './pdfTools.js';

/**
 * Names in Arabic and Hebrew inside English paragraphs print with Noto Sans
 * Arabic and Noto Sans Hebrew, shaped (Arabic letters joined), right to
 * left, and come back out of the PDF as text in logical order.
 */

const THANKS = 'Thanks to Amara, محمد and שירה for their words.';
const GROUP = 'The group عبد الله met on Tuesday.';
const ARTIFACTS = path.resolve(__dirname, '../../artifacts/pdf');
const INK_DPI = 150;

const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pdf-rtl-test-'));

/**
 * pdftotext wraps each right-to-left run in embedding controls and moves
 * the space after it to its start; with the controls as spaces and spaces
 * collapsed, the text is as written.
 */
function plainText(text: string): string {
  return text.replace(/[\u202a-\u202e]/g, ' ').replace(/\s+/g, ' ');
}

/** pdftotext -bbox lists a right-to-left word as drawn, letters left to right. */
function drawnForm(word: string): string {
  return /[\u0590-\u06ff]/.test(word) ? Array.from(word).reverse().join('') : word;
}

/** Columns across a word's box with no ink at all: gaps between letters that should join. */
function blankColumns(image: Pgm, box: WordBox, scale: number): number {
  let blank = 0;
  for (let x = Math.ceil(box.xMin * scale) + 1; x < Math.floor(box.xMax * scale) - 1; x += 1) {
    if (darkPixels(image, x, box.yMin * scale, x + 1, box.yMax * scale) === 0) blank += 1;
  }
  return blank;
}

describe('right-to-left runs', () => {
  it('draws only letters of one script with that script’s font', () => {
    expect(clusterScript('م')).toBe('arabic');
    expect(clusterScript('مُ')).toBe('arabic');
    expect(clusterScript('ש')).toBe('hebrew');
    expect(clusterScript('a')).toBeNull();
    // Arabic-Indic digits would need left-to-right order inside the right-to-left piece.
    expect(clusterScript('١')).toBeNull();
  });

  it('reverses words of one phrase joined by spaces, and nothing else', () => {
    const pieces = ['The group ', 'AR1', ' ', 'AR2', ' met, ', 'HE1', ', ', 'HE2', ' '];
    const isRtl = (piece: string): boolean => /^(AR|HE)/.test(piece);
    const isSpace = (piece: string): boolean => piece.trim() === '';
    const phrases = rtlPhrases(pieces, isRtl, isSpace);
    expect(phrases).toEqual([
      { start: 1, end: 4 },
      { start: 5, end: 6 },
      { start: 7, end: 8 },
    ]);
    expect(visualOrder(pieces, phrases)).toEqual(['The group ', 'AR2', ' ', 'AR1', ' met, ', 'HE1', ', ', 'HE2', ' ']);
  });
});

describe('PDF export of Arabic and Hebrew names', () => {
  let withNames: ExportedPdf = { file: '', bytes: new Uint8Array() };
  let plain: ExportedPdf = { file: '', bytes: new Uint8Array() };

  beforeAll(async () => {
    withNames = await exportPdfToFile(sampleDraftWith({ 'foreword-young-people': doc(paragraph(THANKS), paragraph('The group ', bold('عبد الله'), ' met on Tuesday.')) }), workDir, 'with-names');
    plain = await exportPdfToFile(sampleDraft(), workDir, 'plain');
  });

  it('embeds subsets of the Arabic and Hebrew fonts, and only in a document that uses them', async () => {
    const names = await fontNames(withNames.bytes);
    expect(names).toEqual(expect.arrayContaining(['/CPSFAA+NotoSansArabic-Regular', '/CPSGAA+NotoSansArabic-Bold', '/CPSHAA+NotoSansHebrew-Regular']));
    // No bold Hebrew is used, so none is embedded.
    expect(names.some((name) => name.includes('NotoSansHebrew-Bold'))).toBe(false);
    expect((await fontNames(plain.bytes)).some((name) => /Arabic|Hebrew/.test(name))).toBe(false);
    // The Arabic font alone is 190 KB; subsets of a dozen glyphs are a few.
    expect(withNames.bytes.length - plain.bytes.length).toBeLessThan(30_000);
  });

  it.skipIf(!POPPLER)('gives the names back as text in logical order, with no stand-in', () => {
    const text = plainText(pdfText(withNames.file));
    expect(text).toContain(THANKS);
    expect(text).toContain(GROUP);
    expect(text).not.toContain('\uFFFD');
  });

  it.skipIf(!POPPLER)('draws the names with ink, the Arabic letters joined, and the words of a phrase right to left', () => {
    const page = pdfText(withNames.file).split('\f').findIndex((text) => text.includes('Thanks to Amara')) + 1;
    expect(page).toBeGreaterThan(0);
    const boxes = wordBoxes(withNames.file, page);
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    const prefix = path.join(ARTIFACTS, 'rtl-names');
    run('pdftoppm', ['-f', String(page), '-l', String(page), '-r', String(INK_DPI), '-gray', '-singlefile', withNames.file, prefix]);
    run('pdftoppm', ['-f', String(page), '-l', String(page), '-r', '100', '-png', '-singlefile', withNames.file, prefix]);
    const image = readPgm(`${prefix}.pgm`);
    const scale = INK_DPI / 72;
    const box = (word: string): WordBox => {
      const found = boxes.find((candidate) => candidate.word === drawnForm(word));
      expect(found, `"${word}" on page ${page}`).toBeDefined();
      return found as WordBox;
    };
    const ink = (word: string): number => {
      const { xMin, yMin, xMax, yMax } = box(word);
      return darkPixels(image, xMin * scale, yMin * scale, xMax * scale, yMax * scale);
    };
    const word = ink('Amara,');
    // Blank subset glyphs have no ink; each name has a good share of a word's.
    for (const name of ['محمد', 'שירה', 'الله']) expect(ink(name)).toBeGreaterThan(word / 4);
    // Joined, محمد is one unbroken stroke; its isolated letters would stand apart.
    expect(blankColumns(image, box('محمد'), scale)).toBe(0);
    // The Hebrew letters stay apart, which shows the column check can fail.
    expect(blankColumns(image, box('שירה'), scale)).toBeGreaterThan(0);
    // "عبد الله" reads right to left: its first word is on the right (pdftotext may cut it after its first letter).
    const first = boxes.find((candidate) => candidate.word.includes('ع'));
    expect(first?.xMin).toBeGreaterThan(box('الله').xMax);
  });
});
