import { describe, expect, it } from 'vitest';
import { ApiFailure } from '../../../shared/api/errors.js';
import { checkDraft } from '../../../shared/completeness/checkDraft.js';
import { exportDocx } from '../../../electron/core/export/docx/exportDocx.js';
import { bullets, doc, image, link, paragraph, table } from '../../fixtures/docBuilders.js';
import { docxHtml, docxParts, elementTexts, htmlText } from '../../fixtures/docxInspect.js';
import { dataUrl, solidPng } from '../../fixtures/images.js';
import { sampleDraft, sampleDraftWith } from '../../fixtures/sampleDraft.js';
import { sampleTemplate } from '../../fixtures/sampleTemplate.js';

const documentXml = async (bytes: Uint8Array) => (await docxParts(bytes, ['word/document.xml']))['word/document.xml'] ?? '';
const NOTE = 'This section has not been written yet.';

describe('Word export of awkward drafts', () => {
  it('keeps empty required sections with a note in a draft, and leaves empty optional ones out of drafts and final exports', async () => {
    const draft = sampleDraftWith({ vision: doc(paragraph()), contact: doc(paragraph('   ')), glossary: doc(paragraph()) });
    const template = sampleTemplate();

    const asDraft = await documentXml(await exportDocx({ draft, template, markDraft: true }));
    expect(asDraft).toContain('2. Our commitment and vision');
    expect(asDraft).not.toContain('Contact us');
    expect(asDraft.split(NOTE)).toHaveLength(2);

    const asFinal = await documentXml(await exportDocx({ draft, template, markDraft: false }));
    expect(asFinal).toContain('2. Our commitment and vision');
    expect(asFinal).not.toContain(NOTE);
    expect(asFinal).not.toContain('Contact us');
    expect(asFinal).not.toContain('Glossary');
  });

  it('closes up the numbers around an optional section that is left out, in the exports and in the check alike', async () => {
    const draft = sampleDraftWith({ 'review-of-previous': doc(paragraph()) });
    const template = sampleTemplate();
    const xml = await documentXml(await exportDocx({ draft, template, markDraft: false }));
    expect(xml).not.toContain('Review of the previous strategy');
    expect(xml).toContain('10. Monitoring, evaluation and review');
    expect(xml).toContain('11. Related strategies and plans');
    expect(xml).toContain('13. Contact us');
    expect(xml).not.toContain('14. Contact us');

    const report = checkDraft({ cover: draft.cover, sections: draft.sections.map((section) => ({ id: section.id, doc: section.doc })) }, template);
    const written = checkDraft(
      {
        cover: draft.cover,
        sections: draft.sections.map((section) => ({ id: section.id, doc: section.id === 'pledge' ? doc(paragraph('Our partners are listed in section 13. How to reach us is in section 14.')) : section.doc })),
      },
      template,
    );
    const crossReferences = written.findings.filter((finding) => finding.rule === 'cross-reference').map((finding) => finding.message);
    expect(crossReferences).toHaveLength(1);
    expect(crossReferences[0]).toContain('section 14');
    expect(report.findings.some((finding) => finding.rule === 'cross-reference')).toBe(false);
  });

  it('exports a draft with no sections at all', async () => {
    const empty = { ...sampleDraft(), sections: [] };
    const html = await docxHtml(await exportDocx({ draft: empty, template: sampleTemplate(), markDraft: true }));
    expect(html).toContain(NOTE);
    expect(elementTexts(html, 'h1').map(htmlText)).toContain('Appendix B: Corporate Parenting Board terms of reference');
  });

  it('exports a table of 2,000 rows with its header row repeating', async () => {
    const rows = Array.from({ length: 2000 }, (_, index) => [`Row ${index + 1}`, `Looked after child record ${index + 1}`, index % 2 === 0 ? 'Yes' : 'No']);
    const draft = sampleDraftWith({ 'local-context': doc(table('plain', ['Reference', 'Description', 'Stable'], rows)) });
    const bytes = await exportDocx({ draft, template: sampleTemplate(), markDraft: false });
    const xml = await documentXml(bytes);
    expect(xml).toContain('Row 2000');
    expect(xml.match(/<w:tblHeader\/>/g)?.length).toBe(sampleDraft().sections.flatMap((section) => JSON.stringify(section.doc).match(/"type":"table"/g) ?? []).length);
  });

  it('keeps emoji and right-to-left names, and drops characters Word cannot open', async () => {
    const draft = sampleDraftWith({
      'foreword-young-people': doc(paragraph('Thank you from Amara 🌟 and ليلى and יעל 👩🏽‍🎓'), paragraph('A bell\u0007 and a broken half \uD83D of an emoji')),
    });
    const bytes = await exportDocx({ draft, template: sampleTemplate(), markDraft: false });
    const xml = await documentXml(bytes);
    // The right-to-left names are runs of their own, so the text is compared across runs.
    const text = [...xml.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((match) => match[1]).join('');
    expect(text).toContain('Amara 🌟 and ليلى and יעל 👩🏽‍🎓');
    expect(text).toContain('A bell and a broken half  of an emoji');
    expect(xml).not.toMatch(/[\u0007]|\uD83D(?![\uDC00-\uDFFF])/);
  });

  it('drops a javascript: link but keeps its text', async () => {
    const draft = sampleDraftWith({ contact: doc(paragraph('Write to ', link('the team', 'javascript:alert(1)'), ' or ', link('our website', 'https://northshire.example.gov.uk'), '.')) });
    const bytes = await exportDocx({ draft, template: sampleTemplate(), markDraft: false });
    const xml = await documentXml(bytes);
    expect(xml).toContain('the team');
    const rels = (await docxParts(bytes, ['word/_rels/document.xml.rels']))['word/_rels/document.xml.rels'] ?? '';
    expect(rels).not.toContain('javascript');
    expect(rels).toContain('https://northshire.example.gov.uk');
  });

  it('replaces an image that is not an image with a visible note', async () => {
    const notAnImage = dataUrl('image/png', new TextEncoder().encode('<script>not a picture</script>'));
    const truncated = dataUrl('image/png', solidPng(10, 10).subarray(0, 12));
    const draft = sampleDraftWith({
      'local-context': doc(image(notAnImage, 'Chart of placements'), image(truncated, ''), image('https://example.com/remote.png', 'Remote picture'), bullets('after the images')),
    });
    const html = await docxHtml(await exportDocx({ draft, template: sampleTemplate(), markDraft: false }));
    expect(html).toContain('[Image could not be included: Chart of placements]');
    expect(html).toContain('[Image could not be included: no description was given]');
    expect(html).toContain('[Image could not be included: Remote picture]');
    expect(html).toContain('after the images');
  });

  it('leaves off a logo that is not the image it claims to be', async () => {
    const bytes = await exportDocx({ draft: sampleDraft(), template: sampleTemplate(), markDraft: false, logo: { data: new TextEncoder().encode('GIF89a but not really'), type: 'png' } });
    expect(await documentXml(bytes)).not.toContain('name="Logo"');
  });

  it('reports a section that does not fit the schema as a clear export failure', async () => {
    const draft = sampleDraftWith({ vision: { type: 'doc', content: [{ type: 'script', text: 'alert(1)' }] } });
    await expect(exportDocx({ draft, template: sampleTemplate(), markDraft: false })).rejects.toThrow(ApiFailure);
    await expect(exportDocx({ draft, template: sampleTemplate(), markDraft: false })).rejects.toThrow(/Our commitment and vision/);
  });
});
