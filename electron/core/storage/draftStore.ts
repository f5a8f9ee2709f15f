import { randomUUID } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import type { SaveReceipt } from '../../../shared/api/contract.js';
import { ApiFailure } from '../../../shared/api/errors.js';
import { emptyCover, type CoverFields, type Draft, type DraftSection, type DraftSummary, type NodeJSON, type Revision } from '../../../shared/model/draft.js';
import type { Template } from '../../../shared/template/template.js';
import { copyTitle, displayTitle } from './draftTitle.js';
import { sectionContent } from './sectionContent.js';
import { starterContent } from './starterContent.js';

export type DraftScope = 'active' | 'trash';

export interface DraftStore {
  create(template: Template, start: { title?: string; council?: string }): Draft;
  list(scope: DraftScope): DraftSummary[];
  open(id: string): Draft;
  updateCover(id: string, baseRevision: number, cover: CoverFields): SaveReceipt;
  updateSection(id: string, sectionId: string, baseRevision: number, doc: NodeJSON): SaveReceipt;
  rename(id: string, title: string): DraftSummary;
  duplicate(id: string): DraftSummary;
  trash(id: string): DraftSummary;
  restore(id: string): DraftSummary;
  purge(id: string): void;
  revisions(id: string, sectionId?: string): Revision[];
}

export interface DraftStoreOptions {
  /** Who the revision log names for each save, read at the moment of saving. */
  author: () => string;
  now?: () => Date;
}

interface DraftRow {
  id: string;
  template_id: string;
  cover_json: string;
  cover_revision: number;
  created_at: string;
  updated_at: string;
  trashed_at: string | null;
}

interface SectionRow {
  section_id: string;
  position: number;
  doc_json: string;
  text: string;
  revision: number;
  updated_at: string;
}

interface RevisionRow {
  id: number;
  draft_id: string;
  section_id: string | null;
  author: string;
  at: string;
  action: Revision['action'];
}

/**
 * Drafts in the library database. Every change is one IMMEDIATE transaction
 * that also appends to the revision log, so a save is either wholly there,
 * with its author, or not there at all; and two writers (the app and the
 * CLI, two windows) are told when they would overwrite each other.
 */
