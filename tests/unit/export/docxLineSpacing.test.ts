import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportDocx } from '../../../electron/core/export/docx/exportDocx.js';
import { convertWithLibreOffice, docxParts, findOffice } from '../../fixtures/docxInspect.js';
import { sampleDraft } from '../../fixtures/sampleDraft.js';
import { sampleTemplate } from '../../fixtures/sampleTemplate.js';
import { POPPLER, wordBoxes } from './pdfTools.js';

/** A title long enough to take three lines on the cover. */
const LONG_TITLE = 'Corporate Parenting Strategy for Northshire children in care and care leavers';

async function longTitleDocx(): Promise<Uint8Array> {
  const draft = sampleDraft();
  return exportDocx({ draft: { ...draft, cover: { ...draft.cover, title: LONG_TITLE } }, template: sampleTemplate(), markDraft: false });
}

describe('Word line spacing', () => {
  it('states the line rule wherever a line height is given, so no reader takes it as exact', async () => {
    const parts = await docxParts(await longTitleDocx(), ['word/styles.xml', 'word/document.xml']);
    const spacings = Object.values(parts).flatMap((xml) => xml.match(/<w:spacing [^>]*w:line="[^"]*"[^>]*\/>/g) ?? []);
    expect(spacings.length).toBeGreaterThan(0);
    for (const spacing of spacings) expect(spacing).toMatch(/w:lineRule="(auto|atLeast|exact)"/);
    // Body lines at least the PDF's 15 pt leading, taller where a picture needs it.
    expect(parts['word/styles.xml']).toMatch(/<w:docDefaults>[\s\S]*<w:spacing [^>]*w:line="300"[^>]*w:lineRule="atLeast"/);
  });

  it.skipIf(findOffice() === null || !POPPLER)('keeps the lines of a long cover title apart in LibreOffice', async () => {
    const { pdf } = await convertWithLibreOffice(findOffice() ?? 'soffice', await longTitleDocx());
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'docx-spacing-')), 'cover.pdf');
    fs.writeFileSync(file, pdf);
    const titleWords = new Set(LONG_TITLE.split(' '));
    // The title is the largest text on the cover: its words are the tallest boxes.
    const boxes = wordBoxes(file, 1).filter((box) => titleWords.has(box.word) && box.yMax - box.yMin > 20);
    const lines = [...new Set(boxes.map((box) => Math.round(box.yMin)))].sort((a, b) => a - b);
    expect(lines.length).toBeGreaterThanOrEqual(2);
    const height = Math.min(...boxes.map((box) => box.yMax - box.yMin));
    for (let index = 1; index < lines.length; index += 1) expect((lines[index] as number) - (lines[index - 1] as number)).toBeGreaterThanOrEqual(height);
  }, 120_000);
});
