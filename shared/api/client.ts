import type { Method, Request, Response } from './contract.js';
import type { ApiResult } from './errors.js';

/** How a request reaches the core: Electron IPC or HTTP to the web host. The client does not care which. */
export interface Transport {
  call(method: Method, payload: unknown): Promise<ApiResult<unknown>>;
}

export interface ApiClient {
  call<M extends Method>(method: M, request: Request<M>): Promise<ApiResult<Response<M>>>;
}

export function createClient(transport: Transport): ApiClient {
  return {
    async call(method, request) {
      try {
        return (await transport.call(method, request)) as ApiResult<never>;
      } catch (error) {
        return {
          ok: false,
          error: { code: 'internal', message: `The app could not reach its storage: ${(error as Error)?.message ?? String(error)}` },
        };
      }
    },
  };
}
