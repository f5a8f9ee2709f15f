import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { PDFArray, PDFDocument, PDFName, PDFRawStream } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { exportDocx } from '../../../electron/core/export/docx/exportDocx.js';
import { exportPdf } from '../../../electron/core/export/pdf/exportPdf.js';
import { PRINT_PAGE } from '../../../electron/core/export/printStyle.js';
import { DEFAULT_HOUSE_STYLE, HOUSE_FONTS, type HouseFont, type HouseStyle } from '../../../shared/model/houseStyle.js';
import { docxFirstPage } from '../../fixtures/coverInspect.js';
import { parseLogo } from '../../../shared/model/logo.js';
import { convertWithLibreOffice, docxParts, findOffice } from '../../fixtures/docxInspect.js';
import { pngLogo } from '../../fixtures/logoImages.js';
import { SAMPLE_COUNCIL, sampleDraft } from '../../fixtures/sampleDraft.js';
import { sampleTemplate } from '../../fixtures/sampleTemplate.js';
import { fontNames, POPPLER, wordBoxes, type WordBox } from './pdfTools.js';

/**
 * The library's house style reaches both exports: Word names the font in
 * its styles and the PDF embeds that font's metric twin; headings take the
 * colour in both; the title page is ranged left or centred in both.
 */

const PDF_FONT: Record<HouseFont, string> = { Arial: 'Arimo', Calibri: 'Carlito', 'Times New Roman': 'Tinos' };
const draft = sampleDraft();
const logo = parseLogo(pngLogo(400, 200)) ?? undefined;
const input = (houseStyle?: HouseStyle) => ({ draft, template: sampleTemplate(), markDraft: false, logo, houseStyle });

async function wordStyles(houseStyle?: HouseStyle): Promise<string> {
  return (await docxParts(await exportDocx(input(houseStyle)), ['word/styles.xml']))['word/styles.xml'] ?? '';
}

/** Every page's content stream (or the first page's), inflated, in one string. */
async function pdfContent(bytes: Uint8Array, firstPageOnly = false): Promise<string> {
  const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
  return pdf
    .getPages()
    .slice(0, firstPageOnly ? 1 : undefined)
    .map((page) => {
      const contents = page.node.lookup(PDFName.of('Contents'));
      const streams = contents instanceof PDFArray ? contents.asArray().map((ref) => pdf.context.lookup(ref) as PDFRawStream) : [contents as PDFRawStream];
      return streams.map((stream) => zlib.inflateSync(stream.contents).toString('latin1')).join('\n');
    })
    .join('\n');
}

/** The fill colour operator the PDF writes for a "#RRGGBB" colour. */
function fillOperator(hex: string): string {
  const channel = (at: number): string => String(Math.round((parseInt(hex.slice(at, at + 2), 16) / 255) * 1000) / 1000);
  return `${channel(1)} ${channel(3)} ${channel(5)} rg`;
}

function writeTemp(bytes: Uint8Array, name: string): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'house-style-')), name);
  fs.writeFileSync(file, bytes);
  return file;
}

/** The words of the title on page 1, as one box. */
function titleBox(file: string): WordBox {
  const words = wordBoxes(file, 1).filter((box) => ['Corporate', 'Parenting', 'Strategy'].includes(box.word));
  expect(words.length).toBeGreaterThanOrEqual(3);
  return { word: 'title', xMin: Math.min(...words.map((box) => box.xMin)), xMax: Math.max(...words.map((box) => box.xMax)), yMin: Math.min(...words.map((box) => box.yMin)), yMax: Math.max(...words.map((box) => box.yMax)) };
}

