import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { strategyDocument } from '../../../electron/core/export/pdf/documentModel.js';
import { exportPdf } from '../../../electron/core/export/pdf/exportPdf.js';
import { loadFonts } from '../../../electron/core/export/pdf/fonts.js';
import { embedImages, pictureSizes } from '../../../electron/core/export/pdf/images.js';
import { printedPages } from '../../../electron/core/export/pdf/pagination.js';
import { printDocument } from '../../../electron/core/export/printModel.js';
import { parseLogo } from '../../../shared/model/logo.js';
import { svgDataUrl } from '../../../shared/model/svgImage.js';
import { doc, image, paragraph } from '../../fixtures/docBuilders.js';
import { jpegLogo, pngLogo } from '../../fixtures/logoImages.js';
import { sampleDraftWith } from '../../fixtures/sampleDraft.js';
import { sampleTemplate } from '../../fixtures/sampleTemplate.js';
import { POPPLER, run } from './pdfTools.js';

const GIF = 'data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///ywAAAAAAQABAAACAUwAOw==';
const NOT_AN_IMAGE = 'data:image/png;base64,bm90IGFuIGltYWdl';
const CHART = svgDataUrl('<svg xmlns="http://www.w3.org/2000/svg" width="320" height="160"><rect width="320" height="160" fill="#1d70b8"/></svg>');

/** Every picture a strategy's blocks place, in reading order. */
function pictureSources(value: unknown, into: string[] = []): string[] {
  if (Array.isArray(value)) for (const item of value) pictureSources(item, into);
  else if (typeof value === 'object' && value !== null) {
    const record = value as Record<string, unknown>;
    if (record['kind'] === 'image' && typeof record['src'] === 'string') into.push(record['src']);
    for (const child of Object.values(record)) pictureSources(child, into);
  }
  return into;
}

const draft = sampleDraftWith({
  vision: doc(paragraph('Where we are going.'), image(pngLogo(640, 480), 'A photograph'), image(jpegLogo(900, 300), 'A banner'), image(GIF, 'An animation'), image(NOT_AN_IMAGE, 'Nothing'), image(CHART, 'A chart')),
});

describe('pagination without making the PDF', () => {
  it('gives every picture the size embedding it would give, charts included', async () => {
    const fonts = loadFonts('Arial');
    const document = strategyDocument(printDocument({ draft, template: sampleTemplate(), markDraft: true }), fonts.coverText, false);
    const sources = pictureSources(document.blocks);
    const embedded = await embedImages(await PDFDocument.create(), document.blocks, { regular: fonts.faces.regular.font, bold: fonts.faces.bold.font });
    const sizes = pictureSizes(document.blocks);
    expect(sources.some((src) => src.startsWith('data:image/svg+xml'))).toBe(true);
    expect(sources.map(sizes)).toEqual(sources.map(embedded.size));
    expect(sources.map(sizes).filter((size) => size !== null)).toHaveLength(sources.length - 2);
    expect([sizes(GIF), sizes(NOT_AN_IMAGE)]).toEqual([null, null]);
  });

  it.skipIf(!POPPLER)('finds the pages the PDF’s own contents print, with a logo and pictures', async () => {
    const logo = parseLogo(pngLogo(400, 200));
    if (logo === null) throw new Error('The test logo did not read as a logo');
    const input = { draft, template: sampleTemplate(), markDraft: true, logo };
    const printed = printedPages(input);
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'cps-pagination-')), 'strategy.pdf');
    fs.writeFileSync(file, await exportPdf(input));
    const contents = run('pdftotext', ['-layout', '-f', '2', '-l', '2', '-enc', 'UTF-8', file, '-']);
    const listed = contents
      .split('\n')
      .map((line) => /^\s*(.+?)\s+(\d+)\s*$/.exec(line.replace(/(?:\s*\.)+\s*(?=\d+\s*$)/, ' ')))
      .filter((match): match is RegExpExecArray => match !== null && !/^Page \d+ of$/.test(match[1] as string))
      .map((match) => Number(match[2]));
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
    expect(printed.contents.length).toBeGreaterThan(3);
    expect(listed).toEqual(printed.contents.map((entry) => entry.page));
  });
});
