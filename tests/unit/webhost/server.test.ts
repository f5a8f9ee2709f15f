import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { METHODS } from '../../../shared/api/contract.js';
import type { Handlers } from '../../../shared/api/dispatch.js';
import { startWebHost, type WebHost } from '../../../electron/webhost/server.js';

interface Call {
  method: string;
  request: unknown;
}

/** Every method answers with what it received, so a test can see the payload crossed the transport intact. */
function recordingHandlers(calls: Call[]): Handlers {
  return Object.fromEntries(
    METHODS.map((method) => [
      method,
      (request: unknown) => {
        calls.push({ method, request });
        return { handledBy: method, request };
      },
    ]),
  ) as unknown as Handlers;
}

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  text: string;
}

function send(port: number, options: { method?: string; path: string; headers?: Record<string, string>; body?: string | Buffer }): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      { host: '127.0.0.1', port, method: options.method ?? 'GET', path: options.path, headers: { host: `127.0.0.1:${port}`, ...options.headers } },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, text: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    request.on('error', reject);
    request.end(options.body);
  });
}

let root: string;
let rendererDir: string;
let host: WebHost;
const calls: Call[] = [];

function apiCall(method: string, payload: unknown, headers: Record<string, string> = {}): Promise<Reply> {
  return send(host.port, {
    method: 'POST',
    path: `/api/${method}`,
    headers: { authorization: `Bearer ${host.token}`, 'content-type': 'application/json', ...headers },
    body: JSON.stringify(payload),
  });
}

beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'cps-webhost-'));
  rendererDir = path.join(root, 'renderer');
  fs.mkdirSync(path.join(rendererDir, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Studio</title>');
  fs.writeFileSync(path.join(rendererDir, 'assets', 'app.js'), 'console.log(1);');
  fs.writeFileSync(path.join(rendererDir, 'assets', 'app.js.map'), '{"version":3,"sources":["../../renderer/main.tsx"],"sourcesContent":["secret source"]}');
  fs.writeFileSync(path.join(root, 'secret.txt'), 'outside the renderer');
  host = await startWebHost({ handlers: recordingHandlers(calls), rendererDir, maxBodyBytes: 4096 });
});

afterAll(async () => {
  await host.close();
  fs.rmSync(root, { recursive: true, force: true });
});

beforeEach(() => {
  calls.length = 0;
});

