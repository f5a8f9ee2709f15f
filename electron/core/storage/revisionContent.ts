import { deflateRawSync, inflateRawSync } from 'node:zlib';

/**
 * How the content of a revision-log entry is kept. Every autosave logs the
 * whole section and drafts are kept for years, so plain JSON would grow a
 * library by megabytes per hour of drafting. ProseMirror JSON repeats its
 * node and mark names and prose repeats its words, so deflate keeps a small
 * fraction of it in well under a millisecond. Raw deflate, without the zlib
 * header and checksum, because the column already says what the bytes are.
 *
 * Entries written before library format 3 hold plain JSON in `content_json`
 * and are read as they are; new entries leave it null. Both are null for an
 * entry without content.
 */
export interface StoredRevisionContent {
  content_json: string | null;
  content_deflated: Buffer | null;
}

export type DecodedRevisionContent = { ok: true; content: unknown } | { ok: false; reason: string };

export function encodeRevisionContent(content: unknown): StoredRevisionContent {
  if (content === undefined) return { content_json: null, content_deflated: null };
  return { content_json: null, content_deflated: deflateRawSync(JSON.stringify(content)) };
}

/** Reads either form back. A damaged entry is reported, not thrown, so the caller can say which version it is; `reason` is technical. */
export function decodeRevisionContent(stored: StoredRevisionContent): DecodedRevisionContent {
  let json: string | null;
  try {
    json = stored.content_deflated === null ? stored.content_json : inflateRawSync(stored.content_deflated).toString('utf8');
  } catch (error) {
    return { ok: false, reason: `the compressed content cannot be unpacked (${(error as Error).message})` };
  }
  if (json === null) return { ok: true, content: null };
  try {
    return { ok: true, content: JSON.parse(json) as unknown };
  } catch (error) {
    return { ok: false, reason: `the unpacked content is not valid JSON (${(error as Error).message})` };
  }
}
