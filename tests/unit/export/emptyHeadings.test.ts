import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { NodeJSON } from '../../../shared/model/draft.js';
import { exportDocx } from '../../../electron/core/export/docx/exportDocx.js';
import { planSections } from '../../../electron/core/export/sectionPlan.js';
import { docxParts } from '../../fixtures/docxInspect.js';
import { sampleDraftWith } from '../../fixtures/sampleDraft.js';
import { sampleTemplate } from '../../fixtures/sampleTemplate.js';
import { exportPdfToFile, pdfText, POPPLER } from './pdfTools.js';

const heading = (level: number, text: string): NodeJSON => ({ type: 'heading', attrs: { level }, content: text === '' ? [] : [{ type: 'text', text }] });
const paragraph = (text = ''): NodeJSON => (text === '' ? { type: 'paragraph' } : { type: 'paragraph', content: [{ type: 'text', text }] });
const doc = (...content: NodeJSON[]): NodeJSON => ({ type: 'doc', content });

/** Headings an officer left as the starter gave them, around ones with writing under them. */
const ROLES = doc(
  heading(2, 'Left as the starter gave it'),
  heading(2, 'Councillors'),
  paragraph('Every councillor asks what a good parent would want.'),
  heading(2, 'A heading over a blank line'),
  paragraph(),
  heading(2, 'Partners'),
  heading(3, 'Health'),
  paragraph('The health trust names a lead.'),
  heading(3, 'An empty sub-heading'),
  heading(2, ''),
  paragraph('Words under a heading with no words of its own.'),
  heading(2, 'Last and empty'),
);

const KEPT = ['Councillors', 'Partners', 'Health'];
const DROPPED = ['Left as the starter gave it', 'A heading over a blank line', 'An empty sub-heading', 'Last and empty'];

const headingTexts = (content: NodeJSON | null | undefined): string[] => (content?.content ?? []).filter((node) => node.type === 'heading').map((node) => (node.content ?? []).map((child) => child.text ?? '').join(''));

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cps-empty-headings-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('headings that head nothing are not printed', () => {
  it('leaves them out of the section plan both exporters print, keeping every written block', () => {
    const roles = planSections(sampleDraftWith({ roles: ROLES }), sampleTemplate()).find((section) => section.id === 'roles');
    const content = roles?.content?.toJSON() as NodeJSON | undefined;
    expect(headingTexts(content)).toEqual(KEPT);
    expect(JSON.stringify(content)).toContain('Words under a heading with no words of its own.');
    expect(JSON.stringify(content)).toContain('The health trust names a lead.');
  });

  it('treats a section of nothing but starter headings as not yet written, while still printing it', () => {
    const plan = planSections(sampleDraftWith({ roles: doc(heading(2, 'Our partners'), heading(2, 'Our councillors')) }), sampleTemplate());
    const roles = plan.find((section) => section.id === 'roles');
    expect(roles).toBeDefined();
    expect(roles?.content).toBeNull();
  });

  it('keeps them out of the Word file', async () => {
    const bytes = await exportDocx({ draft: sampleDraftWith({ roles: ROLES }), template: sampleTemplate(), markDraft: false });
    const xml = (await docxParts(bytes, ['word/document.xml']))['word/document.xml'] ?? '';
    for (const text of KEPT) expect(xml).toContain(`>${text}<`);
    for (const text of DROPPED) expect(xml).not.toContain(text);
  });

  it.runIf(POPPLER)('keeps them out of the PDF', async () => {
    const { file } = await exportPdfToFile(sampleDraftWith({ roles: ROLES }), dir, 'empty-headings');
    const text = pdfText(file).replace(/\s+/g, ' ');
    for (const words of KEPT) expect(text).toContain(words);
    for (const words of DROPPED) expect(text).not.toContain(words);
  });
});
