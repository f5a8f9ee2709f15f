import path from 'node:path';
import { afterEach } from 'vitest';
import type { Method, Request, Response } from '../../../shared/api/contract.js';
import { dispatch } from '../../../shared/api/dispatch.js';
import type { ApiError } from '../../../shared/api/errors.js';
import { createCore, type Core } from '../../../electron/core/createCore.js';
import { snapshot, tempDir, testTemplatesDir } from './fixtures.js';

/** A core over a fresh data folder (or the one given) and the test template (or the templates folder given), closed after each test, with typed calls through the dispatcher as the transports make them. */
export function useCore(): (dataDir?: string, templatesDir?: string) => { core: Core; databasePath: string; call: Caller; fail: Failer; libraryState: () => string } {
  const cores: Core[] = [];
  afterEach(() => {
    cores.splice(0).forEach((core) => core.close());
  });
  return (dataDir = tempDir(), templatesDir = testTemplatesDir()) => {
    const core = createCore({ dataDir, templatesDir });
    cores.push(core);
    const databasePath = path.join(dataDir, 'library.sqlite');
    const call: Caller = async (method, payload) => {
      const result = await dispatch(core.handlers, method, payload);
      if (!result.ok) throw new Error(`${method} failed: ${result.error.code}: ${result.error.message}`);
      return result.value as never;
    };
    const fail: Failer = async (method, payload) => {
      const result = await dispatch(core.handlers, method, payload);
      if (result.ok) throw new Error(`${method} succeeded but should have failed`);
      return result.error;
    };
    return { core, databasePath, call, fail, libraryState: () => snapshot(databasePath) };
  };
}

export type Caller = <M extends Method>(method: M, payload: Request<M>) => Promise<Response<M>>;
export type Failer = <M extends Method>(method: M, payload: unknown) => Promise<ApiError>;
