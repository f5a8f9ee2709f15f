import { createHash } from 'node:crypto';
import { PDFArray, PDFDict, PDFName, PDFRawStream, PDFStream, type PDFDocument, type PDFFont } from 'pdf-lib';

/**
 * A subset font's name starts with a six-letter tag and "+" (ISO 32000-1,
 * 9.6.4). Tools that merge PDFs (agenda packs) treat two fonts with the same
 * name as the same font, so the tag must differ whenever the subsets do: it
 * is taken from a hash of the embedded font program, which holds exactly the
 * glyphs this document uses. Equal tags then mean equal fonts.
 */

const PLACEHOLDER_TAG = 'AAAAAA';

/** The name to embed a subset under until its glyphs are known. */
export function placeholderSubsetName(postscriptName: string): string {
  return `${PLACEHOLDER_TAG}+${postscriptName}`;
}

export function subsetTag(fontProgram: Uint8Array): string {
  const digest = createHash('sha256').update(fontProgram).digest();
  return [...digest.subarray(0, 6)].map((byte) => String.fromCharCode(65 + (byte % 26))).join('');
}

/**
 * Embeds each font now that every glyph has been encoded (pdf-lib would do it
 * on save, and does nothing more once done), then renames it after its
 * program. Call after the pages are drawn and before saving.
 */
export async function tagSubsets(pdfDoc: PDFDocument, fonts: readonly PDFFont[]): Promise<void> {
  for (const font of fonts) {
    await font.embed();
    const type0 = pdfDoc.context.lookup(font.ref, PDFDict);
    const descendant = type0.lookup(PDFName.of('DescendantFonts'), PDFArray).lookup(0, PDFDict);
    const descriptor = descendant.lookup(PDFName.of('FontDescriptor'), PDFDict);
    const program = descriptor.lookup(PDFName.of('FontFile2')) ?? descriptor.lookup(PDFName.of('FontFile3'));
    if (!(program instanceof PDFStream)) throw new Error('An embedded font has no font program.');
    const bytes = program instanceof PDFRawStream ? program.contents : program.getContents();
    const name = type0.lookup(PDFName.of('BaseFont'), PDFName).decodeText();
    const tagged = PDFName.of(`${subsetTag(bytes)}+${name.replace(/^[A-Z]{6}\+/, '')}`);
    type0.set(PDFName.of('BaseFont'), tagged);
    descendant.set(PDFName.of('BaseFont'), tagged);
    descriptor.set(PDFName.of('FontName'), tagged);
  }
}
