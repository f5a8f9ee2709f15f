import { API_PATH_PREFIX } from '../../shared/api/bridge.js';
import type { Method } from '../../shared/api/contract.js';
import type { Transport } from '../../shared/api/client.js';
import { parseApiResult } from './apiResult.js';

/** Browsers refuse keepalive requests whose bodies add up to more than 64 KiB; stay well under it. */
const KEEPALIVE_BODY_LIMIT = 60_000;

/**
 * HTTP to the local web host. While the page is being hidden or unloaded,
 * requests are sent with `keepalive` so the last autosave still arrives after
 * the tab is gone; the rest of the UI does not need to know.
 */
export function createHttpTransport(token: string | null, isPageLeaving: () => boolean): Transport {
  return {
    async call(method: Method, payload: unknown) {
      const body = JSON.stringify(payload);
      const headers: Record<string, string> = { 'Content-Type': 'application/json' };
      if (token !== null) headers['Authorization'] = `Bearer ${token}`;
      const response = await fetch(`${API_PATH_PREFIX}${method}`, {
        method: 'POST',
        headers,
        body,
        credentials: 'same-origin',
        keepalive: isPageLeaving() && body.length < KEEPALIVE_BODY_LIMIT,
      });
      let parsed: unknown = null;
      try {
        parsed = await response.json();
      } catch {
        parsed = null;
      }
      return parseApiResult(parsed, response.status);
    },
  };
}
