import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../../electron/core/createCore.js';
import { LATEST_SCHEMA_VERSION } from '../../../electron/core/storage/migrations.js';
import { decodeRevisionContent, type StoredRevisionContent } from '../../../electron/core/storage/revisionLog.js';
import { upgradedOrder } from '../../../electron/core/storage/templateUpgrade.js';
import type { Method, Request, Response } from '../../../shared/api/contract.js';
import { dispatch } from '../../../shared/api/dispatch.js';
import { UNSORTED } from '../../../shared/import/types.js';
import type { Draft } from '../../../shared/model/draft.js';
import { docxHtml, htmlText } from '../../fixtures/docxInspect.js';
import { shippedTemplate, TEMPLATES_DIR } from '../../fixtures/shippedTemplate.js';
import { paragraphDoc, tempDir, TEST_TEMPLATE } from './fixtures.js';

const root = path.resolve(__dirname, '../../..');
/** Written by the app before packs (commit e852821, England template version 1): see tests/fixtures/libraries/README.md. */
const LIBRARY_BEFORE_PACKS = path.join(root, 'tests/fixtures/libraries/format-3-england-template-v1.sqlite');
const WRITTEN = '0e9aae95-0829-4dbf-ab7c-0cfd7a7ced71';
const TRASHED = '1db55274-6289-48ca-9ce2-bd342690a29b';
const IMPORTED = 'a7f34a88-5450-47e3-9ddd-cc87da28bf73';

const cores: Core[] = [];
afterEach(() => {
  cores.splice(0).forEach((core) => core.close());
});

function startCore(dataDir: string, templatesDir = TEMPLATES_DIR) {
  const core = createCore({ dataDir, templatesDir });
  cores.push(core);
  return async <M extends Method>(method: M, payload: Request<M>): Promise<Response<M>> => {
    const result = await dispatch(core.handlers, method, payload);
    if (!result.ok) throw new Error(`${method} failed: ${result.error.message}`);
    return result.value as Response<M>;
  };
}

function copyOfFixture(): string {
  const dataDir = tempDir();
  fs.copyFileSync(LIBRARY_BEFORE_PACKS, path.join(dataDir, 'library.sqlite'));
  return dataDir;
}

interface StoredSection {
  section_id: string;
  doc_json: string;
  text: string;
  revision: number;
  updated_at: string;
  sign_off_state: string;
  sign_off_by: string | null;
  sign_off_at: string | null;
  sign_off_note: string;
}

/** Rows read straight from the file, so "untouched" means the bytes stored, not what the API chooses to show. */
function stored(dataDir: string, draftId: string) {
  const db = new BetterSqlite3(path.join(dataDir, 'library.sqlite'), { readonly: true });
  try {
    const sections = db
      .prepare<[string], StoredSection>(
        'SELECT section_id, doc_json, text, revision, updated_at, sign_off_state, sign_off_by, sign_off_at, sign_off_note FROM sections WHERE draft_id = ? ORDER BY position',
      )
      .all(draftId);
    const revisions = db.prepare<[string], { id: number; action: string }>('SELECT id, action FROM revisions WHERE draft_id = ? ORDER BY id').all(draftId);
    const others = ['comments', 'snapshots'].map((table) => db.prepare(`SELECT * FROM ${table} WHERE draft_id = ? ORDER BY rowid`).all(draftId));
    const draft = db.prepare('SELECT cover_json, cover_revision, attribution_json, updated_at FROM drafts WHERE id = ?').get(draftId);
    return { sections, revisions, others, draft };
  } finally {
    db.close();
  }
}

const NEW_SECTIONS = ['care-leavers-offer', 'equality', 'action-plan', 'pledge-child-friendly'];

