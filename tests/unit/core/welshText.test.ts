import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION } from '../../../electron/core/storage/migrations.js';
import { TEMPLATES_DIR } from '../../fixtures/shippedTemplate.js';
import { useCore } from './apiHarness.js';
import { paragraphDoc, tempDir } from './fixtures.js';

const startCore = useCore();
const root = path.resolve(__dirname, '../../..');
/** Written at schema version 4 (England pack version 2): see tests/fixtures/libraries/README.md. */
const FORMAT_4 = path.join(root, 'tests/fixtures/libraries/format-4-england-pack-v2.sqlite');
const WRITTEN = '385118a6-23bb-44a5-8d21-825c6d99ea69';

function present<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('expected a value');
  return value;
}

async function welshDraft() {
  const api = startCore(tempDir(), TEMPLATES_DIR);
  const draft = await api.call('drafts.create', { templateId: 'wales-strategy', title: 'Strategaeth', council: 'Cyngor Sir Enghraifft' });
  const sectionId = present(draft.sections[1]).id;
  return { ...api, draft, sectionId };
}

describe('the Welsh text beside each section of a bilingual draft', () => {
  it('is saved, read back and revised on its own, leaving the English text alone', async () => {
    const { call, draft, sectionId } = await welshDraft();
    const english = present(draft.sections.find((section) => section.id === sectionId));
    expect(draft.translations).toBeUndefined();

    const first = await call('drafts.updateSection', { id: draft.id, sectionId, baseRevision: 0, doc: paragraphDoc('Bydd pob plentyn yn cael cartref diogel.'), language: 'cy' });
    expect(first.revision).toBe(1);
    const second = await call('drafts.updateSection', { id: draft.id, sectionId, baseRevision: 1, doc: paragraphDoc('Bydd pob plentyn mewn gofal yn cael cartref diogel.'), language: 'cy' });
    expect(second.revision).toBe(2);

    const reopened = await call('drafts.open', { id: draft.id });
    expect(reopened.translations?.cy?.[sectionId]?.doc).toEqual(paragraphDoc('Bydd pob plentyn mewn gofal yn cael cartref diogel.'));
    expect(reopened.translations?.cy?.[sectionId]?.revision).toBe(2);
    const englishNow = present(reopened.sections.find((section) => section.id === sectionId));
    expect(englishNow.doc).toEqual(english.doc);
    expect(englishNow.revision).toBe(english.revision);

    const welshHistory = await call('drafts.revisions', { id: draft.id, sectionId, language: 'cy' });
    expect(welshHistory.map((revision) => revision.action)).toEqual(['section', 'section']);
    expect(await call('drafts.revisions', { id: draft.id, sectionId })).toEqual([]);
    const detail = await call('drafts.revision', { id: draft.id, revisionId: present(welshHistory[1]).id });
    expect(detail.doc).toEqual(paragraphDoc('Bydd pob plentyn yn cael cartref diogel.'));
  });

  it('refuses a save based on an older Welsh revision, and a Welsh version restored over the English text', async () => {
    const { call, fail, draft, sectionId } = await welshDraft();
    await call('drafts.updateSection', { id: draft.id, sectionId, baseRevision: 0, doc: paragraphDoc('Testun cyntaf.'), language: 'cy' });
    const stale = await fail('drafts.updateSection', { id: draft.id, sectionId, baseRevision: 0, doc: paragraphDoc('Testun arall.'), language: 'cy' });
    expect(stale.code).toBe('conflict');
    const [welsh] = await call('drafts.revisions', { id: draft.id, sectionId, language: 'cy' });
    const english = present(draft.sections.find((section) => section.id === sectionId));
    const restore = await fail('drafts.restoreRevision', { id: draft.id, sectionId, revisionId: present(welsh).id, baseRevision: english.revision });
    expect(restore.code).toBe('invalid-request');
  });

  it('sends an approved section back to review when its Welsh text changes, since an approval is of what is published', async () => {
    const { call, draft, sectionId } = await welshDraft();
    await call('settings.update', { fourEyes: false });
    const written = await call('drafts.updateSection', { id: draft.id, sectionId, baseRevision: 0, doc: paragraphDoc('Our own words for this section.') });
    await call('drafts.setSectionState', { id: draft.id, sectionId, state: 'ready-for-review', baseRevision: written.revision });
    await call('drafts.setSectionState', { id: draft.id, sectionId, state: 'approved', baseRevision: written.revision });
    const receipt = await call('drafts.updateSection', { id: draft.id, sectionId, baseRevision: 0, doc: paragraphDoc('Ein geiriau ein hunain.'), language: 'cy' });
    expect(receipt.signOffReset).toBe(true);
    const reopened = await call('drafts.open', { id: draft.id });
    expect(reopened.sections.find((section) => section.id === sectionId)?.signOff?.state).toBe('ready-for-review');
  });

  it('is refused for a draft whose pack is English only, and for a language the contract does not know', async () => {
    const { call, fail } = startCore(tempDir(), TEMPLATES_DIR);
    const draft = await call('drafts.create', { templateId: 'england-strategy' });
    const sectionId = present(draft.sections[1]).id;
    const refused = await fail('drafts.updateSection', { id: draft.id, sectionId, baseRevision: 0, doc: paragraphDoc('Testun.'), language: 'cy' });
    expect(refused.code).toBe('invalid-request');
    expect(refused.message).toMatch(/English only/);
    const unknown = await fail('drafts.updateSection', { id: draft.id, sectionId, baseRevision: 0, doc: paragraphDoc('Text.'), language: 'fr' });
    expect(unknown.code).toBe('invalid-request');
    expect((await call('drafts.open', { id: draft.id })).translations).toBeUndefined();
  });

  it('is copied with the draft when it is duplicated', async () => {
    const { call, draft, sectionId } = await welshDraft();
    await call('drafts.updateSection', { id: draft.id, sectionId, baseRevision: 0, doc: paragraphDoc('Testun i’w gopïo.'), language: 'cy' });
    const copy = await call('drafts.duplicate', { id: draft.id });
    const opened = await call('drafts.open', { id: copy.id });
    expect(opened.translations?.cy?.[sectionId]?.doc).toEqual(paragraphDoc('Testun i’w gopïo.'));
    expect(opened.translations?.cy?.[sectionId]?.revision).toBe(0);
  });
});

