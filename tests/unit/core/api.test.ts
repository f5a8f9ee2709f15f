import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { METHODS, requestSchemas, type Method } from '../../../shared/api/contract.js';
import { dispatch } from '../../../shared/api/dispatch.js';
import type { ApiResult } from '../../../shared/api/errors.js';
import type { Draft } from '../../../shared/model/draft.js';
import { createCore, type Core } from '../../../electron/core/createCore.js';
import { paragraphDoc, sha256, snapshot, tempDir, testTemplatesDir, TEST_TEMPLATE } from './fixtures.js';
import { validPayloads } from './validPayloads.js';
import { DEFAULT_HOUSE_STYLE } from '../../../shared/model/houseStyle.js';

const cores: Core[] = [];
afterEach(() => {
  cores.splice(0).forEach((core) => core.close());
});

function startCore(dataDir = tempDir()): Core {
  const core = createCore({ dataDir, templatesDir: testTemplatesDir() });
  cores.push(core);
  return core;
}

async function call<T>(core: Core, method: Method, payload: unknown): Promise<T> {
  const result = await dispatch(core.handlers, method, payload);
  if (!result.ok) throw new Error(`${method} failed: ${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

/** Something of the wrong type for whatever `value` is. */
function wrongType(value: unknown): unknown {
  if (typeof value === 'string') return 42;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return 'yes';
  return 'not an object';
}

/** Wrong shapes for the whole payload, then each field in turn made the wrong type, removed, or (for nested objects) given an extra key. */
function badPayloads(valid: Record<string, unknown>): unknown[] {
  const bad: unknown[] = [undefined, null, 'text', 7, [], { ...valid, unexpected: true }];
  for (const [key, value] of Object.entries(valid)) {
    bad.push({ ...valid, [key]: wrongType(value) });
    bad.push({ ...valid, [key]: null });
    const { [key]: _removed, ...without } = valid;
    bad.push(without);
    if (value && typeof value === 'object') bad.push({ ...valid, [key]: { ...(value as object), unexpected: true } });
  }
  return bad;
}

describe('the API', () => {
  it('runs a draft through create, edit and reopen', async () => {
    const dataDir = tempDir();
    const core = startCore(dataDir);
    const draft = await call<Draft>(core, 'drafts.create', { templateId: TEST_TEMPLATE.id, title: 'Through the API', council: 'Exampleshire' });
    await call(core, 'drafts.updateSection', { id: draft.id, sectionId: 'glossary', baseRevision: 0, doc: paragraphDoc('EET: in education, employment or training') });
    core.close();
    const reopened = await call<Draft>(startCore(dataDir), 'drafts.open', { id: draft.id });
    expect(reopened.title).toBe('Through the API');
    expect(reopened.sections.find((section) => section.id === 'glossary')?.doc).toEqual(paragraphDoc('EET: in education, employment or training'));
  });

  it('rejects bad payloads for every method with invalid-request and writes nothing', async () => {
    const dataDir = tempDir();
    const core = startCore(dataDir);
    const draft = await call<Draft>(core, 'drafts.create', { templateId: TEST_TEMPLATE.id, title: 'Guarded' });
    const trashed = await call<Draft>(core, 'drafts.create', { templateId: TEST_TEMPLATE.id, title: 'Binned' });
    await call(core, 'drafts.trash', { id: trashed.id });
    const valid = validPayloads(draft, trashed.id);
    expect(Object.keys(valid).sort()).toEqual([...METHODS].sort());

    const databasePath = path.join(dataDir, 'library.sqlite');
    const before = snapshot(databasePath);
    let checked = 0;
    for (const method of METHODS) {
      // Each valid payload really is valid, so the bad ones below fail for the reason we think.
      expect(requestSchemas[method].safeParse(valid[method]).success, method).toBe(true);
      for (const payload of badPayloads(valid[method])) {
        if (requestSchemas[method].safeParse(payload).success) continue; // e.g. removing an optional field
        const result: ApiResult<unknown> = await dispatch(core.handlers, method, payload);
        expect(result.ok, `${method} ${JSON.stringify(payload)}`).toBe(false);
        expect(!result.ok && result.error.code, `${method} ${JSON.stringify(payload)}`).toBe('invalid-request');
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(METHODS.length * 5);
    expect(snapshot(databasePath)).toBe(before);
  });

  it('rejects values of the right type that break the rules, writing nothing', async () => {
    const dataDir = tempDir();
    const core = startCore(dataDir);
    const draft = await call<Draft>(core, 'drafts.create', { templateId: TEST_TEMPLATE.id });
    const before = snapshot(path.join(dataDir, 'library.sqlite'));
    const cases: [Method, unknown][] = [
      ['drafts.open', { id: '../../etc/passwd' }],
      ['drafts.updateSection', { id: draft.id, sectionId: 'Introduction', baseRevision: 0, doc: paragraphDoc('x') }],
      ['drafts.updateSection', { id: draft.id, sectionId: 'introduction', baseRevision: -1, doc: paragraphDoc('x') }],
      ['drafts.updateSection', { id: draft.id, sectionId: 'introduction', baseRevision: 0.5, doc: paragraphDoc('x') }],
      ['drafts.updateCover', { id: draft.id, baseRevision: 0, cover: { ...draft.cover, periodStart: 20 } }],
      ['drafts.updateCover', { id: draft.id, baseRevision: 0, cover: { ...draft.cover, date: '25/11/2026' } }],
      ['drafts.rename', { id: draft.id, title: '   ' }],
      ['drafts.list', { scope: 'everything' }],
      ['settings.update', { author: '' }],
      ['drafts.create', { templateId: TEST_TEMPLATE.id, title: 'x'.repeat(301) }],
      ['drafts.setSectionState', { id: draft.id, sectionId: 'introduction', state: 'signed' }],
      ['drafts.approveSections', { id: draft.id, sections: [] }],
      ['settings.update', {}],
      ['settings.update', { houseStyle: { headingColour: '#FFFF00' } }],
      ['drafts.revision', { id: draft.id, revisionId: 0 }],
      ['drafts.createSnapshot', { id: draft.id, name: '  ' }],
      ['drafts.updateAttribution', { id: draft.id, attribution: { groupName: '', contributors: [{ name: 'Jay', consent: null }, { name: 'jay', consent: null }] } }],
      ['drafts.updateAttribution', { id: draft.id, attribution: { groupName: '', contributors: [{ name: 'Jay', consent: { givenBy: 'Jay', date: '1/3/2026', recordedBy: 'Sam' } }] } }],
      ['drafts.importPortable', { content: '' }],
      ['drafts.decideSuggestion', { id: draft.id, suggestionId: 'abc', decision: 'maybe' }],
      ['comments.add', { id: draft.id, sectionId: 'introduction', from: 5, to: 5, quote: 'x', body: 'Empty range' }],
      ['comments.add', { id: draft.id, sectionId: 'introduction', from: 1, to: 5, quote: 'Expl', body: '   ' }],
    ];
    for (const [method, payload] of cases) {
      const result = await dispatch(core.handlers, method, payload);
      expect(!result.ok && result.error.code, `${method} ${JSON.stringify(payload)}`).toBe('invalid-request');
    }
    expect(snapshot(path.join(dataDir, 'library.sqlite'))).toBe(before);
  });

  it('refuses an unknown template with a typed error and creates nothing', async () => {
    const core = startCore();
    const result = await dispatch(core.handlers, 'drafts.create', { templateId: 'no-such-template' });
    expect(!result.ok && result.error.code).toBe('not-found');
    expect(await call(core, 'drafts.list', { scope: 'active' })).toEqual([]);
  });

  it('lists templates and reports broken template files by file and field', async () => {
    const templatesDir = testTemplatesDir();
    fs.writeFileSync(path.join(templatesDir, 'broken.json'), JSON.stringify({ ...TEST_TEMPLATE, id: 'broken', name: '' }));
    const core = createCore({ dataDir: tempDir(), templatesDir });
    cores.push(core);
    const listed = await call<{ templates: { id: string }[]; problems: { file: string; field: string }[] }>(core, 'templates.list', {});
    expect(listed.templates.map((template) => template.id)).toEqual([TEST_TEMPLATE.id]);
    expect(listed.problems.some((problem) => problem.file.endsWith('broken.json') && problem.field === 'name')).toBe(true);
    const result = await dispatch(core.handlers, 'drafts.create', { templateId: 'broken' });
    expect(!result.ok && result.error.code).toBe('not-found');
    expect(!result.ok && result.error.message).toMatch(/could not be read/);
  });

  it('keeps the author name in settings and records it in the revision log', async () => {
    const core = startCore();
    const before = await call<{ author: string; named: boolean }>(core, 'settings.get', {});
    expect(before.author.length).toBeGreaterThan(0);
    // The login name stands in until the user gives theirs, and the app knows to ask for it.
    expect(before.named).toBe(false);
    expect(await call(core, 'settings.update', { author: '  Morgan Lead  ' })).toEqual({ author: 'Morgan Lead', fourEyes: true, named: true, localNames: {}, houseStyle: DEFAULT_HOUSE_STYLE });
    expect(await call(core, 'settings.get', {})).toEqual({ author: 'Morgan Lead', fourEyes: true, named: true, localNames: {}, houseStyle: DEFAULT_HOUSE_STYLE });
    const draft = await call<Draft>(core, 'drafts.create', { templateId: TEST_TEMPLATE.id });
    const revisions = await call<{ author: string; action: string }[]>(core, 'drafts.revisions', { id: draft.id });
    expect(revisions).toEqual([expect.objectContaining({ author: 'Morgan Lead', action: 'create' })]);
  });

  it('answers every drafts call with library-unavailable while the file is unreadable, until a fresh start', async () => {
    const dataDir = tempDir();
    const file = path.join(dataDir, 'library.sqlite');
    fs.writeFileSync(file, 'PK\u0003\u0004 this is a zip file someone renamed '.repeat(10));
    const hash = sha256(file);
    const core = startCore(dataDir);

    const status = await call<{ state: string; message: string }>(core, 'library.status', {});
    expect(status.state).toBe('unavailable');
    expect(status.message).toMatch(/not a database/);
    for (const method of METHODS.filter((name) => name.startsWith('drafts.') || name.startsWith('comments.'))) {
      const result = await dispatch(core.handlers, method, validPayloads({ id: 'x', coverRevision: 0, cover: TEST_COVER } as Draft, 'y')[method]);
      expect(!result.ok && result.error.code, method).toBe('library-unavailable');
    }
    expect((await dispatch(core.handlers, 'settings.update', { author: 'Pat' })).ok).toBe(false);
    expect((await call<{ author: string }>(core, 'settings.get', {})).author.length).toBeGreaterThan(0);
    expect(sha256(file)).toBe(hash);

    const fresh = await call<{ state: string; message: string }>(core, 'library.startFresh', {});
    expect(fresh.state).toBe('ready');
    expect(fresh.message).toMatch(/unreadable-/);
    expect(await call(core, 'drafts.list', { scope: 'active' })).toEqual([]);
    expect((await call<Draft>(core, 'drafts.create', { templateId: TEST_TEMPLATE.id })).sections).toHaveLength(3);
  });
});

const TEST_COVER = { council: '', title: '', periodStart: null, periodEnd: null, date: '', version: '', owner: '', approvingBody: '' };
