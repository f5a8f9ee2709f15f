import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { PDFDict, PDFDocument, PDFName } from 'pdf-lib';
import { exportPdf } from '../../../electron/core/export/pdf/exportPdf.js';
import type { Draft } from '../../../shared/model/draft.js';
import { sampleTemplate } from '../../fixtures/sampleTemplate.js';

/**
 * The PDF as readers and tools see it: poppler's pdftotext, pdfinfo,
 * pdffonts and pdftoppm, and qpdf. Tests needing a tool that is not
 * installed are skipped; CI installs them.
 */

const hasTool = (name: string): boolean => spawnSync(name, ['-v'], { stdio: 'ignore' }).error === undefined;
export const POPPLER = hasTool('pdftotext') && hasTool('pdfinfo') && hasTool('pdffonts') && hasTool('pdftoppm');
export const QPDF = spawnSync('qpdf', ['--version'], { stdio: 'ignore' }).error === undefined;

export function run(tool: string, args: string[]): string {
  const result = spawnSync(tool, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0 && !(tool === 'qpdf' && result.status === 3)) throw new Error(`${tool} ${args.join(' ')} failed: ${result.stderr}`);
  return result.stdout;
}

export const pdfText = (file: string, page?: number): string => run('pdftotext', [...(page === undefined ? [] : ['-f', String(page), '-l', String(page)]), '-enc', 'UTF-8', file, '-']);

export interface WordBox {
  word: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

/** Every word pdftotext finds on a page, with its box in points from the top-left corner. */
export function wordBoxes(file: string, page: number): WordBox[] {
  const xml = run('pdftotext', ['-f', String(page), '-l', String(page), '-enc', 'UTF-8', '-bbox', file, '-']);
  return [...xml.matchAll(/xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</g)].map((match) => ({
    word: match[5] as string,
    xMin: Number(match[1]),
    yMin: Number(match[2]),
    xMax: Number(match[3]),
    yMax: Number(match[4]),
  }));
}

export interface Pgm {
  width: number;
  height: number;
  pixels: Uint8Array;
}

export function readPgm(file: string): Pgm {
  const data = fs.readFileSync(file);
  const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(data.subarray(0, 50).toString('latin1'));
  if (header === null) throw new Error(`${file} is not a greyscale PGM`);
  return { width: Number(header[1]), height: Number(header[2]), pixels: data.subarray(header[0].length) };
}

/** Where rendered pages are kept for a person to look at after a run. */
export const ARTIFACTS = path.resolve(__dirname, '../../artifacts/pdf');
/** The resolution ink is counted at; `INK_SCALE` turns pdftotext's points into its pixels. */
export const INK_DPI = 150;
export const INK_SCALE = INK_DPI / 72;

/** A page rendered in greyscale at `INK_DPI`, kept as `${prefix}.pgm`, for counting ink. */
export function inkImage(file: string, page: number, prefix: string): Pgm {
  run('pdftoppm', ['-f', String(page), '-l', String(page), '-r', String(INK_DPI), '-gray', '-singlefile', file, prefix]);
  return readPgm(`${prefix}.pgm`);
}

/** Dark pixels inside a box in points, on a page rendered by `inkImage`. */
export function inkUnder(image: Pgm, box: Pick<WordBox, 'xMin' | 'yMin' | 'xMax' | 'yMax'>): number {
  return darkPixels(image, box.xMin * INK_SCALE, box.yMin * INK_SCALE, box.xMax * INK_SCALE, box.yMax * INK_SCALE);
}

export function darkPixels(image: Pgm, xMin: number, yMin: number, xMax: number, yMax: number): number {
  let count = 0;
  for (let y = Math.floor(yMin); y < Math.min(image.height, Math.ceil(yMax)); y += 1) {
    for (let x = Math.floor(xMin); x < Math.min(image.width, Math.ceil(xMax)); x += 1) if ((image.pixels[y * image.width + x] ?? 255) < 140) count += 1;
  }
  return count;
}

export interface ExportedPdf {
  file: string;
  bytes: Uint8Array;
}

/** Exports a final (unmarked) PDF of the draft into `dir`, for the tools to read. */
export async function exportPdfToFile(draft: Draft, dir: string, name: string): Promise<ExportedPdf> {
  const bytes = await exportPdf({ draft, template: sampleTemplate(), markDraft: false });
  const file = path.join(dir, `${name}.pdf`);
  fs.writeFileSync(file, bytes);
  return { file, bytes };
}

/** The BaseFont of every composite (embedded Unicode) font in the file: which fonts, and which subsets, it carries. */
export async function fontNames(bytes: Uint8Array): Promise<string[]> {
  const loaded = await PDFDocument.load(bytes, { updateMetadata: false });
  return loaded.context
    .enumerateIndirectObjects()
    .map(([, object]) => object)
    .filter((object): object is PDFDict => object instanceof PDFDict && object.get(PDFName.of('Type')) === PDFName.of('Font') && object.get(PDFName.of('Subtype')) === PDFName.of('Type0'))
    .map((font) => String(font.get(PDFName.of('BaseFont'))));
}
