import type { ApiClient } from '../../shared/api/client.js';
import type { ApiError } from '../../shared/api/errors.js';
import type { ImportProgress, ImportProposal, ImportStage } from '../../shared/import/types.js';

/**
 * Reading a file to import as a background job the screen can follow: start
 * it, ask how far it has got a few times a second, and cancel it on request
 * (which stops the work in the core, not just the waiting here). Works the
 * same over IPC and HTTP: it only sees the API client.
 */

export type ImportOutcome = { kind: 'proposed'; proposal: ImportProposal } | { kind: 'failed'; error: ApiError } | { kind: 'cancelled' };

export interface BackgroundImport {
  outcome: Promise<ImportOutcome>;
  cancel(): void;
}

const POLL_MS = 200;

export function importInBackground(
  client: ApiClient,
  file: { fileName: string; dataBase64: string; templateId?: string },
  onProgress: (progress: ImportProgress) => void,
  pollMs = POLL_MS,
): BackgroundImport {
  let cancelled = false;
  let wake: () => void = () => {};
  const pause = () =>
    new Promise<void>((resolve) => {
      if (cancelled) return resolve();
      const timer = setTimeout(resolve, pollMs);
      wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });

  async function follow(): Promise<ImportOutcome> {
    const started = await client.call('import.start', file);
    if (!started.ok) return { kind: 'failed', error: started.error };
    const { jobId } = started.value;
    for (;;) {
      if (cancelled) {
        await client.call('import.cancel', { jobId });
        return { kind: 'cancelled' };
      }
      const status = await client.call('import.progress', { jobId });
      if (!status.ok) return { kind: 'failed', error: status.error };
      const job = status.value;
      if (job.state === 'done') return { kind: 'proposed', proposal: job.proposal };
      if (job.state === 'failed') return { kind: 'failed', error: job.error };
      if (job.state === 'cancelled') return { kind: 'cancelled' };
      onProgress(job.progress);
      await pause();
    }
  }

  return {
    outcome: follow(),
    cancel() {
      cancelled = true;
      wake();
    },
  };
}

const STAGE_WORDS: Record<ImportStage, string> = {
  opening: 'Opening the file',
  reading: 'Reading the text and headings',
  sorting: 'Proposing a section for each part',
};

/** "Reading the text and headings: 45%". */
export function progressWords(progress: ImportProgress): string {
  return `${STAGE_WORDS[progress.stage]}: ${Math.round(progress.fraction * 100)}%`;
}
