import { PDFDocument, type PDFFont } from 'pdf-lib';
import type { Draft } from '../../../../shared/model/draft.js';
import type { ParsedLogo } from '../../../../shared/model/logo.js';
import type { Template } from '../../../../shared/template/template.js';
import { COVER_LOGO_SRC, embedCoverLogo } from './coverLogo.js';
import { strategyDocument } from './documentModel.js';
import { layoutDocument } from './documentLayout.js';
import { FONT_STYLES, loadFonts, type FontSet, type FontStyle } from './fonts.js';
import type { EmbeddedFonts } from './glyphEncoder.js';
import { embedImages } from './images.js';
import { applyMetadata, pdfProperties } from './metadata.js';
import type { Page } from './model.js';
import { addOutline } from './outline.js';
import { renderPages } from './render.js';
import { tagDocument } from './tagging.js';
import { textOutline } from './textOutline.js';

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
  const text = {} as Record<FontStyle, PDFFont>;
  for (const style of FONT_STYLES) {
    const face = fonts.faces[style];
    text[style] = await pdfDoc.embedFont(face.bytes, { subset: true, customName: subsetName(FONT_STYLES.indexOf(style), face.font.postscriptName) });
  }
  const images = await embedImages(pdfDoc, document.blocks);
  if (logo !== null) images.images.set(COVER_LOGO_SRC, logo);

  const metrics = { ascent: fonts.ascent, descent: fonts.descent };
  const layout = layoutDocument(document, { measurer: fonts.measurer, metrics, imageSize: images.size });
  const embedded: EmbeddedFonts = { text, emoji: usesEmoji(layout.pages, fonts) ? await embedEmoji(pdfDoc, fonts) : null };
  const rendered = renderPages(pdfDoc, layout.pages, layout.anchors, { fonts: embedded, splitByFace: fonts.splitByFace, images: images.images, outline: (text, size) => textOutline(fonts.faces.bold.font, text, size), ...metrics });

  tagDocument(pdfDoc, layout.structure, rendered.pages, rendered.annotations);
  addOutline(pdfDoc, layout.anchors, rendered.pages);
  applyMetadata(pdfDoc, pdfProperties(document), now);
  return pdfDoc.save({ useObjectStreams: true });
}

/** A subset font's name starts with a six-letter tag and "+", which tells readers and checkers it is a subset. */
function subsetName(index: number, postscriptName: string): string {
  const tag = `CPS${'ABCDE'[index] ?? 'A'}AA`;
  return `${tag}+${postscriptName}`;
}

/**
 * The emoji font goes into the file only when a line uses it. Upstream
 * fontkit subsets it soundly (tests/unit/export/pdfEmoji.test.ts checks the
 * rendered glyphs have ink), so a few emoji cost a few kilobytes, not the
 * whole font's 870 KB.
 */
async function embedEmoji(pdfDoc: PDFDocument, fonts: FontSet): Promise<PDFFont> {
  const emoji = fonts.emoji();
  return pdfDoc.embedFont(emoji.bytes, { subset: true, customName: subsetName(FONT_STYLES.length, emoji.font.postscriptName) });
}

function usesEmoji(pages: readonly Page[], fonts: FontSet): boolean {
  return pages.some((page) => page.items.some((item) => item.kind === 'text' && item.runs.some((run) => run.parts.some((part) => fonts.splitByFace(part).some((piece) => piece.face === 'emoji')))));
}
