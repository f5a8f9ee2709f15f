import { z } from 'zod';
import { requestSchemas, isMethod, type Method, type Request, type Response } from './contract.js';
import { ApiFailure, type ApiResult } from './errors.js';

/** The core's implementation of every method. Handlers may throw `ApiFailure`; anything else is a bug. */
export type Handlers = { [M in Method]: (request: Request<M>) => Response<M> | Promise<Response<M>> };

/**
 * The single entry point every transport calls with untrusted input: it
 * checks the method and payload, runs the handler and turns every failure
 * into a typed value.
 */
export async function dispatch(handlers: Handlers, method: unknown, payload: unknown): Promise<ApiResult<unknown>> {
  if (!isMethod(method)) {
    return { ok: false, error: { code: 'unknown-method', message: `The app does not know the action "${String(method).slice(0, 60)}".` } };
  }
  const parsed = requestSchemas[method].safeParse(payload);
  if (!parsed.success) {
    return {
      ok: false,
      error: {
        code: 'invalid-request',
        message: 'The request was not in the expected form, so nothing was changed.',
        details: parsed.error.issues.map(describeIssue),
      },
    };
  }
  try {
    const handler = handlers[method] as (request: unknown) => unknown;
    return { ok: true, value: await handler(parsed.data) };
  } catch (error) {
    if (error instanceof ApiFailure) return { ok: false, error: error.toError() };
    return { ok: false, error: { code: 'internal', message: `Something went wrong inside the app: ${(error as Error)?.message ?? String(error)}` } };
  }
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const where = issue.path.length === 0 ? 'request' : issue.path.map(String).join('.');
  return `${where}: ${issue.message}`;
}
