import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { Database } from 'better-sqlite3';
import type { Revision } from '../../../shared/model/draft.js';
import type { ContentLanguage } from '../../../shared/model/language.js';

/** A row of the revisions table without its content, which only the versions history reads. */
export interface RevisionRow {
  id: number;
  draft_id: string;
  section_id: string | null;
  author: string;
  at: string;
  action: Revision['action'];
}

export function toRevision(row: RevisionRow): Revision {
  return { id: row.id, draftId: row.draft_id, sectionId: row.section_id, author: row.author, at: row.at, action: row.action };
}

/** `language` says which text of the section an entry is of: English unless a bilingual draft's other text was saved. */
export type RevisionLog = (draftId: string, sectionId: string | null, action: Revision['action'], at: string, content: unknown, language?: ContentLanguage) => void;

/** Appends to the revision log under the author named in settings at the moment of the change. */
export function revisionLog(db: Database, author: () => string): RevisionLog {
  const insert = db.prepare<[string, string | null, string, string, Revision['action'], string | null, Buffer | null, ContentLanguage]>(
    'INSERT INTO revisions (draft_id, section_id, author, at, action, content_json, content_deflated, language) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  return (draftId, sectionId, action, at, content, language = 'en') => {
    const stored = encodeRevisionContent(content);
    insert.run(draftId, sectionId, author(), at, action, stored.content_json, stored.content_deflated, language);
  };
}

/**
 * The action column as the history shows it. An import logs each section's first version as a section save,
 * at the same moment as the draft's import entry; it is told apart from an edit here, when read, so that
 * libraries written before the distinction existed show it too, with no migration.
 */
export const SHOWN_ACTION = `CASE WHEN action = 'section' AND EXISTS (
  SELECT 1 FROM revisions AS origin
  WHERE origin.draft_id = revisions.draft_id AND origin.section_id IS NULL AND origin.action = 'import' AND origin.at = revisions.at AND origin.id < revisions.id
    -- only the section's first entry after the import: an edit saved within the same millisecond is an edit
    AND NOT EXISTS (SELECT 1 FROM revisions AS between_ WHERE between_.draft_id = revisions.draft_id AND between_.section_id = revisions.section_id AND between_.id > origin.id AND between_.id < revisions.id)
) THEN 'import-section' ELSE action END AS action`;

/** Actions whose log entry holds a whole section document: the versions history can show, compare and restore. */
export const SECTION_CONTENT_ACTIONS: readonly Revision['action'][] = ['section', 'restore-revision', 'restore-snapshot', 'import-section', 'before-import'];

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
