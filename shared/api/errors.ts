/**
 * Failures cross the API as values, never as thrown exceptions, so the
 * renderer can show every one of them and the transports stay dumb.
 */
export const API_ERROR_CODES = [
  'invalid-request',
  'unknown-method',
  'not-found',
  'conflict',
  'library-unavailable',
  'template-invalid',
  'storage-failed',
  'export-failed',
  /** A final export was asked for while required sections are not approved. */
  'not-approved',
  /** A final export was asked for while placeholders remain; `details` names each, with its section. */
  'placeholders-left',
  'import-failed',
  'internal',
] as const;
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

export interface ApiError {
  code: ApiErrorCode;
  /** One or two sentences a policy officer can act on. */
  message: string;
  details?: string[];
}

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** Thrown inside the core and turned into an `ApiResult` by the dispatcher. */
export class ApiFailure extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly details?: string[],
  ) {
    super(message);
    this.name = 'ApiFailure';
  }

  toError(): ApiError {
    return this.details ? { code: this.code, message: this.message, details: this.details } : { code: this.code, message: this.message };
  }
}
