import zlib from 'node:zlib';
import { PDFArray, PDFHexString, PDFName, PDFNull, PDFNumber, PDFString, type PDFDocument, type PDFPage, type PDFRef } from 'pdf-lib';
import { num } from './contentNumber.js';
import type { EmbeddedPicture } from './images.js';
import { FONT_STYLES } from './fonts.js';
import { EMOJI_FONT_NAME, FONT_NAMES, glyphEncoder, RTL_FONT_NAMES, type EmbeddedFonts, type ShowText } from './glyphEncoder.js';
import { isVisibleLink, runColour } from './inlineLayout.js';
import type { DrawnPiece, AnchorPlacement, Colour, LinkTarget, MarkedContent, Page, PlacedRun, StructElement, TextLineItem } from './types.js';
import { COLOURS, PAGE } from './style.js';
import type { TextOutline } from './textOutline.js';

/**
 * Draws laid-out pages with pdf-lib. Each page's content stream is written
 * as text here rather than through pdf-lib's drawing calls: drawText would
 * shape every line again with fontkit, which is where a naive export spends
 * its seconds. Glyphs are encoded once per distinct word and document, then
 * reused (glyphEncoder.ts). Every piece of real content is wrapped in marked
 * content with its MCID for the structure tree; everything else is an Artifact.
 */

export interface RenderResources {
  fonts: EmbeddedFonts;
  /** Text of one direction as drawn, left to right (see `FontSet.drawnPieces`). */
  drawnPieces: (text: string, rtl: boolean) => DrawnPiece[];
  images: ReadonlyMap<string, EmbeddedPicture>;
  /** The watermark word as glyph outlines at the given size. */
  outline: (text: string, size: number) => TextOutline;
  /** Ascender and descender as fractions of the size, for link rectangles. */
  ascent: number;
  descent: number;
}

export interface LinkAnnotation {
  element: StructElement;
  page: number;
  ref: PDFRef;
}

export interface RenderedPages {
  pages: PDFPage[];
  annotations: LinkAnnotation[];
}

const WATERMARK_STATE = 'GSdraft';
const WATERMARK_SIZE = 120;

export function renderPages(pdfDoc: PDFDocument, pages: readonly Page[], anchors: readonly AnchorPlacement[], resources: RenderResources): RenderedPages {
  const pdfPages = pages.map(() => pdfDoc.addPage([PAGE.width, PAGE.height]));
  const anchorDestinations = new Map(anchors.map((anchor) => [anchor.anchorId, anchor]));
  const showText = glyphEncoder(resources.fonts, resources.drawnPieces);
  const imageNames = new Map([...resources.images.keys()].map((src, index) => [src, `Im${index}`]));
  const annotations: LinkAnnotation[] = [];
  const watermarkState = pdfDoc.context.obj({ Type: 'ExtGState', ca: 0.13, CA: 0.13 });

  pages.forEach((page, pageIndex) => {
    const pdfPage = pdfPages[pageIndex] as PDFPage;
    const content: string[] = [];
    let nextMcid = 0;
    const mark = (marked: MarkedContent): string => {
      marked.page = pageIndex;
      marked.mcid = nextMcid++;
      return `/${marked.owner.role} <</MCID ${marked.mcid}>> BDC\n`;
    };
    const usedImages = new Set<string>();

    for (const item of page.items) {
      switch (item.kind) {
        case 'text':
          drawLine(item, content, showText, mark);
          for (const run of item.runs) {
            if (run.link === undefined) continue;
            if (isVisibleLink(run)) content.push(underline(run, item));
            const annotation = linkAnnotation(pdfDoc, run, item, pdfPages, anchorDestinations, resources);
            if (annotation === null) continue;
            pdfPage.node.addAnnot(annotation);
            if (run.link.element) annotations.push({ element: run.link.element, page: pageIndex, ref: annotation });
          }
          break;
        case 'rule':
          content.push(`/Artifact BMC q ${colour(item.colour, 'RG')} ${num(item.thickness)} w ${num(item.x1)} ${num(PAGE.height - item.y1)} m ${num(item.x2)} ${num(PAGE.height - item.y2)} l S Q EMC\n`);
          break;
        case 'box':
          content.push(`/Artifact BMC q ${colour(item.fill, 'rg')} ${num(item.x)} ${num(PAGE.height - item.y - item.height)} ${num(item.width)} ${num(item.height)} re f Q EMC\n`);
          break;
        case 'image': {
          const name = imageNames.get(item.src);
          if (name === undefined) break;
          usedImages.add(item.src);
          content.push(`${mark(item.mark)}q ${num(item.width)} 0 0 ${num(item.height)} ${num(item.x)} ${num(PAGE.height - item.y - item.height)} cm /${name} Do Q EMC\n`);
          break;
        }
        case 'watermark':
          content.push(watermarkContent(resources.outline(item.text, WATERMARK_SIZE)));
          break;
      }
    }

    for (const style of FONT_STYLES) pdfPage.node.setFontDictionary(PDFName.of(FONT_NAMES[style]), resources.fonts.text[style].ref);
    if (resources.fonts.emoji !== null) pdfPage.node.setFontDictionary(PDFName.of(EMOJI_FONT_NAME), resources.fonts.emoji.ref);
    for (const rtl of resources.fonts.rtl) pdfPage.node.setFontDictionary(PDFName.of(RTL_FONT_NAMES[rtl.script][rtl.weight]), rtl.pdf.ref);
    for (const src of usedImages) pdfPage.node.setXObject(PDFName.of(imageNames.get(src) as string), (resources.images.get(src) as EmbeddedPicture).ref);
    pdfPage.node.setExtGState(PDFName.of(WATERMARK_STATE), watermarkState);
    const stream = pdfDoc.context.stream(zlib.deflateSync(Buffer.from(content.join(''), 'latin1')), { Filter: 'FlateDecode' });
    pdfPage.node.set(PDFName.of('Contents'), pdfDoc.context.register(stream));
  });
  return { pages: pdfPages, annotations };
}