describe('a library written at schema version 4, opened by this version', () => {
  it('is migrated to the latest schema with every draft, section and history entry as it was', async () => {
    const dataDir = tempDir();
    const file = path.join(dataDir, 'library.sqlite');
    fs.copyFileSync(FORMAT_4, file);
    const before = new BetterSqlite3(file, { readonly: true });
    const sectionsBefore = before.prepare('SELECT * FROM sections ORDER BY draft_id, position').all();
    const revisionsBefore = before.prepare('SELECT id, draft_id, section_id, author, at, action FROM revisions ORDER BY id').all();
    before.close();

    const { call } = startCore(dataDir, TEMPLATES_DIR);
    const drafts = await call('drafts.list', { scope: 'active' });
    expect(drafts.map((draft) => draft.id)).toContain(WRITTEN);
    const history = await call('drafts.revisions', { id: WRITTEN });
    expect(history.length).toBeGreaterThan(0);
    const opened = await call('drafts.open', { id: WRITTEN });
    expect(opened.translations).toBeUndefined();

    const after = new BetterSqlite3(file, { readonly: true });
    try {
      expect(after.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
      expect(after.prepare('SELECT * FROM sections ORDER BY draft_id, position').all()).toEqual(sectionsBefore);
      const revisionsAfter = after.prepare('SELECT id, draft_id, section_id, author, at, action, language FROM revisions ORDER BY id').all() as Record<string, unknown>[];
      expect(revisionsAfter.map(({ language: _language, ...rest }) => rest)).toEqual(revisionsBefore);
      expect(new Set(revisionsAfter.map((row) => row.language))).toEqual(new Set(['en']));
      expect(after.prepare('SELECT COUNT(*) AS n FROM section_translations').get()).toEqual({ n: 0 });
    } finally {
      after.close();
    }
  });
});

describe('the check of a bilingual draft', () => {
  const missingWelsh = (findings: readonly { rule: string; section: string }[]) => findings.filter((finding) => finding.rule === 'translation-missing.cy').map((finding) => finding.section);

  it('says which written sections have no Welsh text yet, and stops once the Welsh is written', async () => {
    const { call, draft, sectionId } = await welshDraft();
    const written = await call('drafts.updateSection', { id: draft.id, sectionId, baseRevision: present(draft.sections[1]).revision, doc: paragraphDoc('We will make sure every child has a safe home.') });
    expect(written.revision).toBeGreaterThan(0);
    const before = await call('drafts.check', { id: draft.id });
    expect(missingWelsh(before.findings)).toContain(sectionId);
    const finding = present(before.findings.find((entry) => entry.rule === 'translation-missing.cy' && entry.section === sectionId));
    expect(finding.message).toMatch(/no Welsh text/);
    // Nothing is in Welsh yet: one warning for the document, a note in each section.
    const whole = before.findings.filter((entry) => entry.rule === 'translation-missing.cy' && entry.section === 'document');
    expect(whole.map((entry) => [entry.severity, entry.message])).toEqual([['warning', expect.stringMatching(/^No section has Welsh text yet \(sections written in English only: \d+\)/)]]);
    expect(finding.severity).toBe('info');

    await call('drafts.updateSection', { id: draft.id, sectionId, baseRevision: 0, doc: paragraphDoc('Byddwn yn sicrhau bod gan bob plentyn gartref diogel.'), language: 'cy' });
    const after = await call('drafts.check', { id: draft.id });
    expect(missingWelsh(after.findings)).not.toContain(sectionId);
    expect(missingWelsh(after.findings)).not.toContain('document');
  });

  it('warns section by section once the Welsh has been started', async () => {
    const { call, draft, sectionId } = await welshDraft();
    const other = present(draft.sections[2]);
    await call('drafts.updateSection', { id: draft.id, sectionId, baseRevision: present(draft.sections[1]).revision, doc: paragraphDoc('We will make sure every child has a safe home.') });
    await call('drafts.updateSection', { id: draft.id, sectionId: other.id, baseRevision: other.revision, doc: paragraphDoc('We will listen to every child.') });
    await call('drafts.updateSection', { id: draft.id, sectionId, baseRevision: 0, doc: paragraphDoc('Byddwn yn sicrhau bod gan bob plentyn gartref diogel.'), language: 'cy' });
    const findings = (await call('drafts.check', { id: draft.id })).findings.filter((entry) => entry.rule === 'translation-missing.cy');
    expect(findings.map((entry) => [entry.section, entry.severity])).toEqual([[other.id, 'warning']]);
  });

  it('counts a Welsh text with nothing a reader would see as missing', async () => {
    const { call, draft, sectionId } = await welshDraft();
    await call('drafts.updateSection', { id: draft.id, sectionId, baseRevision: present(draft.sections[1]).revision, doc: paragraphDoc('Our promise to every child.') });
    await call('drafts.updateSection', { id: draft.id, sectionId, baseRevision: 0, doc: { type: 'doc', content: [{ type: 'paragraph' }] }, language: 'cy' });
    expect(missingWelsh((await call('drafts.check', { id: draft.id })).findings)).toContain(sectionId);
  });

  it('never asks an English-only draft for Welsh', async () => {
    const { call } = startCore(tempDir(), TEMPLATES_DIR);
    const draft = await call('drafts.create', { templateId: 'england-strategy' });
    const section = present(draft.sections[1]);
    await call('drafts.updateSection', { id: draft.id, sectionId: section.id, baseRevision: section.revision, doc: paragraphDoc('Our promise to every child.') });
    expect(missingWelsh((await call('drafts.check', { id: draft.id })).findings)).toEqual([]);
  });
});
