import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PDFDict, PDFDocument, PDFHexString, PDFName, PDFString } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportPdf } from '../../../electron/core/export/pdf/exportPdf.js';
import type { Draft } from '../../../shared/model/draft.js';
import { bullets, doc, heading, image, link, paragraph, table } from '../../fixtures/docBuilders.js';
import { SAMPLE_TITLE, sampleDraft, sampleDraftWith } from '../../fixtures/sampleDraft.js';
import { sampleTemplate } from '../../fixtures/sampleTemplate.js';
import { ARTIFACTS, inkImage, inkUnder, pdfText, POPPLER, QPDF, run, wordBoxes } from './pdfTools.js';

const NOTE = 'This section has not been written yet.';

const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pdf-export-test-'));
let fileCount = 0;

async function exportToFile(draft: Draft, markDraft: boolean): Promise<string> {
  const bytes = await exportPdf({ draft, template: sampleTemplate(), markDraft });
  const file = path.join(workDir, `export-${(fileCount += 1)}.pdf`);
  fs.writeFileSync(file, bytes);
  return file;
}

const pageCount = (file: string): number => Number(/Pages:\s+(\d+)/.exec(run('pdfinfo', [file]))?.[1]);
const normalise = (text: string): string => text.replace(/\s+/g, ' ');

/** The section headings as the sample's template numbers them. */
const SECTION_HEADINGS = [
  'Foreword by children and young people',
  'Foreword by the Lead Member and Director',
  '1. Introduction: what corporate parenting means',
  '2. Our commitment and vision',
  '3. Our children in care and care leavers',
  '4. Our pledge to you',
  '5. Roles and responsibilities of corporate parents',
  '6. Voice and participation',
  '7. Leadership and governance',
  '8. Strategic priorities',
  '9. Measures of success',
  '10. Monitoring, evaluation and review',
  '11. Review of the previous strategy',
  '12. Related strategies and plans',
  '13. Glossary',
  '14. Contact us',
  'Appendix A: Legal and policy framework',
  'Appendix B: Corporate Parenting Board terms of reference',
];

