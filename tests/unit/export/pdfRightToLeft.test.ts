import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { clusterScript } from '../../../electron/core/export/pdf/rightToLeft.js';
import { PAGE } from '../../../electron/core/export/pdf/style.js';
import { bold, doc, paragraph } from '../../fixtures/docBuilders.js';
import { sampleDraft, sampleDraftWith } from '../../fixtures/sampleDraft.js';
import { ARTIFACTS, darkPixels, exportPdfToFile, fontNames, inkImage, inkUnder, INK_SCALE, type ExportedPdf, pdfText, POPPLER, run, wordBoxes, type Pgm, type WordBox } from './pdfTools.js';

/**
 * Names in Arabic and Hebrew inside English paragraphs print with Noto Sans
 * Arabic and Noto Sans Hebrew, shaped (Arabic letters joined), right to
 * left, and come back out of the PDF as text in logical order. Lists of
 * names, whole Arabic paragraphs and English inside them are ordered by the
 * Unicode Bidirectional Algorithm (see pdfBidi.test.ts for the rules).
 */

const THANKS = 'Thanks to Amara, محمد and שירה for their words.';
const GROUP = 'The group عبد الله met on Tuesday.';

const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pdf-rtl-test-'));

/**
 * pdftotext wraps each right-to-left run in embedding controls and moves
 * the space after it to its start; with the controls as spaces and spaces
 * collapsed, the text is as written.
 */
function plainText(text: string): string {
  return text.replace(/[\u202a-\u202e]/g, ' ').replace(/\s+/g, ' ');
}

/** pdftotext -bbox lists a right-to-left word as drawn, letters left to right; digits read left to right anyway. */
function drawnForm(word: string): string {
  return /[\p{Script=Arabic}\p{Script=Hebrew}]/u.test(word) && /\p{L}/u.test(word) ? Array.from(word).reverse().join('') : word;
}

/** Columns across a word's box with no ink at all: gaps between letters that should join. */
function blankColumns(image: Pgm, box: WordBox): number {
  let blank = 0;
  for (let x = Math.ceil(box.xMin * INK_SCALE) + 1; x < Math.floor(box.xMax * INK_SCALE) - 1; x += 1) {
    if (darkPixels(image, x, box.yMin * INK_SCALE, x + 1, box.yMax * INK_SCALE) === 0) blank += 1;
  }
  return blank;
}

describe('right-to-left runs', () => {
  it('draws only letters and digits of one script with that script’s font', () => {
    expect(clusterScript('م')).toBe('arabic');
    expect(clusterScript('مُ')).toBe('arabic');
    expect(clusterScript('ש')).toBe('hebrew');
    expect(clusterScript('a')).toBeNull();
    // Noto Sans has no Arabic-Indic digits; Noto Sans Arabic draws them, left to right (see pdfBidi.test.ts).
    expect(clusterScript('١')).toBe('arabic');
    expect(clusterScript('۴')).toBe('arabic');
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
    expect(names.map((name) => name.replace(/^\/[A-Z]{6}\+/, ''))).toEqual(expect.arrayContaining(['NotoSansArabic-Regular', 'NotoSansArabic-Bold', 'NotoSansHebrew-Regular']));
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
    const image = inkImage(withNames.file, page, prefix);
    run('pdftoppm', ['-f', String(page), '-l', String(page), '-r', '100', '-png', '-singlefile', withNames.file, prefix]);
    const box = (word: string): WordBox => {
      const found = boxes.find((candidate) => candidate.word === drawnForm(word));
      expect(found, `"${word}" on page ${page}`).toBeDefined();
      return found as WordBox;
    };
    const ink = (word: string): number => inkUnder(image, box(word));
    const word = ink('Amara,');
    // Blank subset glyphs have no ink; each name has a good share of a word's.
    for (const name of ['محمد', 'שירה', 'الله']) expect(ink(name)).toBeGreaterThan(word / 4);
    // Joined, محمد is one unbroken stroke; its isolated letters would stand apart.
    expect(blankColumns(image, box('محمد'))).toBe(0);
    // The Hebrew letters stay apart, which shows the column check can fail.
    expect(blankColumns(image, box('שירה'))).toBeGreaterThan(0);
    // "عبد الله" reads right to left: its first word is on the right (pdftotext may cut it after its first letter).
    const first = boxes.find((candidate) => candidate.word.includes('ع'));
    expect(first?.xMin).toBeGreaterThan(box('الله').xMax);
  });
});

