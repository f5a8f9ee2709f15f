import { describe, expect, it } from 'vitest';
import { exportDraft } from '../../../electron/core/export/exportDraft.js';
import { exportPdf } from '../../../electron/core/export/pdf/exportPdf.js';
import type { Draft } from '../../../shared/model/draft.js';
import { docxFirstPage, pdfFigureAlts, pdfFirstPageImages } from '../../fixtures/coverInspect.js';
import { jpegLogo, pngLogo } from '../../fixtures/logoImages.js';
import { SAMPLE_COUNCIL, approvedDraft, sampleDraft } from '../../fixtures/sampleDraft.js';
import { sampleTemplate } from '../../fixtures/sampleTemplate.js';

const withLogo = (logo: string | undefined): Draft => {
  const draft = sampleDraft();
  return { ...draft, cover: { ...draft.cover, logo } };
};

const exported = async (draft: Draft, format: 'docx' | 'pdf'): Promise<Uint8Array> => (await exportDraft(approvedDraft(draft), sampleTemplate(), { format, final: true })).bytes;

describe('the cover logo in the Word export', () => {
  it('puts the logo on the first page, above the council name, from word/media', async () => {
    const page = await docxFirstPage(await exported(withLogo(pngLogo()), 'docx'));
    expect(page.media).toHaveLength(1);
    expect(page.mediaFiles).toContain(page.media[0]);
    expect(page.media[0]).toMatch(/^word\/media\/.+/);
    expect(page.xml).toContain(`descr="${SAMPLE_COUNCIL} logo"`);
    expect(page.xml.indexOf('<w:drawing>')).toBeLessThan(page.xml.indexOf(SAMPLE_COUNCIL));
  });

  it('takes a JPEG logo too, and has no picture on the cover without one', async () => {
    expect((await docxFirstPage(await exported(withLogo(jpegLogo()), 'docx'))).media).toHaveLength(1);
    expect((await docxFirstPage(await exported(withLogo(undefined), 'docx'))).media).toEqual([]);
    expect((await docxFirstPage(await exported(withLogo(''), 'docx'))).media).toEqual([]);
  });
});

describe('the cover logo in the PDF export', () => {
  it('draws the logo on page 1 as a Figure described as the council logo', async () => {
    const bytes = await exported(withLogo(pngLogo(400, 200)), 'pdf');
    expect(await pdfFirstPageImages(bytes)).toEqual([{ width: 400, height: 200, filter: '/FlateDecode' }]);
    const alts = await pdfFigureAlts(bytes);
    expect(alts[0]).toBe(`${SAMPLE_COUNCIL} logo`);
    expect(alts).toHaveLength(2);
  });

  it('takes a JPEG logo too, and has no picture on page 1 without one', async () => {
    expect(await pdfFirstPageImages(await exported(withLogo(jpegLogo(300, 150)), 'pdf'))).toEqual([{ width: 300, height: 150, filter: '/DCTDecode' }]);
    expect(await pdfFirstPageImages(await exported(withLogo(undefined), 'pdf'))).toEqual([]);
  });

  it('leaves off a logo pdf-lib cannot read instead of failing the export', async () => {
    const broken = { type: 'png' as const, data: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]) };
    const bytes = await exportPdf({ draft: sampleDraft(), template: sampleTemplate(), markDraft: false, logo: broken });
    expect(await pdfFirstPageImages(bytes)).toEqual([]);
  });
});
