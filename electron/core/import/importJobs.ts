import { randomUUID } from 'node:crypto';
import { Worker } from 'node:worker_threads';
import { ApiFailure, type ApiError } from '../../../shared/api/errors.js';
import type { ImportJobStatus, ImportProgress, ImportProposal } from '../../../shared/import/types.js';
import type { ImportTemplate } from './classify/importCues.js';
import { proposeImport } from './proposeImport.js';
import { sourceKind } from './readers/readSource.js';
import type { ImportWorkerMessage, ImportWorkerRequest } from './importWorker.js';

/**
 * Imports as background jobs: started, polled for progress, cancelled. The
 * reading itself runs in a worker thread when the transport gives one (the
 * app and the web host), so the process that answers autosaves and other
 * calls never waits for an import, a cancel really stops the work, and the
 * worker's heap is capped: a file that needs more memory is refused, not
 * allowed to swell the app.
 */

/** One file to read, and the template whose sections and import cues it is read for. */
export interface ImportFile {
  name: string;
  bytes: Uint8Array;
  template: ImportTemplate;
}

/** Reads one file into a proposal, reporting progress; `signal` aborts it. */
export type ImportRunner = (file: ImportFile, onProgress: (progress: ImportProgress) => void, signal: AbortSignal) => Promise<ImportProposal>;

/** Heap for one import's worker: a 10 MB text file needs about a quarter of it; the whole process stays under 500 MB. */
export const WORKER_HEAP_MB = 320;

const OUT_OF_MEMORY =
  'This file needs more memory to read than the app allows for an import, so it was not imported. Check it is the right file, or save a copy without large pictures and import that.';
const CANCELLED = 'The import was cancelled.';

/** Runs the import in this thread. For the CLI and the tests; nothing else is waiting on their thread. */
export const inThisThread: ImportRunner = (file, onProgress, signal) =>
  proposeImport(file, {
    template: file.template,
    onProgress: (progress) => {
      if (signal.aborted) throw new ApiFailure('import-failed', CANCELLED);
      onProgress(progress);
    },
  });

/** Runs each import in a fresh worker thread from `workerFile` (the bundled `importWorker`), terminated when done or cancelled. */
export function inWorkerThread(workerFile: string, heapMb = WORKER_HEAP_MB): ImportRunner {
  return (file, onProgress, signal) =>
    new Promise<ImportProposal>((resolve, reject) => {
      if (signal.aborted) return reject(new ApiFailure('import-failed', CANCELLED));
      const worker = new Worker(workerFile, { resourceLimits: { maxOldGenerationSizeMb: heapMb, maxYoungGenerationSizeMb: 32 } });
      let settled = false;
      const settle = (outcome: () => void) => {
        if (settled) return;
        settled = true;
        signal.removeEventListener('abort', abort);
        void worker.terminate();
        outcome();
      };
      const abort = () => settle(() => reject(new ApiFailure('import-failed', CANCELLED)));
      signal.addEventListener('abort', abort);
      worker.on('message', (message: ImportWorkerMessage) => {
        if (settled) return;
        if (message.type === 'progress') onProgress(message.progress);
        else if (message.type === 'done') settle(() => resolve(message.proposal));
        else settle(() => reject(new ApiFailure(message.error.code, message.error.message, message.error.details)));
      });
      worker.on('error', (error: Error & { code?: string }) => {
        settle(() =>
          reject(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? new ApiFailure('import-failed', OUT_OF_MEMORY) : new ApiFailure('import-failed', `The file could not be read: ${error.message}`)),
        );
      });
      worker.on('exit', (code) => settle(() => reject(new ApiFailure('import-failed', `The file could not be read: the import stopped unexpectedly (exit code ${code}).`))));
      // A copy the worker can own: the caller's bytes may be a view into a larger pooled buffer.
      const bytes = file.bytes.slice();
      const request: ImportWorkerRequest = { name: file.name, bytes, template: cloneable(file.template) };
      worker.postMessage(request, [bytes.buffer]);
    });
}

interface Job {
  status: ImportJobStatus;
  controller: AbortController;
  finished: Promise<void>;
  /** When the renderer last asked; a running job nobody has asked about for a while was abandoned (a closed window). */
  polledAt: number;
  /** Someone is waiting on the result in this process (`import.propose`), so it is never abandoned. */
  awaited: boolean;
}

