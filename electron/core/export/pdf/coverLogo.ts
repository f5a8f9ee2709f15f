import type { PDFDocument, PDFImage } from 'pdf-lib';
import type { ParsedLogo } from '../../../../shared/model/logo.js';

/**
 * The council's logo, embedded for the title page. It is keyed among the
 * strategy's images by a name no data URL can have, so rendering draws it
 * like any other picture.
 */

export const COVER_LOGO_SRC = 'cover:logo';

/** The embedded logo, or null when pdf-lib cannot read it: a broken logo is left off rather than failing the whole strategy, as in the Word export. */
export async function embedCoverLogo(pdfDoc: PDFDocument, logo: ParsedLogo): Promise<PDFImage | null> {
  try {
    return logo.type === 'png' ? await pdfDoc.embedPng(logo.data) : await pdfDoc.embedJpg(logo.data);
  } catch {
    return null;
  }
}
