import fs from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { API_PATH_PREFIX } from '../../shared/api/bridge.js';
import { dispatch, type Handlers } from '../../shared/api/dispatch.js';
import type { ApiErrorCode, ApiResult } from '../../shared/api/errors.js';
import { createToken, hasValidToken, isAllowedHost, isAllowedOrigin } from './requestGuards.js';
import { SECURITY_HEADERS } from './securityHeaders.js';
import { contentTypeFor, resolveStaticFile } from './staticFiles.js';

/** Loopback only: the web host is for the person at this machine, never the network. */
const LISTEN_HOST = '127.0.0.1';

/** Generous for a whole strategy with pasted tables, small enough that one request cannot exhaust memory. */
// Imports travel as base64 in one request: a 50 MB document is about 67 MB on the wire.
export const DEFAULT_MAX_BODY_BYTES = 96 * 1024 * 1024;

export interface WebHostOptions {
  handlers: Handlers;
  /** The built renderer (Vite's output), served as static files. */
  rendererDir: string;
  /** 0 or absent lets the system choose a free port. */
  port?: number;
  maxBodyBytes?: number;
  /** Connections held at once; more are closed as they arrive. Browsers open about six per site. */
  maxConnections?: number;
  /** How long a client may take to send its headers, and its whole request with the body. */
  headersTimeoutMs?: number;
  requestTimeoutMs?: number;
}

export const DEFAULT_MAX_CONNECTIONS = 32;
export const DEFAULT_HEADERS_TIMEOUT_MS = 10_000;
/** A 50 MB import crosses loopback in well under a second; a body still arriving after this is stalled or hostile. */
export const DEFAULT_REQUEST_TIMEOUT_MS = 60_000;

export interface WebHost {
  /** The address to open, token included: `http://127.0.0.1:PORT/?token=TOKEN`. */
  url: string;
  token: string;
  port: number;
  close(): Promise<void>;
}

interface HostContext {
  handlers: Handlers;
  rendererDir: string;
  token: string;
  port: number;
  maxBodyBytes: number;
}

/**
 * Serves the renderer and the API over HTTP for browser mode. Static files
 * need no token (the page URL carries it and the renderer's script reads it);
 * every API call must present it, from our own origin, under our own host name.
 * Source maps are never served: they would hand out the source to anyone.
 * Connections are capped, and one that is slow to send its request is closed.
 */
export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const token = createToken();
  const context: HostContext = {
    handlers: options.handlers,
    rendererDir: options.rendererDir,
    token,
    port: 0,
    maxBodyBytes: options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES,
  };
  const headersTimeout = options.headersTimeoutMs ?? DEFAULT_HEADERS_TIMEOUT_MS;
  const server = http.createServer({
    headersTimeout,
    requestTimeout: Math.max(headersTimeout, options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS),
    // Node looks for timed-out connections every 30 s by default, which lets idle ones pile up for that long.
    connectionsCheckingInterval: Math.min(1000, Math.max(50, Math.floor(headersTimeout / 4))),
  }, (request, response) => {
    handleRequest(request, response, context).catch((error: unknown) => {
      sendError(response, 500, 'internal', `The web host failed: ${(error as Error)?.message ?? String(error)}`);
    });
  });
  server.maxConnections = options.maxConnections ?? DEFAULT_MAX_CONNECTIONS;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, LISTEN_HOST, () => {
      server.off('error', reject);
      resolve();
    });
  });
  context.port = (server.address() as AddressInfo).port;
  return {
    url: `http://${LISTEN_HOST}:${context.port}/?token=${token}`,
    token,
    port: context.port,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // Browsers hold keep-alive connections open; without this, close would wait for them.
        server.closeAllConnections();
      }),
  };
}

async function handleRequest(request: http.IncomingMessage, response: http.ServerResponse, context: HostContext): Promise<void> {
  if (!isAllowedHost(request.headers.host, context.port)) {
    sendError(response, 403, 'invalid-request', 'This address is not allowed. Open the link the web host printed.');
    return;
  }
  const url = new URL(request.url ?? '/', `http://${LISTEN_HOST}:${context.port}`);
  if (url.pathname.startsWith(API_PATH_PREFIX)) {
    await handleApiCall(request, response, context, url.pathname.slice(API_PATH_PREFIX.length));
  } else {
    await handleStaticFile(request, response, context, url.pathname);
  }
}

