import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { createCore } from '../../../electron/core/createCore.js';
import { dispatch } from '../../../shared/api/dispatch.js';
import type { Draft } from '../../../shared/model/draft.js';
import { POPPLER, pdfText } from '../export/pdfTools.js';
import { useCore, type Caller } from './apiHarness.js';
import { paragraphDoc, tempDir, TEST_TEMPLATE } from './fixtures.js';

const start = useCore();
const SHIPPED_TEMPLATES = path.resolve(__dirname, '../../../templates');

async function writeAndApprove(call: Caller, draft: Draft, text: (sectionId: string) => string): Promise<void> {
  await call('settings.update', { author: 'Officer Kim' });
  for (const section of draft.sections) {
    await call('drafts.updateSection', { id: draft.id, sectionId: section.id, baseRevision: section.revision, doc: paragraphDoc(text(section.id)) });
    await call('drafts.setSectionState', { id: draft.id, sectionId: section.id, state: 'ready-for-review' });
  }
  await call('settings.update', { author: 'Manager Lee' });
  const written = await call('drafts.open', { id: draft.id });
  await call('drafts.approveSections', { id: draft.id, sections: written.sections.map((section) => ({ sectionId: section.id, baseRevision: section.revision })) });
}

async function documentXml(dataBase64: string): Promise<string> {
  const zip = await JSZip.loadAsync(Buffer.from(dataBase64, 'base64'));
  return (await zip.file('word/document.xml')?.async('string')) ?? '';
}

describe('a final export and placeholders', () => {
  it('refuses a final version while any placeholder remains, wherever it is, naming each, though everything is approved', async () => {
    const { core, call, fail } = start();
    const draft = await call('drafts.create', { templateId: TEST_TEMPLATE.id, council: 'Exampleshire' });
    await call('drafts.updateCover', { id: draft.id, baseRevision: draft.coverRevision, cover: { ...draft.cover, owner: 'TBC' } });
    await writeAndApprove(call, draft, (sectionId) => (sectionId === 'glossary' ? 'EET: XX% of care leavers, see [Name].' : `Our ${sectionId}.`));
    const refused = await fail('drafts.export', { id: draft.id, format: 'pdf', final: true });
    expect(refused.code).toBe('placeholders-left');
    expect(refused.message).toMatch(/^A final version cannot hold placeholders, and 3 are still in the text/);
    expect(refused.details).toEqual(['Title page: replace the placeholder "TBC".', 'Glossary: replace the placeholder "XX%".', 'Glossary: replace the placeholder "[Name]".']);
    const target = path.join(tempDir(), 'final.docx');
    await expect(core.exportToFile({ id: draft.id, format: 'docx', final: true, force: false, path: target })).rejects.toMatchObject({ code: 'placeholders-left' });
    expect(fs.existsSync(target)).toBe(false);
    // A draft copy is still possible, and says what is missing.
    expect(await call('drafts.export', { id: draft.id, format: 'docx', final: false })).toMatchObject({ markedDraft: true });
  });

  it('lets a final version through once the placeholders are replaced', async () => {
    const { call } = start();
    const draft = await call('drafts.create', { templateId: TEST_TEMPLATE.id, council: 'Exampleshire' });
    await writeAndApprove(call, draft, (sectionId) => `Our ${sectionId}, with reference [3].`);
    expect(await call('drafts.export', { id: draft.id, format: 'docx', final: true })).toMatchObject({ markedDraft: false });
  });
});

describe("the young people's attribution in the exports", () => {
  const attribution = {
    groupName: 'Riverford Children in Care Council',
    writtenIn: '2026-03',
    contributors: [
      { name: 'Amira Khan', consent: { givenBy: 'Amira Khan', date: '2026-03-02', recordedBy: 'Sam Worker' } },
      { name: 'Jordan Lee', consent: { givenBy: 'Jordan Lee', date: '2026-03-02', recordedBy: 'Sam Worker', fullName: true } },
      { name: 'Kai Brown', consent: null },
    ],
  };
  const line = 'Written by Amira and Jordan Lee from Riverford Children in Care Council, March 2026.';

  it('prints the line made from the workshop record in place of the starter line, in Word and PDF, with only the names consent allows', async () => {
    const core = createCore({ dataDir: tempDir(), templatesDir: SHIPPED_TEMPLATES });
    try {
      const api = async <T>(method: string, payload: unknown): Promise<T> => {
        const result = await dispatch(core.handlers, method as never, payload);
        if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
        return result.value as T;
      };
      const draft = await api<Draft>('drafts.create', { templateId: 'england-strategy', council: 'Riverford' });
      const before = await api<{ dataBase64: string }>('drafts.export', { id: draft.id, format: 'docx', final: false });
      expect(await documentXml(before.dataBase64)).toContain('[name of the Children in Care Council');

      await api('drafts.updateAttribution', { id: draft.id, attribution });
      const word = await api<{ dataBase64: string; problems: string[] }>('drafts.export', { id: draft.id, format: 'docx', final: false });
      const xml = await documentXml(word.dataBase64);
      expect(xml).toContain(line);
      expect(xml).not.toContain('[name of the Children in Care Council');
      expect(xml).not.toMatch(/Kai|Khan/);
      expect(word.problems.join('\n')).not.toContain('[name of the Children in Care Council');

      const pdf = await api<{ dataBase64: string }>('drafts.export', { id: draft.id, format: 'pdf', final: false });
      if (POPPLER) {
        const file = path.join(tempDir(), 'foreword.pdf');
        fs.writeFileSync(file, Buffer.from(pdf.dataBase64, 'base64'));
        const text = pdfText(file).replace(/\s+/g, ' ');
        expect(text).toContain(line);
        expect(text).not.toMatch(/Kai|Khan|\[name of the Children/);
      }
    } finally {
      core.close();
    }
  });
});
