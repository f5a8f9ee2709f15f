import zlib from 'node:zlib';
import { PDFArray, PDFDocument, PDFName, PDFRawStream } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { exportDocx } from '../../../electron/core/export/docx/exportDocx.js';
import { exportPdf } from '../../../electron/core/export/pdf/exportPdf.js';
import { scriptStretches } from '../../../electron/core/export/scriptLanguage.js';
import { bold, doc, paragraph } from '../../fixtures/docBuilders.js';
import { docxParts } from '../../fixtures/docxInspect.js';
import { sampleDraftWith } from '../../fixtures/sampleDraft.js';
import { sampleTemplate } from '../../fixtures/sampleTemplate.js';

const draft = sampleDraftWith({
  'foreword-young-people': doc(paragraph('Thank you to ', bold('عبد الله'), ' and to מרים כהן, who ran the group with us.'), paragraph('Vowels stay with their word: مُحَمَّد.')),
});

describe('script stretches', () => {
  it('takes whole names of one script, with their vowel marks, and leaves the English around them', () => {
    expect(scriptStretches('Thanks to עדי לוי and سارة، from us')).toEqual([
      { text: 'Thanks to ', script: null },
      { text: 'עדי לוי', script: 'hebrew' },
      { text: ' and ', script: null },
      { text: 'سارة،', script: 'arabic' },
      { text: ' from us', script: null },
    ]);
    expect(scriptStretches('مُحَمَّد')).toEqual([{ text: 'مُحَمَّد', script: 'arabic' }]);
    expect(scriptStretches('plain English')).toEqual([{ text: 'plain English', script: null }]);
  });
});

describe('right-to-left names in the exports', () => {
  it('marks Arabic and Hebrew runs in Word as right to left, with their language', async () => {
    const xml = (await docxParts(await exportDocx({ draft, template: sampleTemplate(), markDraft: false }), ['word/document.xml']))['word/document.xml'] ?? '';
    const runs = [...xml.matchAll(/<w:r>(?:<w:rPr>(.*?)<\/w:rPr>)?<w:t[^>]*>([^<]*)<\/w:t><\/w:r>/g)].map((match) => ({ props: match[1] ?? '', text: match[2] ?? '' }));
    const run = (text: string) => runs.find((candidate) => candidate.text === text);
    expect(run('عبد الله')?.props).toMatch(/<w:rtl\/>.*<w:lang w:bidi="ar"\/>/);
    expect(run('عبد الله')?.props).toMatch(/<w:b\/>/);
    expect(run('מרים כהן')?.props).toMatch(/<w:rtl\/>.*<w:lang w:bidi="he"\/>/);
    expect(run('مُحَمَّد')?.props).toMatch(/<w:lang w:bidi="ar"\/>/);
    expect(run(', who ran the group with us.')?.props ?? '').not.toContain('w:rtl');
    expect(runs.filter((candidate) => candidate.props.includes('<w:rtl/>')).every((candidate) => /^[\p{Script_Extensions=Arabic}\p{Script_Extensions=Hebrew}\s]+$/u.test(candidate.text))).toBe(true);
  });

  it('gives the PDF spans of Arabic and Hebrew their language', async () => {
    const pdf = await PDFDocument.load(await exportPdf({ draft, template: sampleTemplate(), markDraft: false }), { updateMetadata: false });
    const content = pdf
      .getPages()
      .map((page) => {
        const contents = page.node.lookup(PDFName.of('Contents'));
        const streams = contents instanceof PDFArray ? contents.asArray().map((ref) => pdf.context.lookup(ref) as PDFRawStream) : [contents as PDFRawStream];
        return streams.map((stream) => zlib.inflateSync(stream.contents).toString('latin1')).join('\n');
      })
      .join('\n');
    // One span per word drawn in the script's font: two Arabic words and one vocalised, two Hebrew words.
    expect(content.match(/\/Span <<\/Lang \(ar\)>> BDC/g)?.length).toBe(3);
    expect(content.match(/\/Span <<\/Lang \(he\)>> BDC/g)?.length).toBe(2);
  });
});