function drawLine(item: TextLineItem, content: string[], showText: ShowText, mark: (marked: MarkedContent) => string): void {
  const y = num(PAGE.height - item.y);
  const size = num(item.size);
  for (const run of item.runs) {
    const open = run.mark === null ? '/Artifact BMC\n' : mark(run.mark);
    content.push(`${open}BT ${colour(runColour(run, item.colour), 'rg')} 1 0 0 1 ${num(run.x)} ${y} Tm ${showText(run.style, run.parts, size, run.rtl === true)} ET EMC\n`);
  }
}

function underline(run: PlacedRun, item: TextLineItem): string {
  const y = num(PAGE.height - item.y - item.size * 0.12);
  return `/Artifact BMC q ${colour(runColour(run, item.colour), 'RG')} ${num(item.size * 0.06)} w ${num(run.x)} ${y} m ${num(run.x + run.width)} ${y} l S Q EMC\n`;
}

function linkAnnotation(pdfDoc: PDFDocument, run: PlacedRun, item: TextLineItem, pages: readonly PDFPage[], anchors: ReadonlyMap<number, AnchorPlacement>, resources: RenderResources): PDFRef | null {
  const target = run.link?.target as LinkTarget;
  const baseline = PAGE.height - item.y;
  const rect = [run.x, baseline + item.size * resources.descent, run.x + run.width, baseline + item.size * resources.ascent].map(num).map(Number);
  const dictionary: Record<string, unknown> = {
    Type: 'Annot',
    Subtype: 'Link',
    Rect: rect,
    Border: [0, 0, 0],
    F: 4,
    Contents: PDFHexString.fromText(run.parts.join('')),
  };
  if (target.kind === 'uri') {
    dictionary['A'] = { Type: 'Action', S: 'URI', URI: PDFString.of(asciiUri(target.href)) };
  } else {
    const anchor = anchors.get(target.anchorId);
    const page = anchor === undefined ? undefined : pages[anchor.page];
    if (anchor === undefined || page === undefined) return null;
    dictionary['Dest'] = PDFArray.withContext(pdfDoc.context);
    const destination = dictionary['Dest'] as PDFArray;
    destination.push(page.ref);
    destination.push(PDFName.of('XYZ'));
    destination.push(PDFNull);
    destination.push(PDFNumber.of(Number(num(PAGE.height - anchor.y + 4))));
    destination.push(PDFNull);
  }
  return pdfDoc.context.register(pdfDoc.context.obj(dictionary as Parameters<typeof pdfDoc.context.obj>[0]));
}

/** URI actions are 7-bit: anything else is percent-encoded, as a browser would send it. */
function asciiUri(href: string): string {
  return href.replace(/[^\x21-\x7e]/g, (character) => encodeURIComponent(character));
}

function watermarkContent(outline: TextOutline): string {
  const angle = Math.atan2(PAGE.height, PAGE.width);
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  // Centre the word on the middle of the page, along its diagonal (0.35 of the size is about half a capital's height).
  const x = PAGE.width / 2 - (cos * outline.width) / 2 + sin * WATERMARK_SIZE * 0.35;
  const y = PAGE.height / 2 - (sin * outline.width) / 2 - cos * WATERMARK_SIZE * 0.35;
  return `/Artifact <</Type /Pagination /Subtype /Watermark>> BDC q /${WATERMARK_STATE} gs ${colour(COLOURS.draft, 'rg')} ${num(cos)} ${num(sin)} ${num(-sin)} ${num(cos)} ${num(x)} ${num(y)} cm ${outline.path} f Q EMC\n`;
}

function colour(value: Colour, operator: 'rg' | 'RG'): string {
  return `${num(value.r)} ${num(value.g)} ${num(value.b)} ${operator}`;
}