describe('web host API', () => {
  it('prints a loopback URL that carries the token', () => {
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/?token=${host.token}`);
    expect(host.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('passes a valid call to the handler with the parsed payload and returns its result', async () => {
    const reply = await apiCall('drafts.open', { id: 'draft-1' });
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.text)).toEqual({ ok: true, value: { handledBy: 'drafts.open', request: { id: 'draft-1' } } });
    expect(calls).toEqual([{ method: 'drafts.open', request: { id: 'draft-1' } }]);
    expect(reply.headers['cache-control']).toBe('no-store');
  });

  it('accepts our own origin under localhost as well', async () => {
    const reply = await apiCall('drafts.list', { scope: 'active' }, { host: `localhost:${host.port}`, origin: `http://localhost:${host.port}` });
    expect(reply.status).toBe(200);
    expect(calls).toHaveLength(1);
  });

  it.each([
    ['no token', {}],
    ['a wrong token', { authorization: 'Bearer not-the-token' }],
    ['a token without the Bearer scheme', { authorization: 'TOKEN' }],
  ])('refuses a call with %s', async (_label, headers) => {
    const reply = await send(host.port, {
      method: 'POST',
      path: '/api/drafts.list',
      headers: { 'content-type': 'application/json', ...headers },
      body: '{"scope":"active"}',
    });
    expect(reply.status).toBe(401);
    expect(JSON.parse(reply.text)).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(calls).toHaveLength(0);
  });

  it('refuses the bare token without "Bearer"', async () => {
    const reply = await apiCall('drafts.list', { scope: 'active' }, { authorization: host.token });
    expect(reply.status).toBe(401);
  });

  it.each(['evil.example:PORT', '127.0.0.1:1', 'localhost', '127.0.0.1.nip.io:PORT'])('refuses Host %s (DNS rebinding)', async (hostHeader) => {
    const reply = await apiCall('drafts.list', { scope: 'active' }, { host: hostHeader.replace('PORT', String(host.port)) });
    expect(reply.status).toBe(403);
    expect(calls).toHaveLength(0);
    const page = await send(host.port, { path: '/', headers: { host: hostHeader.replace('PORT', String(host.port)) } });
    expect(page.status).toBe(403);
  });

  it.each(['http://evil.example', 'null', 'http://127.0.0.1:1', 'https://127.0.0.1:PORT'])('refuses Origin %s', async (origin) => {
    const reply = await apiCall('drafts.list', { scope: 'active' }, { origin: origin.replace('PORT', String(host.port)) });
    expect(reply.status).toBe(403);
    expect(calls).toHaveLength(0);
  });

  it('refuses methods other than POST', async () => {
    const reply = await send(host.port, { method: 'GET', path: '/api/drafts.list', headers: { authorization: `Bearer ${host.token}` } });
    expect(reply.status).toBe(405);
    expect(reply.headers['allow']).toBe('POST');
  });

  it('refuses a body that is not JSON', async () => {
    const reply = await send(host.port, {
      method: 'POST',
      path: '/api/drafts.list',
      headers: { authorization: `Bearer ${host.token}`, 'content-type': 'application/json' },
      body: '{"scope": active',
    });
    expect(reply.status).toBe(400);
    expect(JSON.parse(reply.text)).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(calls).toHaveLength(0);
  });

  it('refuses a body sent as a form rather than JSON', async () => {
    const reply = await apiCall('drafts.list', { scope: 'active' }, { 'content-type': 'text/plain' });
    expect(reply.status).toBe(415);
    expect(calls).toHaveLength(0);
  });

  it('returns the typed error for an unknown method', async () => {
    const reply = await apiCall('drafts.format', {});
    expect(reply.status).toBe(404);
    expect(JSON.parse(reply.text)).toMatchObject({ ok: false, error: { code: 'unknown-method' } });
  });

  it('returns the typed error for a payload of the wrong shape, without calling the handler', async () => {
    const reply = await apiCall('drafts.open', { id: 42 });
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.text)).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(calls).toHaveLength(0);
  });

  it('refuses an oversize body, whether declared up front or streamed', async () => {
    const big = JSON.stringify({ id: 'x'.repeat(5000) });
    const declared = await apiCall('drafts.open', JSON.parse(big));
    expect(declared.status).toBe(413);
    expect(JSON.parse(declared.text).error.message).toMatch(/larger than the .* limit/);

    const streamed = await new Promise<number>((resolve, reject) => {
      const request = http.request(
        {
          host: '127.0.0.1',
          port: host.port,
          method: 'POST',
          path: '/api/drafts.open',
          headers: { host: `127.0.0.1:${host.port}`, authorization: `Bearer ${host.token}`, 'content-type': 'application/json', 'transfer-encoding': 'chunked' },
        },
        (response) => {
          response.resume();
          resolve(response.statusCode ?? 0);
        },
      );
      request.on('error', reject);
      request.write(big.slice(0, 3000));
      request.end(big.slice(3000));
    });
    expect(streamed).toBe(413);
    expect(calls).toHaveLength(0);
  });
});

