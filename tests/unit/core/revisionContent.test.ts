import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodeRevisionContent, encodeRevisionContent } from '../../../electron/core/storage/revisionLog.js';
import { paragraphDoc } from './fixtures.js';

describe('revision content', () => {
  it('stores content deflated, leaving the JSON column empty, and reads it back unchanged', () => {
    const doc = paragraphDoc('Care leavers told us what “home” means — in their words.', 'A second paragraph.');
    const stored = encodeRevisionContent(doc);
    expect(stored.content_json).toBeNull();
    expect(stored.content_deflated).toBeInstanceOf(Buffer);
    expect(decodeRevisionContent(stored)).toEqual({ ok: true, content: doc });
  });

  it('stores nothing for an entry without content and reads it as null', () => {
    const stored = encodeRevisionContent(undefined);
    expect(stored).toEqual({ content_json: null, content_deflated: null });
    expect(decodeRevisionContent(stored)).toEqual({ ok: true, content: null });
  });

  it('reads the plain JSON of entries written before compression', () => {
    expect(decodeRevisionContent({ content_json: '{"state":"approved"}', content_deflated: null })).toEqual({ ok: true, content: { state: 'approved' } });
  });

  it('reports, rather than throws, content that cannot be unpacked or parsed', () => {
    const whole = encodeRevisionContent(paragraphDoc('Words that will be cut short. '.repeat(40))).content_deflated as Buffer;
    const truncated = decodeRevisionContent({ content_json: null, content_deflated: whole.subarray(0, whole.length >> 1) });
    expect(truncated).toMatchObject({ ok: false, reason: expect.stringContaining('cannot be unpacked') as unknown });
    // 0xff starts a block of the reserved type 3, which no deflate stream may contain.
    expect(decodeRevisionContent({ content_json: null, content_deflated: Buffer.from([0xff, 0xff, 0xff]) })).toMatchObject({ ok: false });
    expect(decodeRevisionContent({ content_json: null, content_deflated: deflateRawSync('{"type":"doc",') })).toMatchObject({
      ok: false,
      reason: expect.stringContaining('not valid JSON') as unknown,
    });
    expect(decodeRevisionContent({ content_json: '{"type":', content_deflated: null })).toMatchObject({ ok: false });
  });
});
