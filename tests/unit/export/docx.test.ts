import { beforeAll, describe, expect, it } from 'vitest';
import type { NodeJSON } from '../../../shared/model/draft.js';
import { sectionNumbering } from '../../../shared/completeness/numbering.js';
import { exportDocx } from '../../../electron/core/export/docx/exportDocx.js';
import { convertWithLibreOffice, docxFileNames, docxHtml, docxParts, elementTexts, findOffice, htmlText } from '../../fixtures/docxInspect.js';
import { solidPng } from '../../fixtures/images.js';
import { SAMPLE_COUNCIL, SAMPLE_TITLE, sampleDraft } from '../../fixtures/sampleDraft.js';
import { sampleTemplate } from '../../fixtures/sampleTemplate.js';

const PARTS = ['word/document.xml', 'word/styles.xml', 'word/numbering.xml', 'word/settings.xml', 'docProps/core.xml'];

function headerXml(parts: Record<string, string>): string {
  return Object.entries(parts)
    .filter(([name]) => /^word\/header\d+\.xml$/.test(name))
    .map(([, xml]) => xml)
    .join('\n');
}

async function exported(markDraft: boolean): Promise<{ bytes: Uint8Array; parts: Record<string, string> }> {
  const bytes = await exportDocx({ draft: sampleDraft(), template: sampleTemplate(), markDraft, logo: { data: solidPng(300, 100), type: 'png' } });
  const names = await docxFileNames(bytes);
  const parts = await docxParts(bytes, [...PARTS, ...names.filter((name) => /^word\/(header|footer)\d+\.xml$/.test(name))]);
  return { bytes, parts };
}

function nodesOfType(node: NodeJSON, type: string): NodeJSON[] {
  const found = node.type === type ? [node] : [];
  return [...found, ...(node.content ?? []).flatMap((child) => nodesOfType(child, type))];
}

function textOf(node: NodeJSON): string {
  return node.text ?? (node.content ?? []).map(textOf).join('');
}

const allSectionDocs = () => sampleDraft().sections.map((section) => section.doc);

