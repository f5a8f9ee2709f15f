import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PDFDocument, PDFName, PDFRawStream } from 'pdf-lib';
import { inflateSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportDocx } from '../../../electron/core/export/docx/exportDocx.js';
import { exportPdf } from '../../../electron/core/export/pdf/exportPdf.js';
import type { NodeJSON } from '../../../shared/model/draft.js';
import { measureChartImage } from '../../../shared/progress/chart.js';
import { currentFigures, type MeasureFigure } from '../../../shared/progress/figures.js';
import { measureKind, readAmount, type Measure } from '../../../shared/progress/measures.js';
import { pdfFigureAlts } from '../../fixtures/coverInspect.js';
import { docxFileNames, docxParts } from '../../fixtures/docxInspect.js';
import { doc, paragraph } from '../../fixtures/docBuilders.js';
import { sampleDraftWith } from '../../fixtures/sampleDraft.js';
import { sampleTemplate } from '../../fixtures/sampleTemplate.js';
import { darkPixels, inkImage, POPPLER, wordBoxes } from './pdfTools.js';

const baseline = readAmount('12', '');
const target = readAmount('6', '');
const measure: Measure = { key: 'missing', indicator: 'Children missing from care', priority: '1', baseline, target, source: '', owner: '', kind: measureKind(baseline, target) };
const history: MeasureFigure[] = [
  ['2025-26 Q1', 11],
  ['2025-26 Q2', 9],
  ['2025-26 Q3', 3],
].map(([period, value], index) => ({ id: index + 1, measureId: 'm', period: String(period), value: Number(value), date: null, source: '', note: '', enteredBy: 'A', enteredAt: '' }));
const chart = measureChartImage(measure, currentFigures(history), { suppressBelow: 5 });
const alt = String(chart.attrs?.['alt']);
const draft = sampleDraftWith({ vision: doc(paragraph('How the numbers have moved this year.'), chart as NodeJSON) });

describe('a measure chart in the exports', () => {
  let pdf: Uint8Array;
  beforeAll(async () => {
    pdf = await exportPdf({ draft, template: sampleTemplate(), markDraft: false });
  }, 60_000);

  it('states the figures in its description, with the small count hidden', () => {
    expect(alt).toBe('Chart of Children missing from care: baseline 12, target 6. 2025-26 Q1: 11; 2025-26 Q2: 9; 2025-26 Q3: fewer than 5.');
  });

  it('is drawn in the PDF as vector shapes in a form, not as a picture, and tagged as a Figure with the description', async () => {
    const loaded = await PDFDocument.load(pdf, { updateMetadata: false });
    const streams = loaded.context.enumerateIndirectObjects().map(([, object]) => object).filter((object): object is PDFRawStream => object instanceof PDFRawStream);
    const forms = streams.filter((stream) => stream.dict.get(PDFName.of('Subtype')) === PDFName.of('Form'));
    const inflated = (stream: PDFRawStream) => inflateSync(Buffer.from(stream.contents)).toString('latin1');
    // The chart is the form drawn into the unit square; its words are forms of their own, drawn once and placed by name.
    const charts = forms.filter((stream) => stream.dict.get(PDFName.of('Matrix')) !== undefined);
    expect(charts).toHaveLength(1);
    const content = inflated(charts[0] as PDFRawStream);
    expect(content).toMatch(/ re [fSB]/);
    expect(content).toMatch(/ l S Q/);
    expect(content).toMatch(/ c h f Q/);
    const words = forms.filter((stream) => !charts.includes(stream));
    expect(words.length).toBeGreaterThan(3);
    expect(words.every((stream) => / c( h)? .*f$/s.test(inflated(stream)))).toBe(true);
    expect((content.match(/ \/W\d+ Do Q/g) ?? []).length).toBeGreaterThanOrEqual(words.length);
    expect(streams.filter((stream) => stream.dict.get(PDFName.of('Subtype')) === PDFName.of('Image'))).toHaveLength(1);
    expect(await pdfFigureAlts(pdf)).toContain(alt);
  });

  it.skipIf(!POPPLER)('prints ink where the chart stands, and its words do not leak into the text', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'chart-pdf-')), 'chart.pdf');
    fs.writeFileSync(file, pdf);
    if (process.env['CPS_SHOTS']) fs.copyFileSync(file, path.join(process.env['CPS_SHOTS'], 'chart.pdf'));
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]);
    const page = Array.from({ length: pages }, (_, index) => index + 1).find((candidate) => wordBoxes(file, candidate).some((box) => box.word === 'numbers'));
    expect(page).toBeDefined();
    const boxes = wordBoxes(file, page as number);
    expect(boxes.some((box) => box.word === 'fewer')).toBe(false);
    const sentence = boxes.find((box) => box.word === 'numbers');
    const image = inkImage(file, page as number, path.join(path.dirname(file), 'page'));
    const below = (sentence?.yMax ?? 0) * (150 / 72);
    expect(darkPixels(image, 0, below + 5, image.width, below + 300 * 0.75 * (150 / 72))).toBeGreaterThan(2000);
  });

  it('goes into Word as an SVG picture with a PNG fallback and its description', async () => {
    const bytes = await exportDocx({ draft, template: sampleTemplate(), markDraft: false });
    const names = await docxFileNames(bytes);
    expect(names.filter((name) => /^word\/media\/.+\.svg$/.test(name))).toHaveLength(1);
    expect(names.filter((name) => /^word\/media\/.+\.png$/.test(name)).length).toBeGreaterThanOrEqual(1);
    const parts = await docxParts(bytes, ['word/document.xml']);
    const document = parts['word/document.xml'] ?? '';
    expect(document).toContain('svgBlip');
    expect(document).toContain(`descr="${alt}"`);
  }, 60_000);
});