describe('web host static files', () => {
  it('serves index.html for / with the security headers and no caching', async () => {
    const reply = await send(host.port, { path: `/?token=${host.token}` });
    expect(reply.status).toBe(200);
    expect(reply.text).toContain('<title>Studio</title>');
    expect(reply.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(reply.headers['content-security-policy']).toContain("default-src 'self'");
    expect(reply.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(reply.headers['x-content-type-options']).toBe('nosniff');
    expect(reply.headers['referrer-policy']).toBe('no-referrer');
    expect(reply.headers['cache-control']).toBe('no-store');
  });

  it('serves assets with their content type and no token', async () => {
    const reply = await send(host.port, { path: '/assets/app.js' });
    expect(reply.status).toBe(200);
    expect(reply.text).toBe('console.log(1);');
    expect(reply.headers['content-type']).toBe('text/javascript; charset=utf-8');
  });

  it.each(['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/assets/%2e%2e/%2e%2e/secret.txt', '/..\\secret.txt', '/%00index.html', '/%E0%A4%A'])(
    'refuses %s',
    async (requestPath) => {
      const reply = await send(host.port, { path: requestPath });
      expect(reply.status).toBe(404);
      expect(reply.text).not.toContain('outside the renderer');
    },
  );

  it('refuses to follow a symbolic link out of the renderer folder', async () => {
    const link = path.join(rendererDir, 'escape.txt');
    fs.symlinkSync(path.join(root, 'secret.txt'), link);
    try {
      const reply = await send(host.port, { path: '/escape.txt' });
      expect(reply.status).toBe(404);
    } finally {
      fs.unlinkSync(link);
    }
  });

  it('never serves source maps, with or without the token', async () => {
    const withAndWithoutToken: Record<string, string>[] = [{}, { authorization: `Bearer ${host.token}` }];
    for (const headers of withAndWithoutToken) {
      for (const file of ['/assets/app.js.map', '/assets/APP.JS.MAP', '/assets/app.js%2Emap']) {
        const reply = await send(host.port, { path: file, headers });
        expect(reply.status, file).toBe(404);
        expect(reply.text).not.toContain('secret source');
      }
    }
  });

  it('does not list folders and answers 404 for missing files', async () => {
    expect((await send(host.port, { path: '/assets/' })).status).toBe(404);
    expect((await send(host.port, { path: '/missing.js' })).status).toBe(404);
  });

  it('refuses methods other than GET', async () => {
    const reply = await send(host.port, { method: 'POST', path: '/index.html', body: 'x' });
    expect(reply.status).toBe(405);
  });
});

describe('web host listening', () => {
  it('listens on the loopback interface only', async () => {
    const other = await startWebHost({ handlers: recordingHandlers([]), rendererDir });
    try {
      expect(other.port).not.toBe(host.port);
      expect(other.token).not.toBe(host.token);
      const lanAddress = Object.values(os.networkInterfaces())
        .flat()
        .find((entry) => entry && entry.family === 'IPv4' && !entry.internal)?.address;
      if (lanAddress) {
        await expect(
          new Promise((resolve, reject) => {
            const request = http.request({ host: lanAddress, port: other.port, path: '/' }, resolve);
            request.on('error', reject);
            request.end();
          }),
        ).rejects.toThrow();
      }
    } finally {
      await other.close();
    }
  });

  it('reports a port that is already taken', async () => {
    await expect(startWebHost({ handlers: recordingHandlers([]), rendererDir, port: host.port })).rejects.toThrow(/EADDRINUSE/);
  });
});

describe('web host limits', () => {
  async function limitedHost(options: { maxConnections?: number; headersTimeoutMs?: number; requestTimeoutMs?: number }): Promise<WebHost> {
    return startWebHost({ handlers: recordingHandlers([]), rendererDir, ...options });
  }

  function connect(port: number): Promise<net.Socket> {
    return new Promise((resolve, reject) => {
      const socket = net.connect(port, '127.0.0.1', () => resolve(socket));
      socket.on('error', reject);
    });
  }

  function closed(socket: net.Socket): Promise<number> {
    const started = Date.now();
    return new Promise((resolve) => {
      if (socket.destroyed) resolve(0);
      socket.on('close', () => resolve(Date.now() - started));
      socket.on('error', () => undefined);
      socket.resume();
    });
  }

  it('refuses a section document nested 1,000 levels deep as a bad request, not a server failure', async () => {
    let doc: unknown = { type: 'text', text: 'deep' };
    for (let level = 0; level < 1000; level += 1) doc = { type: 'blockquote', content: [doc] };
    const received: Call[] = [];
    const roomy = await startWebHost({ handlers: recordingHandlers(received), rendererDir });
    try {
      const reply = await send(roomy.port, {
        method: 'POST',
        path: '/api/drafts.updateSection',
        headers: { authorization: `Bearer ${roomy.token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ id: 'draft-1', sectionId: 'introduction', baseRevision: 0, doc }),
      });
      expect(reply.status).toBe(200);
      expect(JSON.parse(reply.text)).toMatchObject({ ok: false, error: { code: 'invalid-request', message: expect.stringMatching(/nested more than \d+ levels deep/) as unknown } });
      expect(received).toHaveLength(0);
    } finally {
      await roomy.close();
    }
  });

  it('closes connections beyond the cap as they arrive, and takes new ones once others close', async () => {
    const limited = await limitedHost({ maxConnections: 3 });
    try {
      const held = await Promise.all([connect(limited.port), connect(limited.port), connect(limited.port)]);
      const extra = await connect(limited.port);
      await closed(extra);
      held.forEach((socket) => socket.destroy());
      await new Promise((resolve) => setTimeout(resolve, 50));
      const reply = await send(limited.port, { path: '/' });
      expect(reply.status).toBe(200);
    } finally {
      await limited.close();
    }
  });

  it('closes a connection that sends nothing, and answers 408 to a body that stalls', async () => {
    const limited = await limitedHost({ headersTimeoutMs: 300, requestTimeoutMs: 600 });
    try {
      const idle = await connect(limited.port);
      await closed(idle);

      const slow = await connect(limited.port);
      const received: Buffer[] = [];
      slow.on('data', (chunk: Buffer) => received.push(chunk));
      slow.write(
        [
          'POST /api/drafts.list HTTP/1.1',
          `Host: 127.0.0.1:${limited.port}`,
          `Authorization: Bearer ${limited.token}`,
          'Content-Type: application/json',
          'Content-Length: 1000',
          '',
          '{"scope":',
        ].join('\r\n'),
      );
      await closed(slow);
      expect(Buffer.concat(received).toString('latin1')).toMatch(/^HTTP\/1\.1 408 /);
    } finally {
      await limited.close();
    }
  });
});
