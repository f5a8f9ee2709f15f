import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportDocx } from '../../../electron/core/export/docx/exportDocx.js';
import { printedPages, type PrintedPages } from '../../../electron/core/export/pdf/pagination.js';
import { bullets, doc, heading, paragraph } from '../../fixtures/docBuilders.js';
import { convertWithLibreOffice, docxParts, findOffice } from '../../fixtures/docxInspect.js';
import { sampleDraftWith } from '../../fixtures/sampleDraft.js';
import { sampleTemplate } from '../../fixtures/sampleTemplate.js';
import { POPPLER } from './pdfTools.js';
import { execFileSync } from 'node:child_process';

/**
 * The Word contents are delivered with page numbers: each entry's PAGEREF
 * field keeps its field code (so Word can refresh it) and carries, as its
 * result, the page the PDF paginator put the heading on. A section long
 * enough to run over several pages makes the numbers worth checking.
 */

const LONG_PARAGRAPH = 'Every placement move is agreed with the young person first, and the reasons are written down in words they chose. '.repeat(8);
const longSection = doc(
  paragraph(LONG_PARAGRAPH),
  heading(2, 'Where children live'),
  ...Array.from({ length: 14 }, () => paragraph(LONG_PARAGRAPH)),
  heading(2, 'Staying close to school'),
  bullets('Transport is arranged before a move.', 'The designated teacher is told the same day.'),
  heading(3, 'A third-level heading the contents leave out'),
  paragraph(LONG_PARAGRAPH),
);
const draft = sampleDraftWith({ introduction: longSection });
const input = { draft, template: sampleTemplate(), markDraft: false };

interface WordEntry {
  title: string;
  fieldCode: string;
  result: string;
}

/** The contents' entries as Word reads them: the visible title, and the PAGEREF field's code and result. */
function wordEntries(documentXml: string): WordEntry[] {
  const contents = /<w:sdt>[\s\S]*?<w:docPartGallery w:val="Table of Contents"\/>[\s\S]*?<\/w:sdt>/.exec(documentXml)?.[0] ?? '';
  const paragraphs = contents.match(/<w:p>[\s\S]*?<\/w:p>/g) ?? [];
  return paragraphs.flatMap((xml) => {
    const field = /<w:instrText[^>]*>(PAGEREF [^<]*)<\/w:instrText><w:fldChar w:fldCharType="separate"\/>((?:<w:t[^>]*>[^<]*<\/w:t>)*)<w:fldChar w:fldCharType="end"\/>/.exec(xml);
    if (field === null) return [];
    const beforeField = xml.slice(0, field.index);
    const title = [...beforeField.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((match) => match[1]).join('');
    const result = [...(field[2] ?? '').matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((match) => match[1]).join('');
    return [{ title, fieldCode: field[1] as string, result }];
  });
}

describe('Word contents with page numbers as delivered', () => {
  let printed: PrintedPages;
  let docx: Uint8Array;
  let entries: WordEntry[];
  beforeAll(async () => {
    printed = printedPages(input);
    docx = await exportDocx(input);
    entries = wordEntries((await docxParts(docx, ['word/document.xml']))['word/document.xml'] ?? '');
  }, 60_000);

  it('lists the same two heading levels as the PDF contents, in the same order', () => {
    expect(printed.contents.some((entry) => entry.level === 2)).toBe(true);
    expect(entries.map((entry) => entry.title)).toEqual(printed.contents.map((entry) => entry.title));
    expect(entries.map((entry) => entry.title)).not.toContain('A third-level heading the contents leave out');
  });

  it('gives every entry the page the PDF paginator found, inside a PAGEREF field Word can refresh', () => {
    expect(entries.length).toBeGreaterThan(0);
    entries.forEach((entry, index) => {
      expect(entry.fieldCode).toMatch(/^PAGEREF _Toc\d+ \\h$/);
      expect(entry.result).not.toBe('');
      expect(Number(entry.result)).toBe(printed.contents[index]?.page);
    });
    // The long section pushes what follows it over several pages, so the numbers are not simply one per section.
    const pages = printed.contents.filter((entry) => entry.level === 1).map((entry) => entry.page);
    expect(pages.some((page, index) => index > 0 && page - (pages[index - 1] as number) > 1)).toBe(true);
  });

  it.skipIf(findOffice() === null || !POPPLER)('shows the numbers when LibreOffice renders the file, without updating fields', async () => {
    const { pdf } = await convertWithLibreOffice(findOffice() ?? 'soffice', docx);
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'word-contents-')), 'word.pdf');
    fs.writeFileSync(file, pdf);
    const text = execFileSync('pdftotext', ['-layout', '-f', '2', '-l', '3', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    for (const entry of printed.contents) {
      const title = entry.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      expect(text, entry.title).toMatch(new RegExp(`${title} ?\\.{3,} ?${entry.page}\\b`));
    }
  }, 120_000);
});
