import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiFailure } from '../../../shared/api/errors.js';
import type { ImportJobStatus, ImportProgress, ImportProposal } from '../../../shared/import/types.js';
import { createImportJobs, inThisThread, inWorkerThread, type ImportJobs, type ImportRunner } from '../../../electron/core/import/importJobs.js';
import { headingsAndParagraphsMarkdown } from '../../../bench/fixtures/largeImports.js';
import { buildFixtureDocx, MARKDOWN_FIXTURE } from './fixtures.js';
import { bytesOf, ENGLAND } from './helpers.js';
import { buildImportWorker } from './importWorkerBundle.js';

let workerFile: string;
beforeAll(async () => {
  workerFile = await buildImportWorker();
});
afterAll(() => fs.rmSync(workerFile, { force: true }));

/** Polls a job until it is no longer running, as the review screen does; returns every progress seen and the final state. */
async function follow(jobs: ImportJobs, jobId: string): Promise<{ seen: ImportProgress[]; final: ImportJobStatus }> {
  const seen: ImportProgress[] = [];
  for (;;) {
    const status = jobs.progress(jobId);
    if (status.state !== 'running') return { seen, final: status };
    seen.push(status.progress);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

function failureOf(action: () => unknown): ApiFailure {
  try {
    action();
  } catch (error) {
    if (error instanceof ApiFailure) return error;
    throw error;
  }
  throw new Error('expected a failure');
}

const bigMarkdown = () => bytesOf(headingsAndParagraphsMarkdown(8_000_000));

describe('import jobs', () => {
  it('reads a file in this thread, reports it once, then forgets it', async () => {
    const jobs = createImportJobs({ runner: inThisThread });
    const jobId = jobs.start({ name: 'strategy.md', bytes: bytesOf(MARKDOWN_FIXTURE), template: ENGLAND });
    const { final } = await follow(jobs, jobId);
    expect(final.state).toBe('done');
    if (final.state === 'done') expect(final.proposal.parts.length).toBeGreaterThan(3);
    expect(failureOf(() => jobs.progress(jobId)).code).toBe('not-found');
  });

  it('proposes exactly the same in a worker thread as in this one, with progress that only goes forward', async () => {
    const bytes = await buildFixtureDocx();
    const here = await createImportJobs({ runner: inThisThread }).run({ name: 'strategy.docx', bytes, template: ENGLAND });
    const progress: ImportProgress[] = [];
    const there = await inWorkerThread(workerFile)({ name: 'strategy.docx', bytes, template: ENGLAND }, (step) => progress.push(step), new AbortController().signal);
    expect(there).toEqual(here);
    expect(progress.length).toBeGreaterThan(2);
    expect(progress.map((step) => step.fraction)).toEqual([...progress.map((step) => step.fraction)].sort((a, b) => a - b));
    expect(progress.at(-1)).toEqual({ stage: 'sorting', fraction: 1 });
  });

  it('carries a typed refusal out of the worker', async () => {
    const jobs = createImportJobs({ runner: inWorkerThread(workerFile) });
    const { final } = await follow(jobs, jobs.start({ name: 'photo.txt', bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), template: ENGLAND }));
    expect(final).toMatchObject({ state: 'failed', error: { code: 'import-failed', message: expect.stringMatching(/not text/) } });
  });

  it('refuses a file on sight (size, first bytes) without starting a worker for it', async () => {
    const jobs = createImportJobs({ runner: inWorkerThread('/nonexistent/importWorker.cjs') });
    const { final } = await follow(jobs, jobs.start({ name: 'scan.docx', bytes: bytesOf('%PDF-1.7 a scan'), template: ENGLAND }));
    expect(final).toMatchObject({ state: 'failed', error: { code: 'import-failed', message: expect.stringMatching(/is a PDF/) } });
  });

  it('stops a cancelled import in its worker', async () => {
    const controller = new AbortController();
    const progress: ImportProgress[] = [];
    const running = inWorkerThread(workerFile)({ name: 'big.md', bytes: bigMarkdown(), template: ENGLAND }, (step) => {
      progress.push(step);
      if (step.stage === 'reading') controller.abort();
    }, controller.signal);
    await expect(running).rejects.toThrow(/cancelled/);
    const heard = progress.length;
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(progress.length).toBe(heard);
    expect(progress.every((step) => step.fraction < 1)).toBe(true);
  });

  it('reports a cancelled job as cancelled and forgets it', async () => {
    const jobs = createImportJobs({ runner: inWorkerThread(workerFile) });
    const jobId = jobs.start({ name: 'big.md', bytes: bigMarkdown(), template: ENGLAND });
    expect(jobs.progress(jobId).state).toBe('running');
    expect(jobs.cancel(jobId)).toBe(true);
    expect(failureOf(() => jobs.progress(jobId)).code).toBe('not-found');
    // The slot is free again at once.
    const next = jobs.start({ name: 'strategy.md', bytes: bytesOf(MARKDOWN_FIXTURE), template: ENGLAND });
    expect((await follow(jobs, next)).final.state).toBe('done');
  });

  it('refuses a file that needs more memory than the worker may use, and says so', async () => {
    const jobs = createImportJobs({ runner: inWorkerThread(workerFile, 24) });
    const { final } = await follow(jobs, jobs.start({ name: 'big.md', bytes: bigMarkdown(), template: ENGLAND }));
    expect(final).toMatchObject({ state: 'failed', error: { code: 'import-failed', message: expect.stringMatching(/more memory/) } });
  });

  it('runs one import at a time, but does not let an abandoned one block the next', async () => {
    let clock = 0;
    const never: ImportRunner = (_file, _progress, signal) =>
      new Promise<ImportProposal>((_resolve, reject) => signal.addEventListener('abort', () => reject(new Error('aborted'))));
    const jobs = createImportJobs({ runner: never, now: () => clock, abandonAfterMs: 15_000 });
    const first = jobs.start({ name: 'a.md', bytes: bytesOf('# A'), template: ENGLAND });
    expect(failureOf(() => jobs.start({ name: 'b.md', bytes: bytesOf('# B'), template: ENGLAND })).code).toBe('conflict');
    clock = 10_000;
    expect(jobs.progress(first).state).toBe('running');
    clock = 20_000;
    expect(failureOf(() => jobs.start({ name: 'b.md', bytes: bytesOf('# B'), template: ENGLAND })).code).toBe('conflict');
    clock = 40_000;
    const second = jobs.start({ name: 'b.md', bytes: bytesOf('# B'), template: ENGLAND });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(jobs.progress(first).state).toBe('cancelled');
    expect(jobs.progress(second).state).toBe('running');
  });
});
