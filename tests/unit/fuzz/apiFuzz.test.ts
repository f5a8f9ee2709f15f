import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../../shared/api/dispatch.js';
import { API_ERROR_CODES } from '../../../shared/api/errors.js';
import type { Draft } from '../../../shared/model/draft.js';
import { createCore, type Core } from '../../../electron/core/createCore.js';
import { startWebHost, type WebHost } from '../../../electron/webhost/server.js';
import { tempDir, testTemplatesDir, TEST_TEMPLATE } from '../core/fixtures.js';
import { validPayloads } from '../core/validPayloads.js';
import { seededRandom } from '../../fixtures/seededRandom.js';
import { fuzzCases, type FuzzCase } from './payloadFuzzer.js';

/** Replay a failing run with FUZZ_SEED=<the seed in the failure message>. */
const SEED = Number(process.env['FUZZ_SEED'] ?? 20_261_207);
const DISPATCH_CASES = 1200;
const HTTP_CASES = 1000;
const PER_CALL_LIMIT_MS = 5000;

let core: Core;
let host: WebHost;
let draft: Draft;
let valid: ReturnType<typeof validPayloads>;

async function call(method: string, payload: unknown): Promise<unknown> {
  const result = await dispatch(core.handlers, method, payload);
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  return result.value;
}

beforeAll(async () => {
  core = createCore({ dataDir: tempDir('cps-fuzz-'), templatesDir: testTemplatesDir() });
  draft = (await call('drafts.create', { templateId: TEST_TEMPLATE.id, title: 'Fuzzed' })) as Draft;
  const trashed = (await call('drafts.create', { templateId: TEST_TEMPLATE.id, title: 'Binned' })) as Draft;
  await call('drafts.trash', { id: trashed.id });
  valid = validPayloads(draft, trashed.id);
  const rendererDir = tempDir('cps-fuzz-renderer-');
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Studio</title>');
  host = await startWebHost({ handlers: core.handlers, rendererDir });
});

afterAll(async () => {
  await host.close();
  core.close();
});

/** What a typed answer looks like: a value, or an error with a known code (never `internal`) and a message. */
function typedAnswerProblem(answer: unknown): string | undefined {
  if (typeof answer !== 'object' || answer === null) return `not an object: ${String(answer)}`;
  const result = answer as { ok?: unknown; error?: { code?: unknown; message?: unknown } };
  if (result.ok === true) return undefined;
  if (result.ok !== false || !result.error) return `neither a value nor an error: ${JSON.stringify(answer).slice(0, 200)}`;
  const { code, message } = result.error;
  if (!API_ERROR_CODES.includes(code as (typeof API_ERROR_CODES)[number])) return `unknown error code ${String(code)}`;
  if (code === 'internal') return `internal error: ${String(message)}`;
  if (typeof message !== 'string' || message.trim() === '') return 'an error without a message';
  return undefined;
}

function withinLimit<T>(work: Promise<T>): Promise<T | 'timed out'> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<'timed out'>((resolve) => (timer = setTimeout(() => resolve('timed out'), PER_CALL_LIMIT_MS)));
  return Promise.race([work, limit]).finally(() => clearTimeout(timer));
}

function failureReport(failures: string[], total: number): string {
  return `${failures.length} of ${total} calls were not answered as typed results (seed ${SEED}):\n${failures.slice(0, 20).join('\n')}`;
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 4 });

function post(pathName: string, body: Buffer, headers: Record<string, string>): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      { agent, host: '127.0.0.1', port: host.port, method: 'POST', path: pathName, headers: { host: `127.0.0.1:${host.port}`, 'content-length': String(body.length), ...headers } },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

