import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFString } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportDocx } from '../../../electron/core/export/docx/exportDocx.js';
import { exportPdf } from '../../../electron/core/export/pdf/exportPdf.js';
import { bold, doc, paragraph } from '../../fixtures/docBuilders.js';
import { docxParts } from '../../fixtures/docxInspect.js';
import { sampleDraftWith } from '../../fixtures/sampleDraft.js';
import { sampleTemplate } from '../../fixtures/sampleTemplate.js';

/** Statute references beside real ones, in a section both exporters print (the sample numbers "Our pledge to you" 4 and has Appendix B). */
const draft = sampleDraftWith({
  roles: doc(
    paragraph('Section 10 of the Children Act 2004 places a duty on partners to cooperate, and s. 10 is often quoted.'),
    paragraph('Children and Social Work Act 2017: section 1 sets out the corporate parenting principles.'),
    paragraph('Duties under section 22(3) and sections 22 and 23C of the Children Act 1989 apply, as does Part 6 of the 2017 Act.'),
    paragraph('Our promises are in ', bold('section'), ' 4 and the board’s terms are in Appendix B.'),
  ),
});

describe('cross-references in both exports', () => {
  let wordLinks: string[] = [];
  const pdfLinks: string[] = [];

  beforeAll(async () => {
    const docx = await exportDocx({ draft, template: sampleTemplate(), markDraft: false });
    const xml = (await docxParts(docx, ['word/document.xml']))['word/document.xml'] ?? '';
    wordLinks = [...xml.matchAll(/<w:hyperlink [^>]*w:anchor="([^"]+)"[^>]*>([\s\S]*?)<\/w:hyperlink>/g)].map((match) => `${[...(match[2] ?? '').matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((text) => text[1]).join('')} → ${match[1]}`);

    const pdf = await PDFDocument.load(await exportPdf({ draft, template: sampleTemplate(), markDraft: false }), { updateMetadata: false });
    for (const page of pdf.getPages()) {
      const annotations = page.node.lookupMaybe(PDFName.of('Annots'), PDFArray);
      for (const ref of annotations?.asArray() ?? []) {
        const annotation = pdf.context.lookup(ref, PDFDict);
        if (annotation.get(PDFName.of('Dest')) === undefined) continue;
        const contents = annotation.lookup(PDFName.of('Contents'));
        if (contents instanceof PDFHexString || contents instanceof PDFString) pdfLinks.push(contents.decodeText());
      }
    }
    // The Word export lays the PDF out too, for its contents' page numbers: slow on a loaded machine.
  }, 60_000);

  it('links only the references to this strategy’s numbered sections and appendices in Word', () => {
    const inText = wordLinks.filter((entry) => !/→ _Toc/.test(entry));
    expect(inText.join(' | ')).not.toMatch(/Section 10|section 1 |section 22|sections|Part 6/);
    expect(inText).toEqual(expect.arrayContaining(['section → sec_pledge', ' 4 → sec_pledge', 'Appendix B → sec_board_tor']));
  });

  it('links the same words in the PDF, and no statute reference', () => {
    const texts = pdfLinks.join(' | ');
    expect(texts).not.toMatch(/Section 10|section 1\b|section 22|sections|Part 6/);
    expect(pdfLinks).toEqual(expect.arrayContaining(['section', ' 4', 'Appendix B']));
  });
});
