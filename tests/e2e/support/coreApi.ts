import type { APIRequestContext } from '@playwright/test';
import type { Method, Request, Response } from '../../../shared/api/contract';

/**
 * The web host's API called from the test itself, with the token of the URL
 * the host printed: to read what storage holds, independently of the page.
 */
export function coreApi(request: APIRequestContext, hostUrl: string) {
  const url = new URL(hostUrl);
  const token = url.searchParams.get('token') ?? '';
  return async function call<M extends Method>(method: M, payload: Request<M>): Promise<Response<M>> {
    const reply = await request.post(`${url.origin}/api/${method}`, { headers: { Authorization: `Bearer ${token}` }, data: payload });
    const body = (await reply.json()) as { ok: boolean; value?: Response<M>; error?: { message: string } };
    if (!body.ok) throw new Error(`${method} failed: ${body.error?.message ?? reply.status()}`);
    return body.value as Response<M>;
  };
}
