import { PDFDocument } from 'pdf-lib';
import type { Draft } from '../../../../shared/model/draft.js';
import type { ParsedLogo } from '../../../../shared/model/logo.js';
import type { Template } from '../../../../shared/template/template.js';
import { COVER_LOGO_SRC, embedCoverLogo } from './coverLogo.js';
import { strategyDocument } from './documentModel.js';
import { layoutDocument } from './documentLayout.js';
import { FONT_STYLES, loadFonts, type FontStyle } from './fonts.js';
import { embedImages } from './images.js';
import { applyMetadata, pdfProperties } from './metadata.js';
import { addOutline } from './outline.js';
import { renderPages } from './render.js';
import { tagDocument } from './tagging.js';
import { textOutline } from './textOutline.js';
import type { PDFFont } from 'pdf-lib';

export interface PdfExportInput {
  draft: Draft;
  template: Template;
  /** Marks every page DRAFT (header and watermark) and shows which sections are still to be written. */
  markDraft: boolean;
  /** The council's logo for the title page, already checked to be a PNG or JPEG. */
  logo?: ParsedLogo;
}

/**
 * The strategy as an accessible, print-ready PDF: cover, contents with real
 * page numbers, numbered sections, bookmarks, links and a full tag tree.
 * Returns the file's bytes; the caller writes them (atomically).
 */
export async function exportPdf(input: PdfExportInput, now: Date = new Date()): Promise<Uint8Array> {
  const fonts = loadFonts();
  const pdfDoc = await PDFDocument.create({ updateMetadata: false });
  const logo = input.logo === undefined ? null : await embedCoverLogo(pdfDoc, input.logo);
  const document = strategyDocument(input, fonts.coverText, logo !== null);

  pdfDoc.registerFontkit(fonts.pdfLibFontkit);
  const embedded = {} as Record<FontStyle, PDFFont>;
  for (const style of FONT_STYLES) {
    const face = fonts.faces[style];
    embedded[style] = await pdfDoc.embedFont(face.bytes, { subset: true, customName: subsetName(style, face.font.postscriptName) });
  }
  const images = await embedImages(pdfDoc, document.blocks);
  if (logo !== null) images.images.set(COVER_LOGO_SRC, logo);

  const metrics = { ascent: fonts.ascent, descent: fonts.descent };
  const layout = layoutDocument(document, { measurer: fonts.measurer, metrics, imageSize: images.size });
  const rendered = renderPages(pdfDoc, layout.pages, layout.anchors, { fonts: embedded, images: images.images, measurer: fonts.measurer, outline: (text, size) => textOutline(fonts.faces.bold.font, text, size), ...metrics });

  tagDocument(pdfDoc, layout.structure, rendered.pages, rendered.annotations);
  addOutline(pdfDoc, layout.anchors, rendered.pages);
  applyMetadata(pdfDoc, pdfProperties(document), now);
  return pdfDoc.save({ useObjectStreams: true });
}

/** A subset font's name starts with a six-letter tag and "+", which tells readers and checkers it is a subset. */
function subsetName(style: FontStyle, postscriptName: string): string {
  const tag = `CPS${'ABCD'[FONT_STYLES.indexOf(style)] ?? 'A'}AA`;
  return `${tag}+${postscriptName}`;
}