async function handleApiCall(request: http.IncomingMessage, response: http.ServerResponse, context: HostContext, encodedMethod: string): Promise<void> {
  if (!isAllowedOrigin(request.headers.origin, request.headers.host)) {
    sendError(response, 403, 'invalid-request', 'Requests from other web pages are refused.');
    return;
  }
  if (request.method !== 'POST') {
    sendError(response, 405, 'invalid-request', 'API calls must use POST.', { Allow: 'POST' });
    return;
  }
  if (!hasValidToken(request.headers.authorization, context.token)) {
    sendError(response, 401, 'invalid-request', 'The access token is missing or wrong. Open the link the web host printed when it started.', {
      'WWW-Authenticate': 'Bearer',
    });
    return;
  }
  // Requiring JSON also forces a CORS preflight on any cross-site attempt, which we then refuse.
  if (mediaType(request.headers['content-type']) !== 'application/json') {
    sendError(response, 415, 'invalid-request', 'API calls must send JSON (Content-Type: application/json).');
    return;
  }
  const body = await readBody(request, context.maxBodyBytes);
  if (body === 'too-large') {
    sendError(response, 413, 'invalid-request', `The request is larger than the ${formatMegabytes(context.maxBodyBytes)} limit, so nothing was changed.`, {
      Connection: 'close',
    });
    return;
  }
  let payload: unknown;
  try {
    payload = JSON.parse(body.toString('utf8'));
  } catch {
    sendError(response, 400, 'invalid-request', 'The request body is not valid JSON, so nothing was changed.');
    return;
  }
  let method: string;
  try {
    method = decodeURIComponent(encodedMethod);
  } catch {
    method = encodedMethod;
  }
  const result = await dispatch(context.handlers, method, payload);
  sendJson(response, !result.ok && result.error.code === 'unknown-method' ? 404 : 200, result);
}

async function handleStaticFile(request: http.IncomingMessage, response: http.ServerResponse, context: HostContext, pathname: string): Promise<void> {
  if (request.method !== 'GET') {
    sendError(response, 405, 'invalid-request', 'Only GET is allowed here.', { Allow: 'GET' });
    return;
  }
  const filePath = await resolveStaticFile(context.rendererDir, pathname);
  if (filePath === undefined || isSourceMap(filePath)) {
    sendError(response, 404, 'not-found', 'There is no such page.');
    return;
  }
  const content = await fs.readFile(filePath);
  const isHtml = filePath.endsWith('.html');
  response.writeHead(200, {
    ...SECURITY_HEADERS,
    'Content-Type': contentTypeFor(filePath),
    'Content-Length': content.length,
    // The page must never be served stale after an update; hashed assets can be revalidated.
    'Cache-Control': isHtml ? 'no-store' : 'no-cache',
  });
  response.end(content);
}

/** Stops collecting at the limit (the rest is discarded) so an oversize body cannot fill memory. */
function readBody(request: http.IncomingMessage, limit: number): Promise<Buffer | 'too-large'> {
  const declared = Number(request.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) {
    request.resume();
    return Promise.resolve('too-large');
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer): void => {
      size += chunk.length;
      if (size > limit) {
        request.off('data', onData);
        request.resume();
        resolve('too-large');
        return;
      }
      chunks.push(chunk);
    };
    request.on('data', onData);
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
    // A body timed out by the server, or a client gone away, never ends: settle rather than wait for ever.
    request.on('close', () => reject(new Error('The request was cut off before its body arrived.')));
  });
}

function isSourceMap(filePath: string): boolean {
  return filePath.toLowerCase().endsWith('.map');
}

function mediaType(contentType: string | undefined): string {
  return (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
}

function formatMegabytes(bytes: number): string {
  return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;
}

function sendError(response: http.ServerResponse, status: number, code: ApiErrorCode, message: string, headers: Record<string, string> = {}): void {
  const result: ApiResult<never> = { ok: false, error: { code, message } };
  sendJson(response, status, result, headers);
}

function sendJson(response: http.ServerResponse, status: number, body: ApiResult<unknown>, headers: Record<string, string> = {}): void {
  if (response.headersSent) {
    response.destroy();
    return;
  }
  const text = JSON.stringify(body);
  response.writeHead(status, {
    ...SECURITY_HEADERS,
    ...headers,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
  });
  response.end(text);
}
