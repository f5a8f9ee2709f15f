import { PDFDocument, type PDFFont } from 'pdf-lib';
import { DEFAULT_HOUSE_STYLE } from '../../../../shared/model/houseStyle.js';
import { COVER_LOGO_SRC, embedCoverLogo } from './coverLogo.js';
import { printDocument, type PrintInput } from '../printModel.js';
import { strategyDocument } from './documentModel.js';
import { layoutDocument, type DocumentLayout } from './documentLayout.js';
import { FONT_STYLES, loadFonts, RTL_WEIGHTS, rtlWeight, type FontSet } from './fonts.js';
import type { FontStyle, RtlWeight, Page, StrategyDocument, RtlScript } from './types.js';
import type { EmbeddedFonts, EmbeddedRtlFont } from './glyphEncoder.js';
import { embedImages, type EmbeddedImages } from './images.js';
import { applyMetadata, pdfProperties } from './metadata.js';
import { addOutline } from './outline.js';
import { renderPages } from './render.js';
import { placeholderSubsetName, tagSubsets } from './subsetTags.js';
import { RTL_SCRIPTS } from './rightToLeft.js';
import { tagDocument } from './tagging.js';
import { textOutline } from './textOutline.js';

export type PdfExportInput = PrintInput;

interface LaidOutPdf {
  document: StrategyDocument;
  layout: DocumentLayout;
  images: EmbeddedImages;
  fonts: FontSet;
  text: Record<FontStyle, PDFFont>;
}

/** The strategy set on pages, into `pdfDoc` (fonts and images are embedded, since their sizes are what layout measures). */
async function layOut(pdfDoc: PDFDocument, input: PdfExportInput): Promise<LaidOutPdf> {
  const fonts = loadFonts((input.houseStyle ?? DEFAULT_HOUSE_STYLE).font);
  const logo = input.logo === undefined ? null : await embedCoverLogo(pdfDoc, input.logo);
  const document = strategyDocument(printDocument(input), fonts.coverText, logo !== null);

  pdfDoc.registerFontkit(fonts.pdfLibFontkit);
  const text = {} as Record<FontStyle, PDFFont>;
  for (const style of FONT_STYLES) {
    const face = fonts.faces[style];
    text[style] = await pdfDoc.embedFont(face.bytes, { subset: true, customName: placeholderSubsetName(face.font.postscriptName) });
  }
  const images = await embedImages(pdfDoc, document.blocks, { regular: fonts.faces.regular.font, bold: fonts.faces.bold.font });
  if (logo !== null) images.images.set(COVER_LOGO_SRC, logo);
  const layout = layoutDocument(document, { measurer: fonts.measurer, metrics: { ascent: fonts.ascent, descent: fonts.descent }, imageSize: images.size });
  return { document, layout, images, fonts, text };
}

/**
 * The strategy as an accessible, print-ready PDF: cover, contents with real
 * page numbers, numbered sections, bookmarks, links and a full tag tree.
 * Returns the file's bytes; the caller writes them (atomically).
 */
export async function exportPdf(input: PdfExportInput, now: Date = new Date()): Promise<Uint8Array> {
  const pdfDoc = await PDFDocument.create({ updateMetadata: false });
  const { document, layout, images, fonts, text } = await layOut(pdfDoc, input);
  const metrics = { ascent: fonts.ascent, descent: fonts.descent };
  const used = fallbackFacesUsed(layout.pages, fonts);
  const embedded: EmbeddedFonts = {
    text,
    emoji: used.has('emoji') ? await embedEmoji(pdfDoc, fonts) : null,
    rtl: await embedRtl(pdfDoc, fonts, used),
  };
  const rendered = renderPages(pdfDoc, layout.pages, layout.anchors, { fonts: embedded, drawnPieces: fonts.drawnPieces, images: images.images, outline: (text, size) => textOutline(fonts.drawingFont(fonts.faces.bold.font), text, size), ...metrics });

  await tagSubsets(pdfDoc, [...Object.values(text), ...(embedded.emoji === null ? [] : [embedded.emoji]), ...embedded.rtl.map((font) => font.pdf)]);
  tagDocument(pdfDoc, layout.structure, rendered.pages, rendered.annotations);
  addOutline(pdfDoc, layout.anchors, rendered.pages);
  applyMetadata(pdfDoc, pdfProperties(document), now);
  return pdfDoc.save({ useObjectStreams: true });
}

/**
 * The emoji font goes into the file only when a line uses it. Upstream
 * fontkit subsets it soundly (tests/unit/export/pdfEmoji.test.ts checks the
 * rendered glyphs have ink), so a few emoji cost a few kilobytes, not the
 * whole font's 870 KB.
 */
async function embedEmoji(pdfDoc: PDFDocument, fonts: FontSet): Promise<PDFFont> {
  const emoji = fonts.emoji();
  return pdfDoc.embedFont(emoji.bytes, { subset: true, customName: placeholderSubsetName(emoji.font.postscriptName) });
}

/**
 * The Arabic and Hebrew fonts, each weight only when a line uses it. They
 * are subset as the emoji font is (tests/unit/export/pdfRightToLeft.test.ts
 * checks the rendered name has ink), so a name costs kilobytes, not the
 * Arabic font's 190 KB.
 */
async function embedRtl(pdfDoc: PDFDocument, fonts: FontSet, used: ReadonlySet<string>): Promise<EmbeddedRtlFont[]> {
  const embedded: EmbeddedRtlFont[] = [];
  for (const script of RTL_SCRIPTS) {
    for (const weight of RTL_WEIGHTS) {
      if (!used.has(rtlFaceKey(script, weight))) continue;
      const parsed = fonts.rtl(script, weight);
      const pdf = await pdfDoc.embedFont(parsed.bytes, { subset: true, customName: placeholderSubsetName(parsed.font.postscriptName) });
      embedded.push({ script, weight, pdf, font: parsed.font });
    }
  }
  return embedded;
}

function rtlFaceKey(script: RtlScript, weight: RtlWeight): string {
  return `${script}-${weight}`;
}

/** Every fallback face a line draws with: 'emoji', and right-to-left scripts with their weight ('arabic-bold'). */
function fallbackFacesUsed(pages: readonly Page[], fonts: FontSet): Set<string> {
  const used = new Set<string>();
  for (const page of pages) {
    for (const item of page.items) {
      if (item.kind !== 'text') continue;
      for (const run of item.runs) {
        for (const part of run.parts) {
          for (const piece of fonts.splitByFace(part)) {
            if (piece.face === 'emoji') used.add('emoji');
            else if (piece.face !== 'text') used.add(rtlFaceKey(piece.face, rtlWeight(run.style)));
          }
        }
      }
    }
  }
  return used;
}
