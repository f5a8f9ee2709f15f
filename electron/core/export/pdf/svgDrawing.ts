import zlib from 'node:zlib';
import type { Font } from 'fontkit';
import type { PDFDocument, PDFRef } from 'pdf-lib';
import type { SafeSvg, SvgShape } from '../../../../shared/model/svgImage.js';
import { num } from './contentNumber.js';
import { textOutline } from './textOutline.js';

/**
 * An SVG picture of the app's own subset (rect, line, path of M/L/Z,
 * circle, text) drawn as PDF vector operations in a form XObject, so a
 * chart stays sharp at any zoom and in print. Its words are drawn as glyph
 * outlines in the document's house font: the figure's description (its alt
 * text in the tag tree) is what assistive technology reads, exactly as for
 * a raster picture. The form is drawn like an image: into the unit square.
 */

export interface DrawnPicture {
  ref: PDFRef;
  /** Pixels at 96 per inch, as for a raster image. */
  width: number;
  height: number;
}

export interface PictureFonts {
  regular: Font;
  bold: Font;
}

/** A circle as four cubic Béziers: the control points sit this fraction of the radius from each end. */
const KAPPA = 0.5522847498;

export function drawSvgPicture(pdfDoc: PDFDocument, svg: SafeSvg, fonts: PictureFonts): DrawnPicture {
  const words = new Map<string, PDFRef>();
  const wordsIn = textForms(pdfDoc);
  const placeWords = (font: Font, text: string, size: number): { name: string; width: number } => {
    const form = wordsIn(font, text, size);
    const name = `W${form.ref.objectNumber}`;
    words.set(name, form.ref);
    return { name, width: form.width };
  };
  // SVG's y runs down from the top; the first transform turns the page over so shapes keep their coordinates.
  const content = [`1 0 0 -1 0 ${num(svg.height)} cm`, ...svg.shapes.map((shape) => drawShape(shape, fonts, placeWords))].join('\n');
  // Node's zlib, as for the pages: pdf-lib's own deflate spent seconds on sixty charts.
  const stream = pdfDoc.context.stream(zlib.deflateSync(Buffer.from(content, 'latin1')), {
    Filter: 'FlateDecode',
    Type: 'XObject',
    Subtype: 'Form',
    BBox: [0, 0, svg.width, svg.height],
    Matrix: [1 / svg.width, 0, 0, 1 / svg.height, 0, 0],
    Resources: { XObject: Object.fromEntries(words) },
  });
  return { ref: pdfDoc.context.register(stream), width: svg.width, height: svg.height };
}

interface TextForm {
  ref: PDFRef;
  width: number;
}

/**
 * Each label's outline, drawn once per document as a form of its own and
 * placed by every chart that prints it: sixty charts share their axis ticks
 * and periods, and a glyph outline is hundreds of bytes where placing it is
 * a few. The form paints in the fill colour set where it is placed.
 */
const textFormsOf = new WeakMap<PDFDocument, Map<string, TextForm>>();

function textForms(pdfDoc: PDFDocument): (font: Font, text: string, size: number) => TextForm {
  let forms = textFormsOf.get(pdfDoc);
  if (!forms) {
    forms = new Map();
    textFormsOf.set(pdfDoc, forms);
  }
  const known = forms;
  return (font, text, size) => {
    const key = `${font.postscriptName}\u0000${size}\u0000${text}`;
    let form = known.get(key);
    if (!form) {
      const outline = textOutline(font, text, size);
      const stream = pdfDoc.context.stream(zlib.deflateSync(Buffer.from(`${outline.path} f`, 'latin1')), {
        Filter: 'FlateDecode',
        Type: 'XObject',
        Subtype: 'Form',
        // Room for ascenders, descenders and overhanging glyphs around the advance width.
        BBox: [-size, -size, outline.width + size, 2 * size],
        Resources: {},
      });
      form = { ref: pdfDoc.context.register(stream), width: outline.width };
      known.set(key, form);
    }
    return form;
  };
}

type PlaceWords = (font: Font, text: string, size: number) => { name: string; width: number };

function drawShape(shape: SvgShape, fonts: PictureFonts, placeWords: PlaceWords): string {
  const a = shape.attrs;
  const number = (name: string, fallback = 0) => {
    const value = Number.parseFloat(a[name] ?? '');
    return Number.isFinite(value) ? value : fallback;
  };
  switch (shape.name) {
    case 'rect':
      return paint(`${num(number('x'))} ${num(number('y'))} ${num(number('width'))} ${num(number('height'))} re`, a, 'black');
    case 'line':
      return paint(`${num(number('x1'))} ${num(number('y1'))} m ${num(number('x2'))} ${num(number('y2'))} l`, a, 'none');
    case 'circle': {
      const [cx, cy, r] = [number('cx'), number('cy'), number('r')];
      return paint(circlePath(cx, cy, r), a, 'black');
    }
    case 'path': {
      const path = pathOperators(a['d'] ?? '');
      return path === '' ? '' : paint(path, a, 'black');
    }
    case 'text':
      return drawText(shape, fonts, placeWords);
  }
}