export interface ImportJobsOptions {
  runner: ImportRunner;
  /** Imports allowed to run at once; each worker may use up to its heap cap. */
  maxRunning?: number;
  /** A running job not polled for this long may be cancelled to make room for a new one. */
  abandonAfterMs?: number;
  now?: () => number;
}

export interface ImportJobs {
  start(file: ImportFile): string;
  /** The job's state; a finished job is reported once and then forgotten. */
  progress(jobId: string): ImportJobStatus;
  cancel(jobId: string): boolean;
  /** Starts a job and waits for its proposal (the one-call `import.propose`). */
  run(file: ImportFile): Promise<ImportProposal>;
  /** Cancels everything still running (on shutdown). */
  cancelAll(): void;
}

export function createImportJobs(options: ImportJobsOptions): ImportJobs {
  const jobs = new Map<string, Job>();
  const maxRunning = options.maxRunning ?? 1;
  const abandonAfterMs = options.abandonAfterMs ?? 15_000;
  const now = options.now ?? Date.now;

  const running = () => [...jobs.values()].filter((job) => job.status.state === 'running');

  function makeRoom(): void {
    const busy = running();
    if (busy.length < maxRunning) return;
    const abandoned = busy.filter((job) => !job.awaited && now() - job.polledAt > abandonAfterMs);
    if (busy.length - abandoned.length >= maxRunning) {
      throw new ApiFailure('conflict', 'Another file is still being imported. Wait for it to finish, or cancel it, then import this one.');
    }
    for (const job of abandoned) job.controller.abort();
  }

  function start(file: ImportFile, awaited: boolean): string {
    makeRoom();
    const jobId = randomUUID();
    const controller = new AbortController();
    const job: Job = { status: { state: 'running', progress: { stage: 'opening', fraction: 0 } }, controller, finished: Promise.resolve(), polledAt: now(), awaited };
    const onProgress = (progress: ImportProgress) => {
      if (job.status.state === 'running') job.status = { state: 'running', progress };
    };
    job.finished = refusedOnSight(file)
      .then(() => {
        if (controller.signal.aborted) throw new ApiFailure('import-failed', CANCELLED);
        return options.runner(file, onProgress, controller.signal);
      })
      .then(
        (proposal) => {
          job.status = controller.signal.aborted ? { state: 'cancelled' } : { state: 'done', proposal };
        },
        (error: unknown) => {
          job.status = controller.signal.aborted ? { state: 'cancelled' } : { state: 'failed', error: importErrorOf(error) };
        },
      );
    jobs.set(jobId, job);
    return jobId;
  }

  function find(jobId: string): Job {
    const job = jobs.get(jobId);
    if (!job) throw new ApiFailure('not-found', 'This import is no longer known: it finished and its result was collected, or the app was restarted. Import the file again.');
    return job;
  }

  return {
    start: (file) => start(file, false),
    progress(jobId) {
      const job = find(jobId);
      job.polledAt = now();
      if (job.status.state !== 'running') jobs.delete(jobId);
      return job.status;
    },
    cancel(jobId) {
      const job = find(jobId);
      jobs.delete(jobId);
      if (job.status.state !== 'running') return false;
      job.controller.abort();
      job.status = { state: 'cancelled' };
      return true;
    },
    async run(file) {
      const jobId = start(file, true);
      const job = find(jobId);
      await job.finished;
      jobs.delete(jobId);
      const status: ImportJobStatus = job.status;
      if (status.state === 'done') return status.proposal;
      if (status.state === 'failed') throw new ApiFailure(status.error.code, status.error.message, status.error.details);
      throw new ApiFailure('import-failed', CANCELLED);
    },
    cancelAll() {
      for (const job of running()) job.controller.abort();
    },
  };
}

/** Only what import reads of a template, as plain data a worker can be sent. */
function cloneable(template: ImportTemplate): ImportTemplate {
  return { sections: template.sections.map(({ id, title, kind, appendix, roles }) => ({ id, title, kind, appendix, roles })), importCues: template.importCues };
}

/** A file refused by its size or first bytes is refused at once, without starting a worker for it. */
async function refusedOnSight(file: ImportFile): Promise<void> {
  sourceKind(file);
}

/** Any failure of an import as the typed error the API carries. */
export function importErrorOf(error: unknown): ApiError {
  if (error instanceof ApiFailure) return error.toError();
  return { code: 'internal', message: `Something went wrong inside the app while importing: ${(error as Error)?.message ?? String(error)}` };
}
