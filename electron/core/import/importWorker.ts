import { parentPort } from 'node:worker_threads';
import type { ApiError } from '../../../shared/api/errors.js';
import type { ImportProgress, ImportProposal } from '../../../shared/import/types.js';
import type { ImportTemplate } from './classify/importCues.js';
import { importErrorOf } from './importJobs.js';
import { proposeImport } from './proposeImport.js';

/**
 * The worker thread one import runs in (bundled on its own as
 * importWorker.cjs): it receives the file, posts progress while it reads,
 * then posts the proposal or a typed error. `importJobs` starts and ends it.
 */

export interface ImportWorkerRequest {
  name: string;
  bytes: Uint8Array;
  template: ImportTemplate;
}

export type ImportWorkerMessage =
  | { type: 'progress'; progress: ImportProgress }
  | { type: 'done'; proposal: ImportProposal }
  | { type: 'failed'; error: ApiError };

const port = parentPort;
if (port) {
  port.once('message', (request: ImportWorkerRequest) => {
    const post = (message: ImportWorkerMessage) => port.postMessage(message);
    proposeImport({ name: request.name, bytes: request.bytes }, { template: request.template, onProgress: (progress) => post({ type: 'progress', progress }) }).then(
      (proposal) => post({ type: 'done', proposal }),
      (error: unknown) => post({ type: 'failed', error: importErrorOf(error) }),
    );
  });
}
