import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiResult } from '../../../shared/api/errors.js';
import type { ImportJobStatus } from '../../../shared/import/types.js';
import { createCore, type Core } from '../../../electron/core/createCore.js';
import { startWebHost, type WebHost } from '../../../electron/webhost/server.js';
import { headingsAndParagraphsMarkdown } from '../../../bench/fixtures/largeImports.js';
import { tempDir, testTemplatesDir } from '../core/fixtures.js';
import { buildImportWorker } from '../import/importWorkerBundle.js';

/**
 * The web host with the real core and import worker: while a large file is
 * read, other calls (an autosave's neighbours: listing, opening, saving) are
 * answered, because the reading happens in another thread.
 */

let root: string;
let workerFile: string;
let core: Core;
let host: WebHost;

beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'cps-import-host-'));
  fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>Studio</title>');
  workerFile = await buildImportWorker();
  core = createCore({ dataDir: tempDir(), templatesDir: testTemplatesDir(), importWorkerFile: workerFile });
  host = await startWebHost({ handlers: core.handlers, rendererDir: root });
});

afterAll(async () => {
  await host.close();
  core.close();
  fs.rmSync(root, { recursive: true, force: true });
  fs.rmSync(workerFile, { force: true });
});

async function call<T>(method: string, payload: unknown): Promise<ApiResult<T>> {
  const response = await fetch(`http://127.0.0.1:${host.port}/api/${method}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${host.token}`, 'content-type': 'application/json', origin: `http://127.0.0.1:${host.port}` },
    body: JSON.stringify(payload),
  });
  return (await response.json()) as ApiResult<T>;
}

// An 8 MB file is read in full by the worker; on a machine busy with other test files that takes longer than the default 20 s.
describe('importing in the background through the web host', { timeout: 120_000 }, () => {
  it('answers other calls while a large import runs, then hands over the proposal', async () => {
    const dataBase64 = Buffer.from(headingsAndParagraphsMarkdown(8_000_000)).toString('base64');
    const started = await call<{ jobId: string }>('import.start', { fileName: 'big.md', dataBase64 });
    if (!started.ok) throw new Error(started.error.message);
    const { jobId } = started.value;

    const listed = await call<unknown[]>('drafts.list', { scope: 'active' });
    expect(listed.ok).toBe(true);
    const created = await call<{ id: string }>('drafts.create', { templateId: 'test-strategy', title: 'Written meanwhile' });
    expect(created.ok).toBe(true);
    const during = await call<ImportJobStatus>('import.progress', { jobId });
    expect(during).toMatchObject({ ok: true, value: { state: 'running' } });

    let status: ImportJobStatus = { state: 'running', progress: { stage: 'opening', fraction: 0 } };
    while (status.state === 'running') {
      await new Promise((resolve) => setTimeout(resolve, 50));
      const polled = await call<ImportJobStatus>('import.progress', { jobId });
      if (!polled.ok) throw new Error(polled.error.message);
      status = polled.value;
    }
    expect(status.state).toBe('done');
    if (status.state === 'done') expect(status.proposal.parts.length).toBeGreaterThan(1000);
  });

  it('cancels through the API', async () => {
    const dataBase64 = Buffer.from(headingsAndParagraphsMarkdown(8_000_000)).toString('base64');
    const started = await call<{ jobId: string }>('import.start', { fileName: 'big.md', dataBase64 });
    if (!started.ok) throw new Error(started.error.message);
    expect(await call('import.cancel', { jobId: started.value.jobId })).toEqual({ ok: true, value: { cancelled: true } });
    expect(await call('import.progress', { jobId: started.value.jobId })).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });
});