/** The HTTP side adds what only a transport sees: bodies that are not JSON, cut short, in other encodings, or sent as another type. */
function httpRequestFor(fuzzCase: FuzzCase, random: () => number): { path: string; body: Buffer; headers: Record<string, string>; recipe: string } {
  const json = JSON.stringify(fuzzCase.payload) ?? '';
  const headers = { authorization: `Bearer ${host.token}`, 'content-type': 'application/json' };
  const path = `/api/${encodeURIComponent(fuzzCase.method)}`;
  const roll = random();
  if (roll < 0.05) return { path, body: Buffer.from(json.slice(0, Math.floor(json.length / 2))), headers, recipe: `cut short: ${fuzzCase.recipe}` };
  if (roll < 0.08) return { path, body: Buffer.from(json, 'utf16le'), headers, recipe: `UTF-16: ${fuzzCase.recipe}` };
  if (roll < 0.1) return { path, body: Buffer.from([0xff, 0xfe, 0x00, 0x7b, 0xc3, 0x28]), headers, recipe: 'bytes that are not UTF-8' };
  if (roll < 0.12) return { path, body: Buffer.from(json), headers: { ...headers, 'content-type': 'text/plain' }, recipe: `sent as text/plain: ${fuzzCase.recipe}` };
  if (roll < 0.14) return { path: `/api/${'%'.repeat(1 + Math.floor(random() * 3))}zz`, body: Buffer.from(json), headers, recipe: 'method name that is not valid percent-encoding' };
  return { path, body: Buffer.from(json), headers, recipe: fuzzCase.recipe };
}

describe('the API under a seeded fuzz run', () => {
  it(`answers ${DISPATCH_CASES} fuzzed payloads through dispatch with typed results, each within ${PER_CALL_LIMIT_MS / 1000} s`, async () => {
    const cases = fuzzCases(SEED, DISPATCH_CASES, valid);
    const failures: string[] = [];
    let refused = 0;
    for (const fuzzCase of cases) {
      const answer = await withinLimit(dispatch(core.handlers, fuzzCase.method, fuzzCase.payload).catch((error: unknown) => `threw ${String(error)}`));
      const problem = answer === 'timed out' ? 'took longer than the limit' : typedAnswerProblem(answer);
      if (problem) failures.push(`${fuzzCase.method} (${fuzzCase.recipe}): ${problem}`);
      if (typeof answer === 'object' && (answer as { ok: boolean }).ok === false) refused += 1;
    }
    expect(failures, failureReport(failures, cases.length)).toEqual([]);
    // Most mutations break the payload; if they mostly did not, the fuzzer has stopped testing anything.
    expect(refused).toBeGreaterThan(cases.length * 0.8);
    expect(await dispatch(core.handlers, 'drafts.open', { id: draft.id })).toMatchObject({ ok: true, value: { id: draft.id } });
  });

  it(`answers ${HTTP_CASES} fuzzed requests over HTTP with typed JSON and never a 500, each within ${PER_CALL_LIMIT_MS / 1000} s`, async () => {
    const random = seededRandom(SEED + 1);
    const cases = fuzzCases(SEED + 1, HTTP_CASES, valid).map((fuzzCase) => httpRequestFor(fuzzCase, random));
    const failures: string[] = [];
    for (const request of cases) {
      const reply = await withinLimit(post(request.path, request.body, request.headers).catch((error: unknown) => ({ status: 0, text: `failed: ${String(error)}` })));
      if (reply === 'timed out') {
        failures.push(`${request.path} (${request.recipe}): took longer than the limit`);
        continue;
      }
      let parsed: unknown;
      try {
        parsed = JSON.parse(reply.text);
      } catch {
        failures.push(`${request.path} (${request.recipe}): HTTP ${reply.status} with a body that is not JSON: ${reply.text.slice(0, 100)}`);
        continue;
      }
      const problem = reply.status >= 500 ? `HTTP ${reply.status}` : typedAnswerProblem(parsed);
      if (problem) failures.push(`${request.path.slice(0, 80)} (${request.recipe}): ${problem}`);
    }
    expect(failures, failureReport(failures, cases.length)).toEqual([]);
    expect(await dispatch(core.handlers, 'library.status', {})).toMatchObject({ ok: true, value: { state: 'ready' } });
  });
});
