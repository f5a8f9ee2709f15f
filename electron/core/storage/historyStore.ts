import type { Database } from 'better-sqlite3';
import type { RevisionDetail, SaveReceipt } from '../../../shared/api/contract.js';
import { ApiFailure } from '../../../shared/api/errors.js';
import type { Snapshot, SnapshotRestore, SnapshotSummary } from '../../../shared/cowriting/snapshot.js';
import type { CoverFields, NodeJSON, Revision } from '../../../shared/model/draft.js';
import { draftGuards } from './draftGuards.js';
import { decodeRevisionContent, type StoredRevisionContent, revisionLog, SECTION_CONTENT_ACTIONS, type RevisionRow } from './revisionLog.js';
import { sectionContent, sectionWriter, type SectionWriterOptions } from './sections.js';

export interface HistoryStore {
  revision(id: string, revisionId: number): RevisionDetail;
  createSnapshot(id: string, name: string): SnapshotSummary;
  snapshots(id: string): SnapshotSummary[];
  snapshot(id: string, snapshotId: number): Snapshot;
  restoreRevision(id: string, sectionId: string, revisionId: number, baseRevision: number): SaveReceipt;
  restoreSnapshot(id: string, snapshotId: number): SnapshotRestore;
}

type RevisionWithContentRow = RevisionRow & StoredRevisionContent & { language: string };

interface SnapshotRow {
  id: number;
  draft_id: string;
  name: string;
  author: string;
  at: string;
  content_json: string;
}

type SnapshotContent = Pick<Snapshot, 'cover' | 'sections'>;

/**
 * Versions of a draft: entries of the revision log with their content, named
 * snapshots of the whole draft, and restoring either. A restore writes the
 * old content as a new revision, so it is in the history and can itself be
 * undone by restoring the version before it.
 */