describe('PDF export of the sample strategy', () => {
  let file = '';
  let bytes = new Uint8Array();

  beforeAll(async () => {
    file = await exportToFile(sampleDraft(), true);
    bytes = new Uint8Array(fs.readFileSync(file));
  });

  it('sets the title, language, tagging flags and properties in the file itself', async () => {
    const loaded = await PDFDocument.load(bytes, { updateMetadata: false });
    expect(loaded.getTitle()).toBe('Corporate Parenting Strategy');
    expect(loaded.getAuthor()).toBe('Director of Children’s Services');
    expect(loaded.catalog.get(PDFName.of('Lang'))).toEqual(PDFString.of('en-GB'));
    expect(String(loaded.catalog.lookup(PDFName.of('MarkInfo')))).toContain('/Marked true');
    expect(String(loaded.catalog.lookup(PDFName.of('ViewerPreferences')))).toContain('/DisplayDocTitle true');
    expect(loaded.catalog.get(PDFName.of('Metadata'))).toBeDefined();
    for (const page of loaded.getPages()) expect(page.node.get(PDFName.of('Tabs'))).toBe(PDFName.of('S'));
    const figures = loaded.context
      .enumerateIndirectObjects()
      .map(([, object]) => object)
      .filter((object): object is PDFDict => object instanceof PDFDict && object.get(PDFName.of('S')) === PDFName.of('Figure'));
    expect(figures.map((figure) => figure.lookup(PDFName.of('Alt'), PDFHexString).decodeText())).toEqual(['Bar chart of children looked after in Northshire, 2021 to 2025']);
  });

  it.skipIf(!POPPLER)('reports its page count, title and tagging to pdfinfo', () => {
    const info = run('pdfinfo', [file]);
    expect(info).toMatch(/Title:\s+Corporate Parenting Strategy/);
    expect(info).toMatch(/Tagged:\s+yes/);
    expect(info).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
    expect(pageCount(file)).toBeGreaterThan(SECTION_HEADINGS.length);
    expect(run('pdfinfo', ['-meta', file])).toContain('<rdf:li>en-GB</rdf:li>');
  });

  it.skipIf(!POPPLER)('holds every section, in order, with its text after its heading', () => {
    const text = normalise(pdfText(file));
    let position = text.indexOf('Contents') + 1;
    const contentsEnd = text.indexOf('Page 2 of');
    expect(contentsEnd).toBeGreaterThan(0);
    position = contentsEnd;
    for (const headingText of SECTION_HEADINGS) {
      const found = text.indexOf(headingText, position);
      expect(found, headingText).toBeGreaterThan(position - 1);
      position = found + headingText.length;
    }
    const sentences = [
      'We are the Northshire Children in Care Council.',
      'Our promises to young people are set out in section 4',
      'We will help you keep in touch with the people who matter:',
      'through video calls when you live far apart',
      'Care leavers aged 19 to 21 in education, employment or training',
      'These terms will be reviewed in April 2026.',
    ];
    let after = contentsEnd;
    for (const sentence of sentences) {
      const found = text.indexOf(sentence, after);
      expect(found, sentence).toBeGreaterThan(after - 1);
      after = found;
    }
    expect(text).toContain('Northshire County Council Corporate Parenting Strategy 2025 to 2028');
    expect(text).toContain('For adoption by Full Council');
  });

  it.skipIf(!POPPLER)('prints on the contents page the pages the headings really start on', () => {
    const contents = run('pdftotext', ['-layout', '-f', '2', '-l', '2', '-enc', 'UTF-8', file, '-']);
    const entries = contents
      .split('\n')
      .map((line) => /^\s*(.+?)\s+(\d+)\s*$/.exec(line.replace(/(?:\s*\.)+\s*(?=\d+\s*$)/, ' ')))
      .filter((match): match is RegExpExecArray => match !== null && !/^Page \d+ of$/.test(match[1] as string))
      .map((match) => ({ title: (match[1] as string).trim(), page: Number(match[2]) }));
    expect(entries.map((entry) => entry.title)).toEqual(expect.arrayContaining(SECTION_HEADINGS.concat(['Your home', 'Membership'])));
    for (const entry of entries) {
      expect(normalise(pdfText(file, entry.page)), `${entry.title} on page ${entry.page}`).toContain(entry.title);
      // Sections open a page, so a section heading is nowhere on the page before the one printed.
      if (SECTION_HEADINGS.includes(entry.title) && entry.page > 3) expect(normalise(pdfText(file, entry.page - 1))).not.toContain(entry.title);
    }
    expect(pdfText(file, 3)).toMatch(/Page 3 of \d+/);
  });

  it.skipIf(!POPPLER)('embeds every font', () => {
    const rows = run('pdffonts', [file]).split('\n').slice(2).filter((line) => line.trim() !== '');
    expect(rows.length).toBeGreaterThanOrEqual(3);
    for (const row of rows) expect(row).toMatch(/Identity-H\s+yes\s+yes\s+yes/);
  });

  it.skipIf(!POPPLER)('has a structure tree whose headings are the document’s headings', () => {
    const tree = run('pdfinfo', ['-struct-text', file]);
    const headings: { level: string; text: string }[] = [];
    let current: { level: string; text: string } | null = null;
    for (const line of tree.split('\n')) {
      const element = /^\s*(\w+)(?: \(\w+\))?$/.exec(line);
      if (element) {
        current = /^H[1-3]$/.test(element[1] as string) ? { level: element[1] as string, text: '' } : null;
        if (current) headings.push(current);
      } else if (current) {
        const quoted = /^\s*"(.*)"$/.exec(line);
        if (quoted) current.text += quoted[1];
      }
    }
    for (const entry of headings) entry.text = normalise(entry.text).trim();
    expect(headings.filter((entry) => entry.level === 'H1').map((entry) => entry.text)).toEqual([SAMPLE_TITLE, 'Contents', ...SECTION_HEADINGS]);
    expect(headings).toContainEqual({ level: 'H2', text: 'Your health and wellbeing' });
    expect(headings).toContainEqual({ level: 'H3', text: 'The Lead Member' });
    for (const role of ['Document', 'P', 'L', 'LI', 'Lbl', 'LBody', 'Table', 'TR', 'TH', 'TD', 'Figure', 'Link', 'TOC', 'TOCI']) expect(tree).toMatch(new RegExp(`^\\s*${role}\\b`, 'm'));
  });

  it.skipIf(!QPDF)('passes qpdf --check', () => {
    expect(run('qpdf', ['--check', file])).toContain('No syntax or stream encoding errors');
  });

  it.skipIf(!POPPLER)('draws ink under every word of a page (guards against blank subset glyphs)', async () => {
    const finalFile = await exportToFile(sampleDraft(), false);
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    for (const page of [1, 2, 8]) {
      const prefix = path.join(ARTIFACTS, `sample-page-${page}`);
      const image = inkImage(finalFile, page, prefix);
      run('pdftoppm', ['-f', String(page), '-l', String(page), '-r', '60', '-png', '-singlefile', file, `${prefix}-draft`]);
      const words = wordBoxes(finalFile, page);
      expect(words.length).toBeGreaterThan(5);
      // Leader dots are too small to count reliably at this resolution; every letter and digit is checked.
      for (const box of words.filter(({ word }) => /[\p{L}\p{N}]/u.test(word))) {
        expect(inkUnder(image, box), `ink under "${box.word}" on page ${page}`).toBeGreaterThan(2);
      }
    }
  });

  it('has a bookmark for every section, with its sub-headings nested inside', async () => {
    const loaded = await PDFDocument.load(bytes, { updateMetadata: false });
    const children = (parent: PDFDict): PDFDict[] => {
      const found: PDFDict[] = [];
      for (let item = parent.lookupMaybe(PDFName.of('First'), PDFDict); item !== undefined; item = item.lookupMaybe(PDFName.of('Next'), PDFDict)) found.push(item);
      return found;
    };
    const title = (item: PDFDict) => item.lookup(PDFName.of('Title'), PDFHexString).decodeText();
    const top = children(loaded.catalog.lookup(PDFName.of('Outlines'), PDFDict));
    expect(top.map(title)).toEqual(SECTION_HEADINGS);
    const roles = top.find((item) => title(item).startsWith('5. Roles')) as PDFDict;
    expect(children(roles).map(title)).toEqual(['Elected members', 'Council departments and partners']);
    expect(children(children(roles)[0] as PDFDict).map(title)).toEqual(['The Lead Member']);
  });

  it('makes links clickable, with web addresses only', async () => {
    const loaded = await PDFDocument.load(bytes, { updateMetadata: false });
    const uris = loaded.getPages().flatMap((page) => {
      const annots = page.node.Annots();
      if (annots === undefined) return [];
      return annots.asArray().map((ref) => String(loaded.context.lookup(ref)));
    });
    expect(uris.some((annotation) => annotation.includes('(https://mindofmyown.org.uk)'))).toBe(true);
    expect(uris.some((annotation) => annotation.includes('(mailto:participation@northshire.example.gov.uk)'))).toBe(true);
    // The contents entries jump inside the document.
    expect(uris.some((annotation) => annotation.includes('/Dest'))).toBe(true);
    for (const annotation of uris) expect(annotation).toContain('/StructParent');
  });
});

