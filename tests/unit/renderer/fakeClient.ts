import type { ApiClient } from '../../../shared/api/client.js';
import type { Method, Request } from '../../../shared/api/contract.js';
import type { ApiResult } from '../../../shared/api/errors.js';

/** An API client that answers with `respond` and records every call, for tests of the renderer's logic. */
export function fakeClient(respond: (method: Method, request: unknown) => ApiResult<unknown>) {
  const calls: { method: Method; request: unknown }[] = [];
  const client: ApiClient = {
    call: async <M extends Method>(method: M, request: Request<M>) => {
      calls.push({ method, request });
      return respond(method, request) as never;
    },
  };
  return { client, calls };
}