export function createDraftStore(db: Database, options: DraftStoreOptions): DraftStore {
  const now = () => (options.now?.() ?? new Date()).toISOString();

  const sql = {
    draft: db.prepare<[string], DraftRow>('SELECT * FROM drafts WHERE id = ?'),
    sections: db.prepare<[string], SectionRow>('SELECT section_id, position, doc_json, text, revision, updated_at FROM sections WHERE draft_id = ? ORDER BY position'),
    listActive: db.prepare<[], DraftRow>('SELECT * FROM drafts WHERE trashed_at IS NULL ORDER BY updated_at DESC, id'),
    listTrash: db.prepare<[], DraftRow>('SELECT * FROM drafts WHERE trashed_at IS NOT NULL ORDER BY trashed_at DESC, id'),
    insertDraft: db.prepare<[string, string, string, string, string]>(
      'INSERT INTO drafts (id, template_id, cover_json, cover_revision, created_at, updated_at) VALUES (?, ?, ?, 0, ?, ?)',
    ),
    insertSection: db.prepare<[string, string, number, string, string, string]>(
      'INSERT INTO sections (draft_id, section_id, position, doc_json, text, revision, updated_at) VALUES (?, ?, ?, ?, ?, 0, ?)',
    ),
    updateCover: db.prepare<[string, string, string, number]>(
      'UPDATE drafts SET cover_json = ?, cover_revision = cover_revision + 1, updated_at = ? WHERE id = ? AND cover_revision = ?',
    ),
    forceCover: db.prepare<[string, string, string]>('UPDATE drafts SET cover_json = ?, cover_revision = cover_revision + 1, updated_at = ? WHERE id = ?'),
    updateSection: db.prepare<[string, string, string, string, string, number]>(
      'UPDATE sections SET doc_json = ?, text = ?, revision = revision + 1, updated_at = ? WHERE draft_id = ? AND section_id = ? AND revision = ?',
    ),
    sectionRevision: db.prepare<[string, string], { revision: number }>('SELECT revision FROM sections WHERE draft_id = ? AND section_id = ?'),
    touchDraft: db.prepare<[string, string]>('UPDATE drafts SET updated_at = ? WHERE id = ?'),
    setTrashed: db.prepare<[string | null, string]>('UPDATE drafts SET trashed_at = ? WHERE id = ?'),
    deleteDraft: db.prepare<[string]>('DELETE FROM drafts WHERE id = ?'),
    copySections: db.prepare<[string, string, string]>(
      'INSERT INTO sections (draft_id, section_id, position, doc_json, text, revision, updated_at) SELECT ?, section_id, position, doc_json, text, 0, ? FROM sections WHERE draft_id = ?',
    ),
    log: db.prepare<[string, string | null, string, string, Revision['action'], string | null]>(
      'INSERT INTO revisions (draft_id, section_id, author, at, action, content_json) VALUES (?, ?, ?, ?, ?, ?)',
    ),
    revisions: db.prepare<[string], RevisionRow>('SELECT id, draft_id, section_id, author, at, action FROM revisions WHERE draft_id = ? ORDER BY id DESC'),
    sectionRevisions: db.prepare<[string, string], RevisionRow>(
      'SELECT id, draft_id, section_id, author, at, action FROM revisions WHERE draft_id = ? AND section_id = ? ORDER BY id DESC',
    ),
  };

  const write = <T>(work: () => T): T => db.transaction(work).immediate();

  function existing(id: string): DraftRow {
    const row = sql.draft.get(id);
    if (!row) throw new ApiFailure('not-found', `There is no strategy with the id "${id}" in the library; it may have been deleted.`);
    return row;
  }

  function editable(id: string): DraftRow {
    const row = existing(id);
    if (row.trashed_at !== null) throw new ApiFailure('conflict', 'This strategy is in the trash. Restore it before changing it.');
    return row;
  }

  function log(draftId: string, sectionId: string | null, action: Revision['action'], at: string, content: unknown): void {
    sql.log.run(draftId, sectionId, options.author(), at, action, content === undefined ? null : JSON.stringify(content));
  }

  function summary(id: string): DraftSummary {
    return toSummary(existing(id));
  }

  function open(id: string): Draft {
    const row = existing(id);
    const cover = parseCover(row);
    return {
      id: row.id,
      templateId: row.template_id,
      title: displayTitle(cover),
      cover,
      coverRevision: row.cover_revision,
      sections: sql.sections.all(id).map(toSection),
      createdAt: row.created_at,
      updatedAt: row.updated_at,
      trashedAt: row.trashed_at,
    };
  }

  return {
    create(template, start) {
      const cover = { ...emptyCover(), title: start.title?.trim() ?? '', council: start.council?.trim() ?? '' };
      // Starter content is prepared before the transaction so a broken template leaves nothing behind.
      const sections = template.sections
        .filter((section) => section.kind === 'text')
        .map((section) => ({ id: section.id, ...starterContent(template, section) }));
      const id = randomUUID();
      write(() => {
        const at = now();
        sql.insertDraft.run(id, template.id, JSON.stringify(cover), at, at);
        sections.forEach((section, position) => sql.insertSection.run(id, section.id, position, JSON.stringify(section.doc), section.text, at));
        log(id, null, 'create', at, { templateId: template.id, templateVersion: template.version, cover });
      });
      return open(id);
    },

    list(scope) {
      return (scope === 'active' ? sql.listActive : sql.listTrash).all().map(toSummary);
    },

    open,

    updateCover(id, baseRevision, cover) {
      return write(() => {
        const row = editable(id);
        if (row.cover_revision !== baseRevision) throw staleWrite('title page');
        const at = now();
        sql.updateCover.run(JSON.stringify(cover), at, id, baseRevision);
        log(id, null, 'cover', at, cover);
        return { revision: baseRevision + 1, updatedAt: at };
      });
    },

    updateSection(id, sectionId, baseRevision, json) {
      const content = sectionContent(json);
      if (!content.ok) throw new ApiFailure('invalid-request', `The section was not saved. ${content.message}`);
      return write(() => {
        editable(id);
        const at = now();
        const changed = sql.updateSection.run(JSON.stringify(content.doc), content.text, at, id, sectionId, baseRevision).changes;
        if (changed === 0) {
          if (!sql.sectionRevision.get(id, sectionId)) throw new ApiFailure('not-found', `This strategy has no section "${sectionId}".`);
          throw staleWrite('section');
        }
        sql.touchDraft.run(at, id);
        log(id, sectionId, 'section', at, content.doc);
        return { revision: baseRevision + 1, updatedAt: at };
      });
    },

    rename(id, title) {
      return write(() => {
        const cover = { ...parseCover(editable(id)), title: title.trim() };
        const at = now();
        sql.forceCover.run(JSON.stringify(cover), at, id);
        log(id, null, 'rename', at, { title: cover.title });
        return summary(id);
      });
    },

    duplicate(id) {
      return write(() => {
        const source = existing(id);
        const cover = { ...parseCover(source), title: copyTitle(parseCover(source)) };
        const copyId = randomUUID();
        const at = now();
        sql.insertDraft.run(copyId, source.template_id, JSON.stringify(cover), at, at);
        sql.copySections.run(copyId, at, id);
        log(copyId, null, 'duplicate', at, { from: id, cover });
        return summary(copyId);
      });
    },

    trash(id) {
      return write(() => {
        const row = existing(id);
        if (row.trashed_at === null) {
          const at = now();
          sql.setTrashed.run(at, id);
          log(id, null, 'trash', at, undefined);
        }
        return summary(id);
      });
    },

    restore(id) {
      return write(() => {
        const row = existing(id);
        if (row.trashed_at !== null) {
          sql.setTrashed.run(null, id);
          log(id, null, 'restore', now(), undefined);
        }
        return summary(id);
      });
    },

    purge(id) {
      write(() => {
        if (existing(id).trashed_at === null) {
          throw new ApiFailure('conflict', 'Only a strategy in the trash can be deleted for good. Move it to the trash first.');
        }
        sql.deleteDraft.run(id);
      });
    },

    revisions(id, sectionId) {
      existing(id);
      const rows = sectionId === undefined ? sql.revisions.all(id) : sql.sectionRevisions.all(id, sectionId);
      return rows.map((row) => ({ id: row.id, draftId: row.draft_id, sectionId: row.section_id, author: row.author, at: row.at, action: row.action }));
    },
  };
}

function staleWrite(what: 'title page' | 'section'): ApiFailure {
  return new ApiFailure(
    'conflict',
    `This ${what} was changed somewhere else (another window or the command line) after you opened it, so your change was not saved. Reload the strategy to see the latest version.`,
  );
}

function parseCover(row: DraftRow): CoverFields {
  return JSON.parse(row.cover_json) as CoverFields;
}

function toSummary(row: DraftRow): DraftSummary {
  const cover = parseCover(row);
  return {
    id: row.id,
    templateId: row.template_id,
    title: displayTitle(cover),
    council: cover.council,
    periodStart: cover.periodStart,
    periodEnd: cover.periodEnd,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    trashedAt: row.trashed_at,
  };
}

function toSection(row: SectionRow): DraftSection {
  return { id: row.section_id, doc: JSON.parse(row.doc_json) as NodeJSON, revision: row.revision, updatedAt: row.updated_at };
}