describe('Word export of a complete strategy', () => {
  let final: Awaited<ReturnType<typeof exported>>;
  let draft: Awaited<ReturnType<typeof exported>>;
  beforeAll(async () => {
    [final, draft] = await Promise.all([exported(false), exported(true)]);
    // Each Word export lays the PDF out too, for its contents' page numbers: slow on a loaded machine.
  }, 60_000);

  it('uses the built-in styles, with en-GB as the language', () => {
    const styles = final.parts['word/styles.xml'] ?? '';
    for (const id of ['Title', 'Heading1', 'Heading2', 'Heading3', 'Normal']) expect(styles).toContain(`w:styleId="${id}"`);
    expect(styles).toMatch(/<w:docDefaults>[\s\S]*<w:lang w:val="en-GB"/);
    const document = final.parts['word/document.xml'] ?? '';
    for (const id of ['Title', 'Heading1', 'Heading2', 'Heading3']) expect(document).toContain(`<w:pStyle w:val="${id}"/>`);
  });

  it('numbers main sections in template order and letters the appendices, as the shared numbering does', () => {
    const document = final.parts['word/document.xml'] ?? '';
    const template = sampleTemplate();
    const numbering = sectionNumbering(template);
    const headings = [...document.matchAll(/<w:pStyle w:val="Heading1"\/>[\s\S]*?<w:t xml:space="preserve">([^<]*)<\/w:t>/g)].map((match) => match[1]);
    const expected = template.sections
      .filter((section) => section.kind !== 'cover')
      .map((section) => {
        const label = numbering.get(section.id);
        if (label === undefined) return section.title;
        return label.startsWith('Appendix') ? `${label}: ${section.title.replace(/^Appendix:\s*/, '')}` : `${label}. ${section.title}`;
      });
    expect(headings).toEqual(expected);
    expect(headings).toContain('Appendix B: Corporate Parenting Board terms of reference');
  });

  it('links cross-references to the headings they name, but not references to legislation', () => {
    const document = final.parts['word/document.xml'] ?? '';
    expect(document).toMatch(/<w:hyperlink [^>]*w:anchor="sec_board_tor"[^>]*>(?:(?!<\/w:hyperlink>)[\s\S])*Appendix B<\/w:t>/);
    expect(document).toMatch(/<w:hyperlink [^>]*w:anchor="sec_pledge"[^>]*>(?:(?!<\/w:hyperlink>)[\s\S])*section 4<\/w:t>/);
    expect(document).toContain('<w:bookmarkStart w:name="sec_board_tor"');
    expect(document).not.toMatch(/section 1<\/w:t><\/w:r><\/w:hyperlink>/);
  });

  it('has a contents field over headings 1 and 2, as the PDF lists them, delivered with its page numbers so Word need not update it on opening', () => {
    expect(final.parts['word/document.xml']).toMatch(/<w:instrText[^>]*>TOC \\h \\o &quot;1-2&quot;<\/w:instrText>/);
    expect(final.parts['word/settings.xml']).not.toMatch(/<w:updateFields/);
  });

  it('defines real numbering for bullets and numbers three levels deep, each ordered list restarting', () => {
    const numbering = final.parts['word/numbering.xml'] ?? '';
    expect(numbering).toContain('w:val="bullet"');
    expect(numbering).toContain('w:val="decimal"');
    expect(numbering).toContain('w:val="lowerLetter"');
    expect(numbering).toContain('w:val="lowerRoman"');
    const orderedLists = allSectionDocs().flatMap((doc) => nodesOfType(doc, 'ordered_list')).length;
    const bulletLists = allSectionDocs().flatMap((doc) => nodesOfType(doc, 'bullet_list')).length;
    // One concrete list (w:num) per list in the draft: that is what restarts each one at 1.
    expect((numbering.match(/<w:num w:numId=/g) ?? []).length).toBeGreaterThanOrEqual(orderedLists + bulletLists);
    const document = final.parts['word/document.xml'] ?? '';
    expect(document).toMatch(/<w:ilvl w:val="2"\/>/);
  });

  it('marks the header row of every table to repeat on each page', () => {
    const document = final.parts['word/document.xml'] ?? '';
    const tables = document.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? [];
    expect(tables).toHaveLength(allSectionDocs().flatMap((doc) => nodesOfType(doc, 'table')).length);
    for (const table of tables) {
      const rows = table.match(/<w:tr>[\s\S]*?<\/w:tr>/g) ?? [];
      expect(rows[0]).toContain('<w:tblHeader/>');
      expect(rows.slice(1).some((row) => row.includes('<w:tblHeader/>'))).toBe(false);
    }
  });

  it('writes the document properties', () => {
    const core = final.parts['docProps/core.xml'] ?? '';
    expect(core).toContain(`<dc:title>${SAMPLE_TITLE}</dc:title>`);
    expect(core).toContain('<dc:subject>Corporate parenting strategy</dc:subject>');
    expect(core).toContain('<dc:creator>Director of Children’s Services</dc:creator>');
    expect(core).toContain(`<cp:keywords>corporate parenting; looked after children; care leavers; ${SAMPLE_COUNCIL}</cp:keywords>`);
    expect(core).toMatch(/<dc:description>[^<]*2025 to 2028/);
  });

  it('builds the cover from the cover fields, with the logo and its alt text', () => {
    const document = final.parts['word/document.xml'] ?? '';
    const cover = document.slice(0, document.indexOf('TOCHeading'));
    for (const text of [SAMPLE_COUNCIL, SAMPLE_TITLE, '2025 to 2028', '30 September 2025', '1.0', 'Director of Children’s Services', 'For adoption by Full Council']) {
      expect(cover).toContain(text);
    }
    expect(cover).toContain(`descr="${SAMPLE_COUNCIL} logo"`);
  });

  it('runs the title in the header and "Page N of M" in the footer', () => {
    const furniture = Object.entries(final.parts).filter(([name]) => /(header|footer)\d+\.xml$/.test(name)).map(([, xml]) => xml).join('\n');
    expect(furniture).toContain(SAMPLE_TITLE);
    expect(furniture).toMatch(/Page <\/w:t>[\s\S]*PAGE[\s\S]*of <\/w:t>[\s\S]*NUMPAGES/);
  });

  it('marks a draft with DRAFT in the header and a watermark, and a final export with neither', () => {
    expect(headerXml(draft.parts)).toContain('DRAFT');
    expect(headerXml(draft.parts)).toMatch(/<v:textpath[^>]*string="DRAFT"/);
    expect(headerXml(final.parts)).not.toContain('DRAFT');
    expect(final.parts['word/document.xml']).not.toContain('DRAFT');
  });

  it('keeps bold, italic, links and images with their alt text, without empty paragraphs', () => {
    const document = final.parts['word/document.xml'] ?? '';
    expect(document).toContain('<w:b/>');
    expect(document).toContain('<w:i/>');
    expect(document).toMatch(/<w:hyperlink[^>]*r:id="[^"]+"[^>]*>[\s\S]*?Mind of My Own app/);
    expect(document).toContain('descr="Bar chart of children looked after in Northshire, 2021 to 2025"');
    const body = document.slice(document.indexOf('<w:body>'), document.indexOf('<w:sectPr'));
    const outsideTables = body.replace(/<w:tbl>[\s\S]*?<\/w:tbl>/g, '').replace(/<w:sdt>[\s\S]*?<\/w:sdt>/g, '');
    const paragraphs = outsideTables.match(/<w:p>[\s\S]*?<\/w:p>|<w:p\/>/g) ?? [];
    const empty = paragraphs.filter((paragraph) => !/<w:t[ >]|<w:drawing>|<w:fldChar/.test(paragraph));
    expect(empty).toEqual([]);
  });

  describe('read back by mammoth', () => {
    let html: string;
    beforeAll(async () => {
      html = await docxHtml(final.bytes);
    });

    it('has the section headings and the headings inside sections', () => {
      const h2 = elementTexts(html, 'h2').map(htmlText);
      const h3 = elementTexts(html, 'h3').map(htmlText);
      const sourceH2 = allSectionDocs().flatMap((doc) => nodesOfType(doc, 'heading')).filter((node) => node.attrs?.['level'] === 2).map(textOf);
      const sourceH3 = allSectionDocs().flatMap((doc) => nodesOfType(doc, 'heading')).filter((node) => node.attrs?.['level'] === 3).map(textOf);
      expect(h2).toEqual(sourceH2);
      expect(h3).toEqual(sourceH3);
      expect(elementTexts(html, 'h1').map(htmlText)).toContain('4. Our pledge to you');
    });

    it('has every list item, in numbered and bulleted lists as written', () => {
      const items = elementTexts(html, 'li');
      const sourceItems = allSectionDocs().flatMap((doc) => nodesOfType(doc, 'list_item'));
      expect(items).toHaveLength(sourceItems.length);
      const firstLines = items.map((item) => htmlText(item.replace(/<(ul|ol)>[\s\S]*$/, '')));
      expect(firstLines).toEqual(sourceItems.map((item) => textOf(item.content?.[0] ?? { type: 'paragraph' })));
      expect(elementTexts(html, 'ol').length).toBeGreaterThanOrEqual(allSectionDocs().flatMap((doc) => nodesOfType(doc, 'ordered_list')).length);
    });

    it('has every table cell', () => {
      const cells = [...elementTexts(html, 'td'), ...elementTexts(html, 'th')].map(htmlText).sort();
      const sourceCells = allSectionDocs()
        .flatMap((doc) => [...nodesOfType(doc, 'table_cell'), ...nodesOfType(doc, 'table_header')])
        .map(textOf)
        .sort();
      expect(cells).toEqual(sourceCells);
    });
  });

  it.skipIf(findOffice() === null)('converts to PDF in LibreOffice', async () => {
    const { pdf } = await convertWithLibreOffice(findOffice() ?? 'soffice', draft.bytes);
    expect(Buffer.from(pdf.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(10_000);
  }, 120_000);
});
