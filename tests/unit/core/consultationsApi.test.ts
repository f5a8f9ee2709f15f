import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { ConsultationSessionInput } from '../../../shared/consultation/consultationLog.js';
import { LATEST_SCHEMA_VERSION } from '../../../electron/core/storage/migrations.js';
import { useCore } from './apiHarness.js';
import { tempDir, TEST_TEMPLATE } from './fixtures.js';

const start = useCore();
const root = path.resolve(__dirname, '../../..');
const FORMAT_4_LIBRARY = path.join(root, 'tests/fixtures/libraries/format-4-england-pack-v2.sqlite');
const FORMAT_4_DRAFT = '385118a6-23bb-44a5-8d21-825c6d99ea69';

const FIRST_POINT = { youSaid: 'We never know who our social worker is going to be.', concerns: 'Pledge: we will tell you who your worker is', weDid: '', toldOn: '' };

const session = (overrides: Partial<ConsultationSessionInput> = {}): ConsultationSessionInput => ({
  heldOn: '2026-02-14',
  group: 'Children in Care Council',
  participants: 9,
  consent: { recorded: true, how: 'Written consent forms, kept by the participation team' },
  points: [FIRST_POINT],
  ...overrides,
});

describe('the consultation log through the API', () => {
  it('adds, lists in date order, updates and removes sessions of a strategy', async () => {
    const { call } = start();
    const draft = await call('drafts.create', { templateId: TEST_TEMPLATE.id });
    const later = await call('consultations.add', { id: draft.id, session: session({ heldOn: '2026-05-01', group: 'Care leavers’ forum' }) });
    const earlier = await call('consultations.add', { id: draft.id, session: session() });
    expect((await call('consultations.list', { id: draft.id })).map((each) => each.group)).toEqual(['Children in Care Council', 'Care leavers’ forum']);
    expect(later).toMatchObject({ revision: 0, participants: 9, consent: { recorded: true } });

    const points = [{ ...FIRST_POINT, weDid: 'Every child now gets a letter with their worker’s name and photo.', toldOn: '2026-06-30' }];
    const updated = await call('consultations.update', { id: draft.id, sessionId: earlier.id, baseRevision: 0, session: session({ points }) });
    expect(updated).toMatchObject({ revision: 1, points });

    await call('consultations.remove', { id: draft.id, sessionId: later.id });
    expect(await call('consultations.list', { id: draft.id })).toEqual([updated]);
  });

  it('refuses an update based on an older revision, and keeps the newer one', async () => {
    const { call, fail } = start();
    const draft = await call('drafts.create', { templateId: TEST_TEMPLATE.id });
    const added = await call('consultations.add', { id: draft.id, session: session() });
    await call('consultations.update', { id: draft.id, sessionId: added.id, baseRevision: 0, session: session({ participants: 12 }) });
    const error = await fail('consultations.update', { id: draft.id, sessionId: added.id, baseRevision: 0, session: session({ participants: 3 }) });
    expect(error.code).toBe('conflict');
    expect((await call('consultations.list', { id: draft.id }))[0]?.participants).toBe(12);
  });

  it('refuses bad input with a reason and writes nothing', async () => {
    const { call, fail, libraryState } = start();
    const draft = await call('drafts.create', { templateId: TEST_TEMPLATE.id });
    const before = libraryState();
    const badDate = await fail('consultations.add', { id: draft.id, session: session({ heldOn: '14/02/2026' }) });
    expect(badDate.details?.join(' ')).toMatch(/heldOn: must be a date written YYYY-MM-DD/);
    const nobody = await fail('consultations.add', { id: draft.id, session: session({ participants: 0 }) });
    expect(nobody.details?.join(' ')).toMatch(/participants: must be at least 1/);
    expect((await fail('consultations.add', { id: 'no-such-draft', session: session() })).code).toBe('not-found');
    expect(libraryState()).toBe(before);
  });

  it('keeps a trashed strategy’s log but refuses changes to it until it is restored, and forgets it when the strategy is purged', async () => {
    const { call, fail, core } = start();
    const draft = await call('drafts.create', { templateId: TEST_TEMPLATE.id });
    await call('consultations.add', { id: draft.id, session: session() });
    await call('drafts.trash', { id: draft.id });
    expect((await fail('consultations.add', { id: draft.id, session: session() })).code).toBe('conflict');
    expect(await call('consultations.list', { id: draft.id })).toHaveLength(1);
    await call('drafts.purge', { id: draft.id });
    const db = new BetterSqlite3(path.join(core.dataDir, 'library.sqlite'), { readonly: true });
    expect(db.prepare('SELECT COUNT(*) AS n FROM consultations').get()).toEqual({ n: 0 });
    db.close();
  });

  it('opens a library written at schema version 4 and adds a log to its strategy', async () => {
    const dataDir = tempDir();
    fs.copyFileSync(FORMAT_4_LIBRARY, path.join(dataDir, 'library.sqlite'));
    const { call } = start(dataDir, path.join(root, 'templates'));
    expect((await call('library.status', {})).state).toBe('ready');
    const draft = await call('drafts.open', { id: FORMAT_4_DRAFT });
    expect(JSON.stringify(draft.sections.find((each) => each.id === 'measures')?.doc)).toMatch(/Care leavers in education/);
    expect(await call('consultations.list', { id: draft.id })).toEqual([]);
    await call('consultations.add', { id: draft.id, session: session() });
    expect(await call('consultations.list', { id: draft.id })).toHaveLength(1);
    const db = new BetterSqlite3(path.join(dataDir, 'library.sqlite'), { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(db.prepare('SELECT COUNT(*) AS n FROM drafts WHERE report_of IS NOT NULL').get()).toEqual({ n: 0 });
    db.close();
  });
});
