import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadTemplates } from '../../../electron/core/templates/loadTemplates.js';
import { exportProblems } from '../../../electron/core/export/exportProblems.js';
import { DOCUMENT_SECTION, type CompletenessReport } from '../../../shared/completeness/index.js';
import { emptyCover, type CoverFields } from '../../../shared/model/draft.js';
import { adoptionLine, titleFieldLabel, wholeDocumentHeading } from '../../../shared/template/documentWords.js';
import { DOCUMENT_WORDS_DEFAULT, type Template } from '../../../shared/template/template.js';
import { workshopLead, workshopPrompts } from '../../../renderer/workshop/workshopText.js';
import { checkCoverForm, type CoverFormValues } from '../../../renderer/draft/coverForm.js';
import { useCore } from '../core/apiHarness.js';
import { tempDir } from '../core/fixtures.js';
import { docxAllText } from '../../fixtures/docxInspect.js';
import { pdfText, POPPLER } from '../export/pdfTools.js';

const templatesDir = fileURLToPath(new URL('../../../templates/', import.meta.url));

function packs(): Map<string, Template> {
  const { templates, problems } = loadTemplates(templatesDir);
  expect(problems).toEqual([]);
  return new Map(templates.map((template) => [template.id, template]));
}

function pack(id: string): Template {
  const template = packs().get(id);
  if (!template) throw new Error(`${id} was not loaded`);
  return template;
}

const core = useCore();

describe("each pack's own words", () => {
  it('names the document, its owner and its adopters as each nation does', () => {
    const loaded = packs();
    expect([...loaded.keys()].sort()).toEqual(['england-strategy', 'northern-ireland-strategy', 'scotland-plan', 'wales-strategy']);
    // England's words are the ones the app always used, so nothing an English council sees changes.
    expect(loaded.get('england-strategy')?.words).toEqual(DOCUMENT_WORDS_DEFAULT);
    expect(loaded.get('scotland-plan')?.words).toMatchObject({ documentKind: 'plan', organisation: 'Organisation' });
    expect(loaded.get('northern-ireland-strategy')?.words).toMatchObject({ documentKind: 'strategy', organisation: 'Trust', leaders: 'Trust Board members' });
    for (const template of loaded.values()) {
      if (template.nation === 'England' || template.nation === 'Wales') continue;
      // A Scottish corporate parent may be a council (the hint says so), but the field and its leaders are not named as one.
      const { organisation, leaders, leader } = template.words;
      expect([organisation, leaders, leader].join(' '), template.id).not.toMatch(/\bcouncil(?:lors?)?\b/i);
      expect(template.export.approvingBody, template.id).not.toMatch(/Full Council/i);
    }
  });

  it('puts those words into the sentences the screens and the CLI say', () => {
    const scotland = pack('scotland-plan').words;
    const northernIreland = pack('northern-ireland-strategy').words;
    expect(titleFieldLabel(scotland)).toBe('Plan title');
    expect(wholeDocumentHeading(scotland)).toBe('Whole plan');
    expect(titleFieldLabel(DOCUMENT_WORDS_DEFAULT)).toBe('Strategy title');
    expect(adoptionLine(DOCUMENT_WORDS_DEFAULT, ' Full Council ')).toBe('For adoption by Full Council');
    expect(adoptionLine(northernIreland, 'Trust Board')).toBe('For approval by Trust Board');
    expect(adoptionLine(northernIreland, '  ')).toBe('');

    expect(workshopLead(northernIreland)).toContain('Trust Board members read it first.');
    expect(workshopPrompts(northernIreland).join(' ')).not.toMatch(/councillor/i);
    expect(workshopPrompts(northernIreland)).toContain('Is there anything you want every Trust Board member to remember about you?');
    expect(workshopPrompts(DOCUMENT_WORDS_DEFAULT)).toContain('What do you want councillors to do, starting this year?');
    expect(workshopLead(scotland)).toMatch(/^This is the start of the plan, in your words\. The people who run it read it first\./);

    const backwards: CoverFormValues = { council: '', title: '', periodStart: '2027', periodEnd: '2025', date: '', version: '', owner: '', approvingBody: '', logo: '' };
    expect(checkCoverForm(backwards, scotland.documentKind).errors.periodEnd).toContain('A plan usually runs for three to five years');
    expect(checkCoverForm(backwards).errors.periodEnd).toContain('A strategy usually runs for three to five years');
  });

  it('lists findings about the whole document under its own kind before a final export', () => {
    const scotland = pack('scotland-plan');
    const report = { findings: [{ severity: 'error', section: DOCUMENT_SECTION, rule: 'example', message: 'Something is missing.' }] } as unknown as CompletenessReport;
    const draft = { sections: [], cover: emptyCover() } as unknown as Parameters<typeof exportProblems>[0];
    expect(exportProblems(draft, scotland, report)[0]).toBe('Whole plan: Something is missing.');
  });

  it('exports a Scottish plan to Word and PDF with its own approver, and "Full Council" nowhere', async () => {
    const { call } = core(tempDir(), templatesDir);
    const draft = await call('drafts.create', { templateId: 'scotland-plan', title: 'Our plan for care experienced young people', council: 'Glen Farrow Health Board' });
    const cover: CoverFields = { ...draft.cover, periodStart: 2026, periodEnd: 2029, owner: 'Director of Nursing', approvingBody: 'Glen Farrow Health Board' };
    await call('drafts.updateCover', { id: draft.id, baseRevision: draft.coverRevision, cover });

    const docx = await call('drafts.export', { id: draft.id, format: 'docx', final: false });
    const word = await docxAllText(Buffer.from(docx.dataBase64, 'base64'));
    expect(word).toContain('For approval by Glen Farrow Health Board');
    expect(word).not.toMatch(/Full Council/i);
    expect(word).not.toMatch(/For adoption by/);

    if (!POPPLER) return;
    const pdf = await call('drafts.export', { id: draft.id, format: 'pdf', final: false });
    const file = path.join(tempDir(), 'plan.pdf');
    fs.writeFileSync(file, Buffer.from(pdf.dataBase64, 'base64'));
    const text = pdfText(file).replace(/\s+/g, ' ');
    expect(text).toContain('For approval by Glen Farrow Health Board');
    expect(text).not.toMatch(/Full Council/i);
  });

  it('still prints an English council’s cover as it always did', async () => {
    const { call } = core(tempDir(), templatesDir);
    const draft = await call('drafts.create', { templateId: 'england-strategy', council: 'Exampleshire County Council' });
    await call('drafts.updateCover', { id: draft.id, baseRevision: draft.coverRevision, cover: { ...draft.cover, approvingBody: 'Full Council' } });
    const docx = await call('drafts.export', { id: draft.id, format: 'docx', final: false });
    expect(await docxAllText(Buffer.from(docx.dataBase64, 'base64'))).toContain('For adoption by Full Council');
  });
});
