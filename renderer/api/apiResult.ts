import { API_ERROR_CODES, type ApiErrorCode, type ApiResult } from '../../shared/api/errors.js';

/**
 * The body of an HTTP reply comes from outside the page, so its envelope is
 * checked before the UI trusts it. The value inside is the core's business:
 * the core validated its own output against the same contract types.
 */
export function parseApiResult(body: unknown, httpStatus: number): ApiResult<unknown> {
  if (typeof body === 'object' && body !== null && 'ok' in body) {
    const candidate = body as { ok: unknown; value?: unknown; error?: unknown };
    if (candidate.ok === true && 'value' in candidate) return { ok: true, value: candidate.value };
    if (candidate.ok === false && isApiError(candidate.error)) {
      const { code, message, details } = candidate.error;
      return Array.isArray(details) ? { ok: false, error: { code, message, details: details.map(String) } } : { ok: false, error: { code, message } };
    }
  }
  return {
    ok: false,
    error: { code: 'internal', message: `The app's web host sent a reply the app could not read (HTTP ${httpStatus}).` },
  };
}

function isApiError(error: unknown): error is { code: ApiErrorCode; message: string; details?: unknown[] } {
  if (typeof error !== 'object' || error === null) return false;
  const { code, message } = error as { code?: unknown; message?: unknown };
  return typeof message === 'string' && API_ERROR_CODES.includes(code as ApiErrorCode);
}
