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
  if (nestingDepth(payload, MAX_PAYLOAD_DEPTH) > MAX_PAYLOAD_DEPTH) {
    return {
      ok: false,
      error: { code: 'invalid-request', message: `The request is nested more than ${MAX_PAYLOAD_DEPTH} levels deep, so nothing was changed.` },
    };
  }
  let parsed: ReturnType<(typeof requestSchemas)[Method]['safeParse']>;
  try {
    parsed = requestSchemas[method].safeParse(payload);
  } catch (error) {
    // The depth limit should make this unreachable; a validator that still runs out of stack must not take the transport down.
    return { ok: false, error: { code: 'invalid-request', message: `The request could not be checked, so nothing was changed (${(error as Error)?.message ?? String(error)}).` } };
  }
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

/**
 * Objects and arrays inside one another. A section's document nests a few
 * levels per list or table, so real ones stay far below this; the validator
 * is recursive, and a hostile payload nested thousands deep would exhaust
 * its stack.
 */
export const MAX_PAYLOAD_DEPTH = 256;

/** How deep `value` nests, counted without recursion and only as far as `limit + 1`. */
function nestingDepth(value: unknown, limit: number): number {
  let deepest = 0;
  const pending: [unknown, number][] = [[value, 0]];
  while (pending.length > 0) {
    const [current, depth] = pending.pop() as [unknown, number];
    if (current === null || typeof current !== 'object') continue;
    const level = depth + 1;
    if (level > deepest) deepest = level;
    if (deepest > limit) return deepest;
    for (const child of Array.isArray(current) ? current : Object.values(current)) pending.push([child, level]);
  }
  return deepest;
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const where = issue.path.length === 0 ? 'request' : issue.path.map(String).join('.');
  return `${where}: ${issue.message}`;
}
