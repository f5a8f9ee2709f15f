import fs from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FuzzAnswer } from './fuzzWorker.js';
import { malformedImports, type MalformedFile } from './malformedImports.js';
import { bundleWorker } from './importWorkerBundle.js';

/**
 * At least 300 malformed imports per run, from a fixed seed (set
 * CPS_FUZZ_SEED to try others): every one must be refused with a typed
 * "import-failed" message or give a proposal the review screen can send back
 * and apply. None may hang: a file not answered within the limit ends the
 * reading thread and fails the test.
 */

const SEED = Number(process.env.CPS_FUZZ_SEED ?? 20261207);
const PER_KIND = 45;
const HANG_MS = 5000;

let workerFile: string;
beforeAll(async () => {
  workerFile = await bundleWorker(path.resolve(__dirname, 'fuzzWorker.ts'));
});
afterAll(() => fs.rmSync(workerFile, { force: true }));

/** Answers every file in turn in one worker; a file that takes longer than HANG_MS is recorded as a hang and the worker replaced. */
async function answerAll(files: readonly MalformedFile[]): Promise<{ file: MalformedFile; answer: FuzzAnswer | 'hang' }[]> {
  const results: { file: MalformedFile; answer: FuzzAnswer | 'hang' }[] = [];
  let worker = new Worker(workerFile);
  for (const file of files) {
    const answer = await new Promise<FuzzAnswer | 'hang'>((resolve) => {
      const timer = setTimeout(() => resolve('hang'), HANG_MS);
      const onMessage = (message: FuzzAnswer) => {
        clearTimeout(timer);
        resolve(message);
      };
      worker.once('message', onMessage);
      worker.once('error', (error) => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        resolve({ kind: 'crashed', message: error.message });
      });
      worker.postMessage(file);
    });
    if (answer === 'hang' || answer.kind === 'crashed') {
      await worker.terminate();
      worker = new Worker(workerFile);
    } else {
      worker.removeAllListeners('error');
    }
    results.push({ file, answer });
  }
  await worker.terminate();
  return results;
}

describe('malformed imports (seeded fuzzing)', () => {
  it(`answers every one of ${PER_KIND * 7} malformed files with a typed refusal or a valid proposal, none hanging (seed ${SEED})`, { timeout: 300_000 }, async () => {
    const files = await malformedImports(SEED, PER_KIND);
    expect(files.length).toBeGreaterThanOrEqual(300);
    const results = await answerAll(files);

    const wrong = results.filter(({ answer }) => {
      if (answer === 'hang' || answer.kind === 'crashed') return true;
      if (answer.kind === 'proposed') return answer.problems.length > 0;
      return answer.code !== 'import-failed' || answer.message.trim() === '' || /internal|undefined|\[object/i.test(answer.message);
    });
    expect(wrong.map(({ file, answer }) => `${file.kind} ${file.name}: ${JSON.stringify(answer)}`)).toEqual([]);

    // The suite must exercise both outcomes, or it is not testing what it claims.
    const kinds = new Set(results.map(({ answer }) => (answer === 'hang' ? 'hang' : answer.kind)));
    expect(kinds).toEqual(new Set(['refused', 'proposed']));
  });
});