export function createHistoryStore(db: Database, options: SectionWriterOptions): HistoryStore {
  const now = () => (options.now?.() ?? new Date()).toISOString();
  const guards = draftGuards(db);
  const log = revisionLog(db, options.author);
  const writeSection = sectionWriter(db, log, options.author, options.contentListeners ?? []);
  const write = <T>(work: () => T): T => db.transaction(work).immediate();
  const sql = {
    revision: db.prepare<[number, string], RevisionWithContentRow>('SELECT * FROM revisions WHERE id = ? AND draft_id = ?'),
    sections: db.prepare<[string], { section_id: string; doc_json: string; revision: number }>(
      'SELECT section_id, doc_json, revision FROM sections WHERE draft_id = ? ORDER BY position',
    ),
    cover: db.prepare<[string], { cover_json: string }>('SELECT cover_json FROM drafts WHERE id = ?'),
    setCover: db.prepare<[string, string, string]>('UPDATE drafts SET cover_json = ?, cover_revision = cover_revision + 1, updated_at = ? WHERE id = ?'),
    insertSnapshot: db.prepare<[string, string, string, string, string]>('INSERT INTO snapshots (draft_id, name, author, at, content_json) VALUES (?, ?, ?, ?, ?)'),
    snapshots: db.prepare<[string], SnapshotRow>('SELECT * FROM snapshots WHERE draft_id = ? ORDER BY id DESC'),
    snapshot: db.prepare<[number, string], SnapshotRow>('SELECT * FROM snapshots WHERE id = ? AND draft_id = ?'),
  };

  function revisionRow(id: string, revisionId: number): RevisionWithContentRow {
    guards.existing(id);
    const row = sql.revision.get(revisionId, id);
    if (!row) throw new ApiFailure('not-found', 'That version is not in the history of this strategy.');
    return row;
  }

  function snapshotRow(id: string, snapshotId: number): SnapshotRow {
    guards.existing(id);
    const row = sql.snapshot.get(snapshotId, id);
    if (!row) throw new ApiFailure('not-found', 'That snapshot is not in the history of this strategy.');
    return row;
  }

  function currentContent(id: string): SnapshotContent {
    return {
      cover: JSON.parse((sql.cover.get(id) as { cover_json: string }).cover_json) as CoverFields,
      sections: sql.sections.all(id).map((row) => ({ id: row.section_id, doc: JSON.parse(row.doc_json) as NodeJSON, revision: row.revision })),
    };
  }

  /** Content read back from the log is checked again: it must still be acceptable to the current schema to be restored. */
  function checkedContent(doc: NodeJSON) {
    const content = sectionContent(doc);
    if (!content.ok) throw new ApiFailure('conflict', `That version cannot be restored: ${content.message}`);
    return content;
  }

  return {
    revision(id, revisionId) {
      return toDetail(revisionRow(id, revisionId));
    },

    createSnapshot(id, name) {
      return write(() => {
        guards.editable(id);
        const at = now();
        const author = options.author();
        const snapshotId = Number(sql.insertSnapshot.run(id, name.trim(), author, at, JSON.stringify(currentContent(id))).lastInsertRowid);
        log(id, null, 'snapshot', at, { snapshotId, name: name.trim() });
        return { id: snapshotId, draftId: id, name: name.trim(), author, at };
      });
    },

    snapshots(id) {
      guards.existing(id);
      return sql.snapshots.all(id).map(toSummary);
    },

    snapshot(id, snapshotId) {
      const row = snapshotRow(id, snapshotId);
      return { ...toSummary(row), ...(JSON.parse(row.content_json) as SnapshotContent) };
    },

    restoreRevision(id, sectionId, revisionId, baseRevision) {
      return write(() => {
        guards.editable(id);
        const row = revisionRow(id, revisionId);
        const detail = toDetail(row);
        // A Welsh version restored over the English text would replace one language with the other.
        if (detail.sectionId !== sectionId || detail.doc === null || row.language !== 'en') {
          throw new ApiFailure('invalid-request', `That version is not a version of the text of section "${sectionId}".`);
        }
        return writeSection({ draftId: id, sectionId, content: checkedContent(detail.doc), baseRevision, action: 'restore-revision', at: now() });
      });
    },

    restoreSnapshot(id, snapshotId) {
      return write(() => {
        guards.editable(id);
        const row = snapshotRow(id, snapshotId);
        const saved = JSON.parse(row.content_json) as SnapshotContent;
        const current = currentContent(id);
        const currentDocs = new Map(current.sections.map((section) => [section.id, JSON.stringify(section.doc)]));
        const changed = saved.sections.filter((section) => currentDocs.has(section.id) && currentDocs.get(section.id) !== JSON.stringify(section.doc));
        const contents = changed.map((section) => ({ id: section.id, content: checkedContent(section.doc) }));
        const at = now();
        const restore: SnapshotRestore = { restoredSections: [], signOffReset: [], coverRestored: false };
        for (const { id: sectionId, content } of contents) {
          const receipt = writeSection({ draftId: id, sectionId, content, baseRevision: null, action: 'restore-snapshot', at });
          restore.restoredSections.push(sectionId);
          if (receipt.signOffReset) restore.signOffReset.push(sectionId);
        }
        if (JSON.stringify(saved.cover) !== JSON.stringify(current.cover)) {
          sql.setCover.run(JSON.stringify(saved.cover), at, id);
          restore.coverRestored = true;
        }
        log(id, null, 'restore-snapshot', at, { snapshotId, name: row.name, cover: restore.coverRestored ? saved.cover : undefined });
        return restore;
      });
    },
  };
}

function toSummary(row: SnapshotRow): SnapshotSummary {
  return { id: row.id, draftId: row.draft_id, name: row.name, author: row.author, at: row.at };
}

/** A version whose stored content is damaged fails on its own (the details name it); the rest of the history still reads. */
function toDetail(row: RevisionWithContentRow): RevisionDetail {
  const decoded = decodeRevisionContent(row);
  if (!decoded.ok) {
    throw new ApiFailure(
      'storage-failed',
      'This version cannot be read: its stored content in the library is damaged. The other versions and the current text are not affected.',
      [`Revision ${row.id}, saved by ${row.author} at ${row.at}: ${decoded.reason}.`],
    );
  }
  const content = decoded.content;
  const isSectionContent = row.section_id !== null && SECTION_CONTENT_ACTIONS.includes(row.action);
  return {
    id: row.id,
    draftId: row.draft_id,
    sectionId: row.section_id,
    author: row.author,
    at: row.at,
    action: row.action,
    doc: isSectionContent ? (content as NodeJSON) : null,
    cover: coverIn(row.action, content),
  };
}

/** The title page a log entry recorded: the whole entry for a cover save, its `cover` field for entries that carry one. */
function coverIn(action: Revision['action'], content: unknown): CoverFields | null {
  if (action === 'cover') return content as CoverFields;
  if (content && typeof content === 'object' && 'cover' in content && content.cover) return content.cover as CoverFields;
  return null;
}
