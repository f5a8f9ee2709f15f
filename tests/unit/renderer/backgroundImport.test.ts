import { describe, expect, it } from 'vitest';
import type { Method } from '../../../shared/api/contract.js';
import type { ApiResult } from '../../../shared/api/errors.js';
import type { ImportJobStatus, ImportProgress, ImportProposal } from '../../../shared/import/types.js';
import { importInBackground, progressWords } from '../../../renderer/import/backgroundImport.js';
import { fakeClient } from './fakeClient.js';

const PROPOSAL: ImportProposal = { fileName: 'old.md', format: 'markdown', cover: { council: '', title: '', periodStart: null, periodEnd: null }, parts: [], messages: [] };
const FILE = { fileName: 'old.md', dataBase64: 'IyBB' };

/** A core whose job goes through `states` one poll at a time. */
function jobCore(states: ImportJobStatus[]) {
  let polls = 0;
  return fakeClient((method: Method): ApiResult<unknown> => {
    if (method === 'import.start') return { ok: true, value: { jobId: 'job-1' } };
    if (method === 'import.cancel') return { ok: true, value: { cancelled: true } };
    if (method === 'import.progress') return { ok: true, value: states[Math.min(polls++, states.length - 1)] };
    return { ok: false, error: { code: 'unknown-method', message: method } };
  });
}

const running = (fraction: number): ImportJobStatus => ({ state: 'running', progress: { stage: 'reading', fraction } });

describe('importing in the background from the renderer', () => {
  it('follows the job, passing on its progress, until the proposal arrives', async () => {
    const { client, calls } = jobCore([running(0.2), running(0.6), { state: 'done', proposal: PROPOSAL }]);
    const seen: ImportProgress[] = [];
    const job = importInBackground(client, FILE, (progress) => seen.push(progress), 1);
    expect(await job.outcome).toEqual({ kind: 'proposed', proposal: PROPOSAL });
    expect(seen.map((progress) => progress.fraction)).toEqual([0.2, 0.6]);
    expect(calls[0]).toEqual({ method: 'import.start', request: FILE });
    expect(calls.slice(1).every((call) => call.method === 'import.progress')).toBe(true);
  });

  it('hands on the core\'s typed refusal', async () => {
    const error = { code: 'import-failed' as const, message: 'This file is not text.' };
    const { client } = jobCore([running(0.1), { state: 'failed', error }]);
    expect(await importInBackground(client, FILE, () => {}, 1).outcome).toEqual({ kind: 'failed', error });
  });

  it('asks the core to cancel the job when cancelled, and stops asking how far it has got', async () => {
    const { client, calls } = jobCore([running(0.1)]);
    const job = importInBackground(client, FILE, () => job.cancel(), 60_000);
    expect(await job.outcome).toEqual({ kind: 'cancelled' });
    expect(calls.map((call) => call.method)).toEqual(['import.start', 'import.progress', 'import.cancel']);
    expect(calls.at(-1)?.request).toEqual({ jobId: 'job-1' });
  });

  it('says what stage the import is at, in words', () => {
    expect(progressWords({ stage: 'reading', fraction: 0.456 })).toBe('Reading the text and headings: 46%');
    expect(progressWords({ stage: 'sorting', fraction: 1 })).toBe('Proposing a section for each part: 100%');
  });
});