describe('the house style in both exports', () => {
  it('exports a library without a house style exactly as with the defaults: Arial (Arimo in the PDF), #1F3864, title at the top', async () => {
    expect(await wordStyles()).toBe(await wordStyles(DEFAULT_HOUSE_STYLE));
    const styles = await wordStyles();
    expect(styles).toMatch(/<w:docDefaults>[\s\S]*w:ascii="Arial"/);
    expect(styles).toContain('<w:color w:val="1F3864"/>');
    const now = new Date('2026-01-01T00:00:00Z');
    const plain = await exportPdf(input(), now);
    expect(Buffer.from(plain).equals(Buffer.from(await exportPdf(input(DEFAULT_HOUSE_STYLE), now)))).toBe(true);
    expect(await pdfContent(plain)).toContain(fillOperator('#1F3864'));
  }, 60_000);

  it.each(HOUSE_FONTS)('names %s in Word and embeds its metric twin in the PDF, and no other text font', async (font) => {
    const styles = await wordStyles({ ...DEFAULT_HOUSE_STYLE, font });
    expect(styles).toMatch(new RegExp(`<w:docDefaults>[\\s\\S]*w:ascii="${font}"`));
    for (const other of HOUSE_FONTS.filter((candidate) => candidate !== font)) expect(styles).not.toContain(`w:ascii="${other}"`);
    const names = await fontNames(await exportPdf(input({ ...DEFAULT_HOUSE_STYLE, font })));
    expect(names.some((name) => name.endsWith(`+${PDF_FONT[font]}-Regular`))).toBe(true);
    expect(names.some((name) => name.endsWith(`+${PDF_FONT[font]}-Bold`))).toBe(true);
    for (const other of Object.values(PDF_FONT).filter((candidate) => candidate !== PDF_FONT[font])) expect(names.some((name) => name.includes(`+${other}-`))).toBe(false);
  }, 60_000);

  it('colours headings with the house colour in both, and nothing with the default colour', async () => {
    const houseStyle: HouseStyle = { ...DEFAULT_HOUSE_STYLE, headingColour: '#8B1A1A' };
    const styles = await wordStyles(houseStyle);
    for (const style of ['Heading1', 'Heading2', 'Heading3', 'Title', 'TOCHeading']) {
      const definition = new RegExp(`<w:style [^>]*w:styleId="${style}"[^>]*>[\\s\\S]*?</w:style>`).exec(styles)?.[0] ?? '';
      expect(definition, style).toContain('<w:color w:val="8B1A1A"/>');
    }
    expect(styles).not.toContain('1F3864');
    const content = await pdfContent(await exportPdf(input(houseStyle)));
    expect(content).toContain(fillOperator('#8B1A1A'));
    expect(content).not.toContain(fillOperator('#1F3864'));
  }, 60_000);

  it('centres the title page in both when asked, and ranges it left otherwise', async () => {
    const centred: HouseStyle = { ...DEFAULT_HOUSE_STYLE, coverLayout: 'title-centred' };
    const wordCover = async (houseStyle: HouseStyle) => (await docxFirstPage(await exportDocx(input(houseStyle)))).xml;
    const centredXml = await wordCover(centred);
    expect(centredXml.match(/<w:jc w:val="center"\/>/g)?.length).toBeGreaterThanOrEqual(4);
    expect(centredXml).toContain(SAMPLE_COUNCIL);
    expect(await wordCover(DEFAULT_HOUSE_STYLE)).not.toContain('<w:jc w:val="center"/>');

    if (!POPPLER) return;
    const middle = PRINT_PAGE.width / 2;
    const centredPdf = writeTemp(await exportPdf(input(centred)), 'centred.pdf');
    const title = titleBox(centredPdf);
    expect(Math.abs((title.xMin + title.xMax) / 2 - middle)).toBeLessThan(2);
    // Centred down the page too: the title sits near the middle, lower than on a "title at the top" page.
    const leftPdf = writeTemp(await exportPdf(input(DEFAULT_HOUSE_STYLE)), 'left.pdf');
    const leftTitle = titleBox(leftPdf);
    expect(Math.abs(leftTitle.xMin - PRINT_PAGE.marginLeft)).toBeLessThan(2);
    expect(title.yMin).toBeGreaterThan(leftTitle.yMin);
    // The logo is centred above the title.
    const drawn = /q ([\d.]+) 0 0 ([\d.]+) ([\d.]+) ([\d.]+) cm \/\w+ Do Q/.exec(await pdfContent(await exportPdf(input(centred)), true));
    expect(drawn).not.toBeNull();
    expect(Math.abs(Number(drawn?.[3]) + Number(drawn?.[1]) / 2 - middle)).toBeLessThan(1);
  }, 60_000);

  it.skipIf(findOffice() === null || !POPPLER)('puts the Word title page where the PDF puts it, as LibreOffice renders it', async () => {
    for (const coverLayout of ['title-top', 'title-centred'] as const) {
      const houseStyle: HouseStyle = { ...DEFAULT_HOUSE_STYLE, coverLayout };
      const pdfTitle = titleBox(writeTemp(await exportPdf(input(houseStyle)), 'pdf.pdf'));
      const wordTitle = titleBox(writeTemp((await convertWithLibreOffice(findOffice() ?? 'soffice', await exportDocx(input(houseStyle)))).pdf, 'word.pdf'));
      expect(Math.abs(wordTitle.xMin - pdfTitle.xMin), coverLayout).toBeLessThan(3);
      expect(Math.abs(wordTitle.yMin - pdfTitle.yMin), coverLayout).toBeLessThan(6);
    }
  }, 120_000);
});
