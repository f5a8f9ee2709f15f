import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { emptyCover } from '../../../shared/model/draft.js';
import { pdfFirstPageImages } from '../../fixtures/coverInspect.js';
import { jpegLogo, pngLogo, renamedTextLogo } from '../../fixtures/logoImages.js';
import { useCore } from './apiHarness.js';
import { TEST_TEMPLATE } from './fixtures.js';

const setUp = useCore();

describe('the cover logo through the API', () => {
  it('saves a cover with a logo, reopens it with the logo, and exports it', async () => {
    const { call } = setUp();
    const draft = await call('drafts.create', { templateId: TEST_TEMPLATE.id, title: 'Logo test', council: 'Westmere Borough Council' });
    const logo = pngLogo();
    await call('drafts.updateCover', { id: draft.id, baseRevision: draft.coverRevision, cover: { ...draft.cover, logo } });
    const reopened = await call('drafts.open', { id: draft.id });
    expect(reopened.cover.logo).toBe(logo);
    await call('drafts.updateCover', { id: draft.id, baseRevision: reopened.coverRevision, cover: { ...reopened.cover, logo: jpegLogo() } });
    expect((await call('drafts.open', { id: draft.id })).cover.logo).toBe(jpegLogo());
    const pdf = await call('drafts.export', { id: draft.id, format: 'pdf', final: false });
    expect(await pdfFirstPageImages(new Uint8Array(Buffer.from(pdf.dataBase64, 'base64')))).toEqual([{ width: 300, height: 150, filter: '/DCTDecode' }]);
  });

  it('keeps the logo in the revision log only where it changed, so autosaves stay small', async () => {
    const { call } = setUp();
    const draft = await call('drafts.create', { templateId: TEST_TEMPLATE.id, title: 'Logo test', council: 'Westmere Borough Council' });
    const logo = pngLogo();
    const withLogo = await call('drafts.updateCover', { id: draft.id, baseRevision: draft.coverRevision, cover: { ...draft.cover, logo } });
    await call('drafts.updateCover', { id: draft.id, baseRevision: withLogo.revision, cover: { ...draft.cover, logo, version: '0.2' } });
    const coverEntries = (await call('drafts.revisions', { id: draft.id })).filter((revision) => revision.action === 'cover');
    const details = await Promise.all(coverEntries.map((revision) => call('drafts.revision', { id: draft.id, revisionId: revision.id })));
    const logged = details.map((detail) => detail.cover);
    expect(logged.filter((cover) => cover?.logo === logo)).toHaveLength(1);
    expect(logged.some((cover) => cover?.version === '0.2' && cover.logo === undefined)).toBe(true);
    expect((await call('drafts.open', { id: draft.id })).cover.logo).toBe(logo);
  });

  it('refuses a logo that is not a PNG or JPEG, and leaves the saved cover alone', async () => {
    const { call, fail } = setUp();
    const draft = await call('drafts.create', { templateId: TEST_TEMPLATE.id, title: 'Logo test', council: 'Westmere Borough Council' });
    for (const logo of [renamedTextLogo(), 'data:image/svg+xml;base64,PHN2Zz4=', 'https://council.example/logo.png']) {
      const error = await fail('drafts.updateCover', { id: draft.id, baseRevision: draft.coverRevision, cover: { ...draft.cover, logo } });
      expect(error.code).toBe('invalid-request');
    }
    const reopened = await call('drafts.open', { id: draft.id });
    expect(reopened.coverRevision).toBe(draft.coverRevision);
    expect(reopened.cover).not.toHaveProperty('logo');
  });

  it('still opens a cover stored before logos existed', async () => {
    const { call, databasePath } = setUp();
    const draft = await call('drafts.create', { templateId: TEST_TEMPLATE.id, title: 'Old draft', council: 'Westmere Borough Council' });
    const { council, title, periodStart, periodEnd, date, version, owner, approvingBody } = { ...emptyCover(), council: 'Westmere Borough Council', title: 'Old draft' };
    const db = new Database(databasePath);
    db.prepare('UPDATE drafts SET cover_json = ? WHERE id = ?').run(JSON.stringify({ council, title, periodStart, periodEnd, date, version, owner, approvingBody }), draft.id);
    db.close();
    const reopened = await call('drafts.open', { id: draft.id });
    expect(reopened.cover).toEqual({ ...emptyCover(), council: 'Westmere Borough Council', title: 'Old draft' });
    await call('drafts.updateCover', { id: draft.id, baseRevision: reopened.coverRevision, cover: reopened.cover });
  });
});