/** Fill and stroke as SVG defaults them: filled black unless told otherwise, stroked only when a stroke is given. */
function paint(path: string, a: Readonly<Record<string, string>>, defaultFill: 'black' | 'none'): string {
  const fill = colour(a['fill'] ?? defaultFill);
  const stroke = colour(a['stroke'] ?? 'none');
  if (fill === null && stroke === null) return '';
  const state: string[] = ['q'];
  if (fill !== null) state.push(`${fill} rg`);
  if (stroke !== null) {
    state.push(`${stroke} RG ${num(Number.parseFloat(a['stroke-width'] ?? '1') || 1)} w`);
    const dashes = (a['stroke-dasharray'] ?? '').split(/[\s,]+/).filter(Boolean).map(Number);
    if (dashes.length > 0 && dashes.every((dash) => Number.isFinite(dash) && dash >= 0)) state.push(`[${dashes.map(num).join(' ')}] 0 d`);
  }
  const operator = fill !== null && stroke !== null ? 'B' : fill !== null ? 'f' : 'S';
  return `${state.join(' ')} ${path} ${operator} Q`;
}

function circlePath(cx: number, cy: number, r: number): string {
  const k = r * KAPPA;
  return [
    `${num(cx + r)} ${num(cy)} m`,
    `${num(cx + r)} ${num(cy + k)} ${num(cx + k)} ${num(cy + r)} ${num(cx)} ${num(cy + r)} c`,
    `${num(cx - k)} ${num(cy + r)} ${num(cx - r)} ${num(cy + k)} ${num(cx - r)} ${num(cy)} c`,
    `${num(cx - r)} ${num(cy - k)} ${num(cx - k)} ${num(cy - r)} ${num(cx)} ${num(cy - r)} c`,
    `${num(cx + k)} ${num(cy - r)} ${num(cx + r)} ${num(cy - k)} ${num(cx + r)} ${num(cy)} c h`,
  ].join(' ');
}

/** Absolute and relative moves and lines, and closing: what d3-shape's linear line writes. Other commands end the path there. */
function pathOperators(d: string): string {
  const tokens = d.match(/[MLHVZmlhvz]|-?\d*\.?\d+(?:e-?\d+)?/g) ?? [];
  const operators: string[] = [];
  let command = '';
  let x = 0;
  let y = 0;
  let index = 0;
  const next = () => Number(tokens[index++]);
  while (index < tokens.length) {
    const token = tokens[index] as string;
    if (/[A-Za-z]/.test(token)) {
      command = token;
      index += 1;
      if (command === 'Z' || command === 'z') {
        operators.push('h');
        continue;
      }
    }
    if (!/[MLHVmlhv]/.test(command)) break;
    const relative = command === command.toLowerCase();
    const upper = command.toUpperCase();
    if (upper === 'H') x = next() + (relative ? x : 0);
    else if (upper === 'V') y = next() + (relative ? y : 0);
    else {
      const nx = next();
      const ny = next();
      x = nx + (relative ? x : 0);
      y = ny + (relative ? y : 0);
    }
    if (!Number.isFinite(x) || !Number.isFinite(y)) break;
    operators.push(`${num(x)} ${num(y)} ${upper === 'M' ? 'm' : 'l'}`);
    // After a move, further pairs are lines.
    if (upper === 'M') command = relative ? 'l' : 'L';
  }
  return operators.join(' ');
}

function drawText(shape: SvgShape, fonts: PictureFonts, placeWords: PlaceWords): string {
  const words = shape.text.trim();
  if (words === '') return '';
  const a = shape.attrs;
  const size = Number.parseFloat(a['font-size'] ?? '16') || 16;
  const font = a['font-weight'] === 'bold' || Number(a['font-weight']) >= 600 ? fonts.bold : fonts.regular;
  const placed = placeWords(font, words, size);
  const anchor = a['text-anchor'];
  const x = (Number.parseFloat(a['x'] ?? '0') || 0) - (anchor === 'middle' ? placed.width / 2 : anchor === 'end' ? placed.width : 0);
  const y = Number.parseFloat(a['y'] ?? '0') || 0;
  const fill = colour(a['fill'] ?? 'black') ?? '0 0 0';
  // The outline is drawn y-up from its baseline, so it is turned back over at the text's position.
  return `q ${fill} rg 1 0 0 -1 ${num(x)} ${num(y)} cm /${placed.name} Do Q`;
}

const NAMED: Record<string, string> = { black: '#000000', white: '#ffffff', red: '#ff0000', green: '#008000', blue: '#0000ff', grey: '#808080', gray: '#808080' };

/** "#1d4f91", "#fff" or a few names as PDF's 0–1 components; null for none (or anything unknown, which is not painted). */
function colour(value: string): string | null {
  const hex = NAMED[value.trim().toLowerCase()] ?? value.trim();
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec(hex);
  const full = short ? [short[1], short[2], short[3]].map((digit) => `${digit}${digit}`) : /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex)?.slice(1);
  if (!full || full.length !== 3) return null;
  return full.map((part) => num(parseInt(part ?? '0', 16) / 255)).join(' ');
}
