import { describe, expect, it } from 'vitest';
import { parseApiResult } from '../../../renderer/api/apiResult.js';
import { resolveToken, takeTokenFromUrl, TOKEN_STORAGE_KEY } from '../../../renderer/api/token.js';

function memoryStorage() {
  const items = new Map<string, string>();
  return { getItem: (key: string) => items.get(key) ?? null, setItem: (key: string, value: string) => void items.set(key, value), items };
}

describe('web host token', () => {
  it('takes the token out of the URL and keeps the rest of it', () => {
    expect(takeTokenFromUrl('http://127.0.0.1:4173/?token=abc123&x=1#/draft/d1')).toEqual({
      token: 'abc123',
      cleanedUrl: 'http://127.0.0.1:4173/?x=1#/draft/d1',
    });
    expect(takeTokenFromUrl('http://127.0.0.1:4173/#/')).toEqual({ token: null, cleanedUrl: 'http://127.0.0.1:4173/#/' });
  });

  it('keeps a new token for reloads and falls back to the kept one', () => {
    const storage = memoryStorage();
    expect(resolveToken(null, storage)).toBeNull();
    expect(resolveToken('first', storage)).toBe('first');
    expect(storage.items.get(TOKEN_STORAGE_KEY)).toBe('first');
    expect(resolveToken(null, storage)).toBe('first');
    expect(resolveToken('second', storage)).toBe('second');
    expect(resolveToken(null, null)).toBeNull();
  });
});

describe('parseApiResult', () => {
  it('passes well-formed results through', () => {
    expect(parseApiResult({ ok: true, value: [1] }, 200)).toEqual({ ok: true, value: [1] });
    expect(parseApiResult({ ok: false, error: { code: 'conflict', message: 'Saved elsewhere.', details: ['a'] } }, 409)).toEqual({
      ok: false,
      error: { code: 'conflict', message: 'Saved elsewhere.', details: ['a'] },
    });
  });

  it('turns anything else into a readable internal error naming the HTTP status', () => {
    for (const body of [null, 'oops', { ok: false, error: { code: 'made-up', message: 'x' } }, { ok: true }, { ok: false, error: { code: 'conflict' } }]) {
      const result = parseApiResult(body, 502);
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe('internal');
        expect(result.error.message).toContain('HTTP 502');
      }
    }
  });
});
