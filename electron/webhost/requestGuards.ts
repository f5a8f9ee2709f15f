import crypto from 'node:crypto';

/**
 * Pure checks the web host applies before it does anything for a request.
 * Together they stop other web pages (cross-origin requests, DNS rebinding)
 * and other local processes (no token) from driving the core.
 */

/** A fresh secret per run, long enough that guessing it is hopeless. */
export function createToken(): string {
  return crypto.randomBytes(32).toString('base64url');
}

/**
 * A rebinding attack reaches us under the attacker's host name, so only the
 * two names that mean this machine, with our exact port, are accepted.
 */
export function isAllowedHost(hostHeader: string | undefined, port: number): boolean {
  if (hostHeader === undefined) return false;
  const host = hostHeader.toLowerCase();
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}

/** Browsers send Origin on cross-origin and on state-changing requests; when present it must be our own page. */
export function isAllowedOrigin(originHeader: string | undefined, hostHeader: string | undefined): boolean {
  if (originHeader === undefined) return true;
  if (hostHeader === undefined) return false;
  return originHeader.toLowerCase() === `http://${hostHeader.toLowerCase()}`;
}

/** Compares in constant time (over fixed-length digests) so the token cannot be found byte by byte. */
export function hasValidToken(authorizationHeader: string | undefined, token: string): boolean {
  const match = /^Bearer (\S+)$/.exec(authorizationHeader ?? '');
  if (!match?.[1]) return false;
  return crypto.timingSafeEqual(digest(match[1]), digest(token));
}

function digest(value: string): Buffer {
  return crypto.createHash('sha256').update(value).digest();
}