describe('PDF export of Arabic paragraphs and lists of names', () => {
  const arabicList = 'محمد، علي و سارة';
  const englishList = 'Names: مريم, سلمى و يوسف (listed).';
  const mixed = 'شكرا Amara Jones في عام ٢٠٢٤ (نعم).';
  let exported: ExportedPdf = { file: '', bytes: new Uint8Array() };
  let boxes: WordBox[] = [];
  let page = 0;

  beforeAll(async () => {
    exported = await exportPdfToFile(
      sampleDraftWith({ 'foreword-young-people': doc(paragraph(arabicList), paragraph(englishList), paragraph('اسمه عبد ', bold('الرحمن'), ' حسن.'), paragraph(mixed)) }),
      workDir,
      'bidi',
    );
    if (!POPPLER) return;
    page = pdfText(exported.file).split('\f').findIndex((text) => text.includes('Names:')) + 1;
    boxes = wordBoxes(exported.file, page);
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    run('pdftoppm', ['-f', String(page), '-l', String(page), '-r', '100', '-png', '-singlefile', exported.file, path.join(ARTIFACTS, 'rtl-paragraphs')]);
  });

  /**
   * The box of the one word among `candidates` that is `fragment` as drawn,
   * or else holds it: pdftotext may cut an Arabic word where a letter's dots
   * are drawn apart.
   */
  const box = (fragment: string, candidates: readonly WordBox[] = boxes): WordBox => {
    const drawn = drawnForm(fragment);
    const exact = candidates.filter((candidate) => candidate.word === drawn);
    const found = exact.length > 0 ? exact : candidates.filter((candidate) => candidate.word.includes(drawn));
    expect(found.map((candidate) => candidate.word), `"${fragment}" once on its line of page ${page}`).toHaveLength(1);
    return found[0] as WordBox;
  };
  /** Each word lies wholly right of the next one, all on the line of the first. */
  const expectRightToLeft = (...fragments: string[]): void => {
    const first = box(fragments[0] as string);
    const line = boxes.filter((candidate) => (candidate.yMin + candidate.yMax) / 2 > first.yMin && (candidate.yMin + candidate.yMax) / 2 < first.yMax);
    fragments.slice(1).forEach((fragment, index) => {
      const right = fragments[index] as string;
      expect(box(right, line).xMin, `"${right}" right of "${fragment}"`).toBeGreaterThanOrEqual(box(fragment, line).xMax - 0.5);
    });
  };
  const rightEdge = PAGE.width - PAGE.marginRight;

  it.skipIf(!POPPLER)('sets an Arabic list of names right-aligned, its first name on the right', () => {
    expectRightToLeft('محمد', 'عل', 'و', 'سار');
    expect(box('محمد').xMax).toBeCloseTo(rightEdge, 0);
    expect(box('سار').xMin).toBeGreaterThan(PAGE.marginLeft + 100);
  });

  it.skipIf(!POPPLER)('orders names joined by ASCII commas right to left inside an English sentence', () => {
    expect(box('Names:').xMin).toBeCloseTo(PAGE.marginLeft, 0);
    expectRightToLeft('(listed).', 'مر', 'سلم', 'وس', 'Names:');
  });

  it.skipIf(!POPPLER)('keeps the bold part of an Arabic name in its place', () => {
    expectRightToLeft('اسمه', 'ع', 'الرحم', 'حس');
    expect(box('اسمه').xMax).toBeCloseTo(rightEdge, 0);
  });

  it.skipIf(!POPPLER)('sets English and Arabic-Indic digits left to right inside an Arabic paragraph', () => {
    expectRightToLeft('شكرا', 'Jones', 'Amara', 'عام', '٢٠٢٤', 'نعم');
    expect(box('شكرا').xMax).toBeCloseTo(rightEdge, 0);
  });

  it.skipIf(!POPPLER)('prints Arabic-Indic digits with the Arabic font, not the stand-in, and gives every word back', () => {
    const text = plainText(pdfText(exported.file, page));
    expect(text).not.toContain('\uFFFD');
    for (const word of ['محمد', 'سارة', 'مريم', 'سلمى', 'يوسف', 'اسمه', 'عبد', 'الرحمن', 'حسن', 'شكرا', 'Amara Jones', '٢٠٢٤', 'نعم']) expect(text).toContain(word);
    const image = inkImage(exported.file, page, path.join(workDir, 'bidi-ink'));
    // Four digits drawn, not four blank subset glyphs.
    expect(inkUnder(image, box('٢٠٢٤'))).toBeGreaterThan(40);
  });
});