describe('PDF export of awkward drafts', () => {
  it.skipIf(!POPPLER)('shows smart quotes, accents, ł, en dashes and the euro sign as text', async () => {
    const draft = sampleDraftWith({ vision: doc(paragraph('“Quoted” and ‘single’ – café in Łódź, naïve façade, cost €1,200 — ends.')) });
    const file = await exportToFile(draft, false);
    expect(pdfText(file)).toContain('“Quoted” and ‘single’ – café in Łódź, naïve façade, cost €1,200 — ends.');
  });

  it.skipIf(!POPPLER)('replaces a script no font has with a visible mark and keeps the rest, emoji included', async () => {
    const draft = sampleDraftWith({ vision: doc(paragraph('Thank you from Amara 🌟 and สมชาย 👩🏽‍🎓 today')) });
    const file = await exportToFile(draft, false);
    const text = pdfText(file);
    expect(text).toMatch(/Thank you from Amara 🌟 and \uFFFD{5} 👩🏽‍🎓 today/);
  });

  it.skipIf(!POPPLER || !QPDF)('breaks very long words and URLs to fit, and squeezes a table wider than the page', async () => {
    const longWord = 'Supercalifragilistic'.repeat(12);
    const url = `https://www.example.gov.uk/${'very-long-path-segment/'.repeat(12)}end`;
    const header = Array.from({ length: 14 }, (_, index) => `Column heading number ${index + 1}`);
    const draft = sampleDraftWith({
      vision: doc(paragraph(longWord), paragraph('Read ', link(url, url), ' for more.'), table('plain', header, [header.map((_, index) => `value${index}`.repeat(4))])),
    });
    const file = await exportToFile(draft, false);
    // pdftotext joins a word hyphenated across lines and drops the hyphen, so hyphens are not compared.
    const text = pdfText(file).replace(/[\s-]+/g, '');
    expect(text).toContain(longWord);
    expect(text).toContain(url.replace(/-/g, ''));
    expect(text).toContain('Columnheadingnumber14');
    expect(run('qpdf', ['--check', file])).toContain('No syntax or stream encoding errors');
    const words = [...run('pdftotext', ['-bbox', file, '-']).matchAll(/xMax="([\d.]+)"/g)].map((match) => Number(match[1]));
    expect(Math.max(...words)).toBeLessThanOrEqual(595.28 - 50);
  });

  it.skipIf(!POPPLER)('exports a 2,000-row table with its header on every page', async () => {
    const rows = Array.from({ length: 2000 }, (_, index) => [`Row ${index + 1}`, `Record ${index + 1}`, index % 2 === 0 ? 'Yes' : 'No']);
    const draft = sampleDraftWith({ 'local-context': doc(table('plain', ['Reference', 'Description', 'Stable'], rows)) });
    const file = await exportToFile(draft, false);
    const text = pdfText(file);
    expect(text).toContain('Row 2000');
    const pagesWithRows = text.split('\f').filter((page) => /Row \d+/.test(page));
    expect(pagesWithRows.length).toBeGreaterThan(30);
    for (const page of pagesWithRows) expect(page).toContain('Reference');
  });

  it.skipIf(!POPPLER || !QPDF)('exports a draft with no sections at all, noting what is missing in a draft and leaving it out of a final export', async () => {
    const empty = { ...sampleDraft(), sections: [] };
    const asDraft = await exportToFile(empty, true);
    expect(normalise(pdfText(asDraft))).toContain(NOTE);
    expect(run('qpdf', ['--check', asDraft])).toContain('No syntax or stream encoding errors');
    const asFinal = await exportToFile({ ...empty, cover: { ...empty.cover, title: '', council: '' } }, false);
    const text = normalise(pdfText(asFinal));
    expect(text).not.toContain(NOTE);
    expect(text).not.toContain('Contact us');
    expect(text).toContain('4. Our pledge to you');
    expect(run('qpdf', ['--check', asFinal])).toContain('No syntax or stream encoding errors');
  });

  it.skipIf(!POPPLER)('keeps a heading off the foot of a page and puts DRAFT only on drafts', async () => {
    const filler = Array.from({ length: 60 }, (_, index) => paragraph(`Line ${index + 1} of filler text.`));
    const draft = sampleDraftWith({ vision: doc(...filler, heading(2, 'A heading that must not be stranded'), paragraph('The first line after the heading.'), bullets('A point')) });
    const file = await exportToFile(draft, false);
    // Page 2 is the contents, where the heading is listed without its text.
    for (let page = 3; page <= pageCount(file); page += 1) {
      const lines = pdfText(file, page).split('\n').map((line) => line.trim()).filter((line) => line !== '' && !/^Page \d+ of \d+$/.test(line));
      if (lines.includes('A heading that must not be stranded')) expect(lines).toContain('The first line after the heading.');
    }
    expect(pdfText(file)).not.toContain('DRAFT');
    const asDraft = await exportToFile(draft, true);
    expect(pdfText(asDraft, 3)).toContain('DRAFT');
  });

  it.skipIf(!POPPLER)('prints the description of an image it cannot draw instead of failing', async () => {
    const gif = 'data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///ywAAAAAAQABAAACAUwAOw==';
    const draft = sampleDraftWith({ vision: doc(image(gif, 'Map of our children’s homes'), image('data:image/png;base64,bm90IGFuIGltYWdl', '')) });
    const text = normalise(pdfText(await exportToFile(draft, false)));
    expect(text).toContain('[Image not shown: Map of our children’s homes]');
    expect(text).toContain('[Image not shown: Image without a description]');
  });

  it('refuses cover fields that are not valid with a clear error', async () => {
    const draft = { ...sampleDraft(), cover: { ...sampleDraft().cover, date: 'next Tuesday' } };
    await expect(exportPdf({ draft, template: sampleTemplate(), markDraft: false })).rejects.toThrow(/title page fields could not be read/);
  });
});