describe('a library written before packs, opened today', () => {
  it('gives an old draft the sections the England pack has gained, in its reading order, and changes nothing it held', async () => {
    const dataDir = copyOfFixture();
    const before = stored(dataDir, WRITTEN);
    const call = startCore(dataDir);

    const draft = await call('drafts.open', { id: WRITTEN });

    const after = stored(dataDir, WRITTEN);
    for (const old of before.sections) expect(after.sections.find((section) => section.section_id === old.section_id)).toEqual(old);
    expect(after.others).toEqual(before.others);
    expect(after.draft).toEqual(before.draft);
    expect(after.revisions.slice(0, before.revisions.length)).toEqual(before.revisions);
    expect(after.revisions.slice(before.revisions.length).map((revision) => revision.action)).toEqual(Array(1 + NEW_SECTIONS.length).fill('template-upgrade'));

    const template = shippedTemplate();
    const textSections = template.sections.filter((section) => section.kind === 'text').map((section) => section.id);
    expect(draft.sections.map((section) => section.id)).toEqual(textSections);
    expect(after.sections.map((section) => section.section_id)).toEqual(textSections);
    for (const id of NEW_SECTIONS) expect(draft.sections.find((section) => section.id === id)).toMatchObject({ revision: 0, signOff: { state: 'draft' } });

    const history = await call('drafts.revisions', { id: WRITTEN });
    const draftEntry = history.find((revision) => revision.action === 'template-upgrade' && revision.sectionId === null);
    expect(draftEntry).toMatchObject({ author: 'Priya Shah' });
    for (const id of NEW_SECTIONS) expect(await call('drafts.revisions', { id: WRITTEN, sectionId: id })).toEqual([expect.objectContaining({ action: 'template-upgrade' })]);
    expect(loggedContent(dataDir, draftEntry?.id)).toEqual({ templateId: 'england-strategy', from: null, to: template.version, added: NEW_SECTIONS.slice().sort(byTemplateOrder(textSections)), notInTemplate: [] });
  });

  it('adds nothing twice: a second opening, in a new session, finds the draft up to date', async () => {
    const dataDir = copyOfFixture();
    await startCore(dataDir)('drafts.open', { id: WRITTEN });
    const once = stored(dataDir, WRITTEN);
    cores.splice(0).forEach((core) => core.close());

    const call = startCore(dataDir);
    await call('drafts.open', { id: WRITTEN });
    await call('drafts.check', { id: WRITTEN });
    expect(stored(dataDir, WRITTEN)).toEqual(once);
  });

  it('checks and exports the upgraded draft to Word and PDF with its old text', async () => {
    const call = startCore(copyOfFixture());
    const report = await call('drafts.check', { id: WRITTEN });
    expect(report.sections.map((section) => section.id)).toEqual(expect.arrayContaining(NEW_SECTIONS));
    expect(report.findings.some((finding) => finding.section === 'care-leavers-offer')).toBe(true);

    const word = await call('drafts.export', { id: WRITTEN, format: 'docx', final: false });
    const text = htmlText(await docxHtml(Buffer.from(word.dataBase64, 'base64')));
    expect(text).toContain('We will find you a home close to your school.');
    expect(text).toContain('This strategy runs from 2025 to 2028.');
    expect(word.markedDraft).toBe(true);

    const pdf = await call('drafts.export', { id: WRITTEN, format: 'pdf', final: false });
    expect(Buffer.from(pdf.dataBase64, 'base64').subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('keeps an imported draft’s Unsorted text last, after the new sections', async () => {
    const dataDir = copyOfFixture();
    const before = stored(dataDir, IMPORTED);
    const draft = await startCore(dataDir)('drafts.open', { id: IMPORTED });
    expect(draft.sections.at(-1)?.id).toBe(UNSORTED);
    expect(textOf(draft, UNSORTED)).toContain('Route 42 leaves the depot');
    expect(draft.sections.map((section) => section.id)).toEqual(expect.arrayContaining(NEW_SECTIONS));
    const after = stored(dataDir, IMPORTED);
    for (const old of before.sections) expect(after.sections.find((section) => section.section_id === old.section_id)).toEqual(old);
    expect(after.sections.at(-1)?.section_id).toBe(UNSORTED);
  });

  it('leaves a draft in the trash as it is, and upgrades it once it is brought back', async () => {
    const dataDir = copyOfFixture();
    const before = stored(dataDir, TRASHED);
    const call = startCore(dataDir);
    await call('drafts.open', { id: TRASHED });
    expect(stored(dataDir, TRASHED)).toEqual(before);

    await call('drafts.restore', { id: TRASHED });
    const draft = await call('drafts.open', { id: TRASHED });
    expect(draft.sections.map((section) => section.id)).toEqual(expect.arrayContaining(NEW_SECTIONS));
    expect(textOf(draft, 'vision')).toBe('A vision we dropped.');
  });

  it('is migrated to the latest schema, and a new draft records the pack version it was made with', async () => {
    const dataDir = copyOfFixture();
    const call = startCore(dataDir);
    const fresh = await call('drafts.create', { templateId: 'england-strategy' });
    const db = new BetterSqlite3(path.join(dataDir, 'library.sqlite'), { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(db.prepare('SELECT template_version FROM drafts WHERE id = ?').get(fresh.id)).toEqual({ template_version: shippedTemplate().version });
    expect(db.prepare('SELECT template_version FROM drafts WHERE id = ?').get(TRASHED)).toEqual({ template_version: null });
    db.close();
    const revisionsBefore = (await call('drafts.revisions', { id: fresh.id })).length;
    await call('drafts.open', { id: fresh.id });
    expect(await call('drafts.revisions', { id: fresh.id })).toHaveLength(revisionsBefore);
  });
});

describe('a template that has moved on', () => {
  it('keeps a section the template no longer lists, with its text, and adds the new one with its starter', async () => {
    const dataDir = tempDir();
    const templatesDir = tempDir('cps-templates-');
    const write = (template: object) => fs.writeFileSync(path.join(templatesDir, 'test-strategy.json'), JSON.stringify(template));
    write(TEST_TEMPLATE);
    let call = startCore(dataDir, templatesDir);
    const draft = await call('drafts.create', { templateId: TEST_TEMPLATE.id });
    await call('drafts.updateSection', { id: draft.id, sectionId: 'glossary', baseRevision: 0, doc: paragraphDoc('IRO: independent reviewing officer') });
    cores.splice(0).forEach((core) => core.close());

    const [cover, introduction, measures] = TEST_TEMPLATE.sections;
    const offer = { ...(introduction as (typeof TEST_TEMPLATE.sections)[number]), id: 'offer', title: 'Our offer', starter: 'Link to the **local offer**.' };
    // The glossary leaves the template, and its checks with it (a pack may not check a section it does not have).
    const { glossary: _dropped, ...rulesKept } = TEST_TEMPLATE.rules.sections;
    const across = TEST_TEMPLATE.rules.acrossDocument;
    const acrossKept = across ? { acrossDocument: { ...across, sections: across.sections.filter((id) => id !== 'glossary'), notIn: across.notIn.filter((id) => id !== 'glossary') } } : {};
    write({ ...TEST_TEMPLATE, version: 2, sections: [cover, offer, introduction, measures], rules: { ...TEST_TEMPLATE.rules, sections: rulesKept, ...acrossKept } });
    call = startCore(dataDir, templatesDir);
    const upgraded = await call('drafts.open', { id: draft.id });
    expect(upgraded.sections.map((section) => section.id)).toEqual(['offer', 'introduction', 'measures', 'glossary']);
    expect(textOf(upgraded, 'glossary')).toBe('IRO: independent reviewing officer');
    expect(textOf(upgraded, 'offer')).toBe('Link to the local offer.');
    const entry = (await call('drafts.revisions', { id: draft.id })).find((revision) => revision.sectionId === null);
    expect(entry?.action).toBe('template-upgrade');
    expect(loggedContent(dataDir, entry?.id)).toMatchObject({ from: 1, to: 2, added: ['offer'], notInTemplate: ['glossary'] });
  });
});

describe('upgradedOrder', () => {
  it('puts each new section after the nearest earlier one the draft has, keeping the draft’s own order', () => {
    expect(upgradedOrder(['a', 'c', 'old', 'e'], ['a', 'b', 'c', 'd', 'e', 'f'])).toEqual(['a', 'b', 'c', 'd', 'old', 'e', 'f']);
    expect(upgradedOrder(['b', UNSORTED], ['new', 'b', 'later'])).toEqual(['new', 'b', 'later', UNSORTED]);
    expect(upgradedOrder(['x'], ['p', 'q'])).toEqual(['p', 'q', 'x']);
  });
});

function loggedContent(dataDir: string, revisionId: number | undefined): unknown {
  if (revisionId === undefined) return undefined;
  const db = new BetterSqlite3(path.join(dataDir, 'library.sqlite'), { readonly: true });
  try {
    const row = db.prepare<[number], StoredRevisionContent>('SELECT content_json, content_deflated FROM revisions WHERE id = ?').get(revisionId);
    if (!row) return undefined;
    const decoded = decodeRevisionContent(row);
    return decoded.ok ? decoded.content : decoded.reason;
  } finally {
    db.close();
  }
}

function textOf(draft: Draft, sectionId: string): string {
  const section = draft.sections.find((each) => each.id === sectionId);
  const texts: string[] = [];
  const walk = (node: { text?: string; content?: unknown[] }) => {
    if (node.text) texts.push(node.text);
    (node.content as { text?: string; content?: unknown[] }[] | undefined)?.forEach(walk);
  };
  if (section) walk(section.doc as never);
  return texts.join('');
}

function byTemplateOrder(order: readonly string[]) {
  return (a: string, b: string) => order.indexOf(a) - order.indexOf(b);
}
