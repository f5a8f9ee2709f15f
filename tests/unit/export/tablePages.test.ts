import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportDocx } from '../../../electron/core/export/docx/exportDocx.js';
import { exportPdf } from '../../../electron/core/export/pdf/exportPdf.js';
import { TABLE_KINDS } from '../../../shared/model/schema.js';
import { doc, heading, paragraph, table } from '../../fixtures/docBuilders.js';
import { convertWithLibreOffice, findOffice } from '../../fixtures/docxInspect.js';
import { sampleDraftWith } from '../../fixtures/sampleDraft.js';
import { sampleTemplate } from '../../fixtures/sampleTemplate.js';
import { POPPLER, run } from './pdfTools.js';

/**
 * A long table fills its pages alike in the PDF and in the Word file as
 * LibreOffice sets it: every page the table fills holds the same number of
 * rows in both, so the two do not drift apart over a long measures table.
 */

const rows = Array.from({ length: 120 }, (_, index) => [`Measure ${index + 1}`, `Baseline ${index * 3}%`, 'A longer description of the target, long enough to need two lines in its cell']);
const draft = sampleDraftWith({ introduction: doc(paragraph('The measures we report on.'), heading(2, 'Measures'), table(TABLE_KINDS[0], ['Measure', 'Baseline', 'Target'], rows)) });
const input = { draft, template: sampleTemplate(), markDraft: false };

/** How many table rows each page holds, for the pages the table fills from top to foot (not its first or last). */
function rowsPerFullPage(pdf: Uint8Array): number[] {
  return rowsPerPage(pdf).slice(1, -1);
}

/** How many table rows each page the table reaches holds. */
function rowsPerPage(pdf: Uint8Array): number[] {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'table-pages-')), 'file.pdf');
  fs.writeFileSync(file, pdf);
  return run('pdftotext', ['-layout', file, '-'])
    .split('\f')
    .map((page) => (page.match(/Measure \d+/g) ?? []).length)
    .filter((count) => count > 0);
}

describe('a long table in both formats', () => {
  it.skipIf(findOffice() === null || !POPPLER)('holds as many rows on each full page in Word (LibreOffice) as in the PDF', async () => {
    const inPdf = rowsPerFullPage(await exportPdf(input));
    const inWord = rowsPerFullPage((await convertWithLibreOffice(findOffice() ?? 'soffice', await exportDocx(input))).pdf);
    expect(inPdf.length).toBeGreaterThanOrEqual(2);
    expect(inWord).toEqual(inPdf);
  }, 120_000);

  it.skipIf(findOffice() === null || !POPPLER)('starts with as many rows on its first page in both: no space above a table in either', async () => {
    const inPdf = rowsPerPage(await exportPdf(input));
    const inWord = rowsPerPage((await convertWithLibreOffice(findOffice() ?? 'soffice', await exportDocx(input))).pdf);
    expect(inWord[0]).toBe(inPdf[0]);
  }, 120_000);
});
