import { createRequire } from 'node:module';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { inflateInto } from '../../../electron/core/export/pdf/unicodeTrieInflate.js';

// The package it stands in for, as unicode-trie requires it (it ships no types).
const tinyInflate = createRequire(import.meta.url)('tiny-inflate') as (source: Uint8Array, dest: Uint8Array) => Uint8Array;

/** Bytes shaped like a Unicode table: long runs of a few values, then noise. */
function tableLike(length: number): Uint8Array {
  const bytes = new Uint8Array(length);
  let state = 7;
  for (let index = 0; index < length; index += 1) {
    state = (state * 1103515245 + 12345) >>> 0;
    bytes[index] = index < length / 2 ? Math.floor(index / 500) % 4 : state >>> 24;
  }
  return bytes;
}

describe("zlib in tiny-inflate's place", () => {
  it('gives the bytes tiny-inflate gives, in the array it was handed when that is the right length', () => {
    for (const length of [0, 1, 4096, 70_001]) {
      const original = tableLike(length);
      const dest = new Uint8Array(length);
      const inflated = inflateInto(zlib.deflateRawSync(original), dest);
      expect(inflated).toBe(dest);
      expect(inflated).toEqual(tinyInflate(zlib.deflateRawSync(original), new Uint8Array(length)));
      expect(Buffer.from(inflated).equals(Buffer.from(original))).toBe(true);
    }
  });

  it('cuts a longer array to the inflated length in a buffer of its own, as unicode-trie reads the whole buffer (inflating twice, as it does)', () => {
    const original = tableLike(12_000);
    const twice = zlib.deflateRawSync(zlib.deflateRawSync(original));
    const once = inflateInto(twice, new Uint8Array(original.length));
    expect(once).toEqual(tinyInflate(twice, new Uint8Array(original.length)));
    expect(once.byteOffset).toBe(0);
    expect(once.buffer.byteLength).toBe(once.length);
    expect(Buffer.from(inflateInto(once, new Uint8Array(original.length))).equals(Buffer.from(original))).toBe(true);
  });

  it('refuses data that is not DEFLATE, as tiny-inflate does', () => {
    const notDeflate = new Uint8Array([0xff, 0xff, 0xff, 0xff]);
    expect(() => tinyInflate(notDeflate, new Uint8Array(16))).toThrow();
    expect(() => inflateInto(notDeflate, new Uint8Array(16))).toThrow();
  });
});
