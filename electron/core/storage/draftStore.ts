import { randomUUID } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import type { SaveReceipt } from '../../../shared/api/contract.js';
import { ApiFailure } from '../../../shared/api/errors.js';
import { emptyAttribution, type Attribution } from '../../../shared/cowriting/attribution.js';
import { UNSORTED } from '../../../shared/import/types.js';
import { hasVisibleContent } from '../../../shared/import/unsorted.js';
import { emptyCover, type CoverFields, type Draft, type DraftSection, type DraftSummary, type NodeJSON, type Revision } from '../../../shared/model/draft.js';
import type { TranslationLanguage } from '../../../shared/model/language.js';
import { untitledTitle } from '../../../shared/template/documentWords.js';
import { DOCUMENT_WORDS_DEFAULT, type Template } from '../../../shared/template/template.js';
import { draftGuards, staleWrite } from './draftGuards.js';
import { revisionLog, SECTION_CONTENT_ACTIONS, SHOWN_ACTION, toRevision, type RevisionRow } from './revisionLog.js';
import { sectionContent, sectionWriter, type SectionWriterOptions, SIGN_OFF_COLUMNS, signOffFromColumns, type SignOffColumns, starterContent } from './sections.js';
import { templateUpgrader, type TemplateUpgrade } from './templateUpgrade.js';

export type DraftScope = 'active' | 'trash';

/** A strategy read from another file, ready to become a draft: its sections' content is checked by the store. */
export interface ImportedDraft {
  cover: CoverFields;
  /** Content for text sections of the template, by section id; the others get their starter content. */
  sections: ReadonlyMap<string, NodeJSON>;
  /** What fits no section, kept as the Unsorted section; null when everything found a place. */
  unsorted: NodeJSON | null;
  /** Recorded in the revision log, so the history says where the draft came from. */
  source: { fileName: string; format: string };
}

/** Imported text for one section of an open draft. */
export interface SectionImport {
  sectionId: string;
  /** How the officer knows the section, for messages. */
  title: string;
  /** The revision of the text the officer had on screen when choosing. */
  baseRevision: number;
  /** The section's new content, made from what it holds now (to replace it, or to add after it). */
  content: (current: NodeJSON) => NodeJSON;
}

/** Parts of another file brought into an existing draft, section by section. */
export interface ImportIntoDraft {
  sections: readonly SectionImport[];
  source: { fileName: string; format: string };
}

export interface DraftStore {
  create(template: Template, start: { title?: string; council?: string }): Draft;
  /** Creates a whole draft from an import in one transaction: it is there complete, or not at all. */
  createImported(template: Template, imported: ImportedDraft): Draft;
  /**
   * Creates a yearly report on a strategy (shared/annualReport/) in one transaction, linked to the strategy
   * (`report_of`); sections not generated get their starter text. The generated text is each section's
   * first version in the log, so history can always bring it back.
   */
  createReport(template: Template, report: { cover: CoverFields; sections: ReadonlyMap<string, NodeJSON>; reportOf: string }): Draft;
  /**
   * Writes an import into an open draft in one transaction: every section
   * given, or none when any of them changed since its base revision. The
   * text each one held is in the revision log before it is replaced.
   * Returns the draft and the sections whose approval the change undid.
   */
  importIntoDraft(id: string, imported: ImportIntoDraft): { draft: Draft; reviewReset: string[] };
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
  /** Adds the sections a newer version of the draft's template has gained, once (templateUpgrade.ts); null when there was nothing to do. */
  upgradeToTemplate(id: string, template: Template): TemplateUpgrade | null;
}

interface DraftRow {
  id: string;
  template_id: string;
  template_version: number | null;
  cover_json: string;
  cover_revision: number;
  created_at: string;
  updated_at: string;
  trashed_at: string | null;
  attribution_json: string | null;
  attribution_revision: number;
  draft_count: number;
  ready_count: number;
  approved_count: number;
}

interface SectionRow extends SignOffColumns {
  section_id: string;
  position: number;
  doc_json: string;
  text: string;
  revision: number;
  updated_at: string;
}

/** A draft row with how many of its sections are in each review state, for the library list; the Unsorted pile is never reviewed. */
const COUNTS = `
  (SELECT COUNT(*) FROM sections s WHERE s.draft_id = d.id AND s.section_id <> '${UNSORTED}' AND s.sign_off_state = 'draft') AS draft_count,
  (SELECT COUNT(*) FROM sections s WHERE s.draft_id = d.id AND s.section_id <> '${UNSORTED}' AND s.sign_off_state = 'ready-for-review') AS ready_count,
  (SELECT COUNT(*) FROM sections s WHERE s.draft_id = d.id AND s.section_id <> '${UNSORTED}' AND s.sign_off_state = 'approved') AS approved_count
  FROM drafts d`;
const DRAFT_WITH_COUNTS = `SELECT d.*,${COUNTS}`;
/**
 * The library list reads only what it shows. The cover's fields are picked
 * out in SQL, because a cover may carry a logo of up to a megabyte that the
 * list never shows. Each draft's sections are counted by review state in one
 * pass over the sign-off index (migration 8), grouped by draft and state so
 * each section row costs one count, then turned into a row per draft.
 */
const SUMMARY_WITH_COUNTS = `SELECT d.id, d.template_id,
    d.cover_json ->> '$.title' AS title, d.cover_json ->> '$.council' AS council,
    d.cover_json ->> '$.periodStart' AS period_start, d.cover_json ->> '$.periodEnd' AS period_end,
    d.created_at, d.updated_at, d.trashed_at,
    COALESCE(c.draft_count, 0) AS draft_count, COALESCE(c.ready_count, 0) AS ready_count, COALESCE(c.approved_count, 0) AS approved_count
  FROM drafts d LEFT JOIN (
    SELECT draft_id,
      SUM(CASE sign_off_state WHEN 'draft' THEN n ELSE 0 END) AS draft_count,
      SUM(CASE sign_off_state WHEN 'ready-for-review' THEN n ELSE 0 END) AS ready_count,
      SUM(CASE sign_off_state WHEN 'approved' THEN n ELSE 0 END) AS approved_count
    FROM (SELECT draft_id, sign_off_state, COUNT(*) AS n FROM sections WHERE section_id <> '${UNSORTED}' GROUP BY draft_id, sign_off_state)
    GROUP BY draft_id
  ) c ON c.draft_id = d.id`;

/** What the library list shows of a draft; the cover's fields are null when its cover lacks them. */
interface SummaryRow extends Pick<DraftRow, 'id' | 'template_id' | 'created_at' | 'updated_at' | 'trashed_at' | 'draft_count' | 'ready_count' | 'approved_count'> {
  title: string | null;
  council: string | null;
  period_start: number | null;
  period_end: number | null;
}

export interface DraftStoreOptions extends SectionWriterOptions {
  /** What the pack a draft was written with calls its kind of document ("plan"), to name an untitled draft; undefined when the pack is gone. */
  documentKind?: (templateId: string) => string | undefined;
}

/**
 * Drafts in the library database. Every change is one IMMEDIATE transaction
 * that also appends to the revision log, so a save is either wholly there,
 * with its author, or not there at all; and two writers (the app and the
 * CLI, two windows) are told when they would overwrite each other.
 *
 * Besides the template's sections, a draft made by an import may have one
 * more row, `UNSORTED`, holding what fitted no section. It needs no schema
 * change: it is an ordinary section row, placed after the template's, so it
 * is saved, logged, snapshotted and duplicated like the others. A draft
 * carries it in `sections` (last) only while it holds something a reader
 * would see; once the officer has sorted it all, it drops out of the draft,
 * though the row stays so a save based on its revision still lands.
 */
export function createDraftStore(db: Database, options: DraftStoreOptions): DraftStore {
  const now = () => (options.now?.() ?? new Date()).toISOString();
  const documentKind = (templateId: string) => options.documentKind?.(templateId) ?? DOCUMENT_WORDS_DEFAULT.documentKind;

  const sql = {
    draft: db.prepare<[string], DraftRow>(`${DRAFT_WITH_COUNTS} WHERE d.id = ?`),
    sections: db.prepare<[string], SectionRow>(
      `SELECT section_id, position, doc_json, text, revision, updated_at, ${SIGN_OFF_COLUMNS} FROM sections WHERE draft_id = ? ORDER BY position`,
    ),
    listActive: db.prepare<[], SummaryRow>(`${SUMMARY_WITH_COUNTS} WHERE d.trashed_at IS NULL ORDER BY d.updated_at DESC, d.id`),
    listTrash: db.prepare<[], SummaryRow>(`${SUMMARY_WITH_COUNTS} WHERE d.trashed_at IS NOT NULL ORDER BY d.trashed_at DESC, d.id`),
    insertDraft: db.prepare<[string, string, number | null, string, string, string]>(
      'INSERT INTO drafts (id, template_id, template_version, cover_json, cover_revision, created_at, updated_at) VALUES (?, ?, ?, ?, 0, ?, ?)',
    ),
    setReportOf: db.prepare<[string, string]>('UPDATE drafts SET report_of = ? WHERE id = ?'),
    insertSection: db.prepare<[string, string, number, string, string, string]>(
      'INSERT INTO sections (draft_id, section_id, position, doc_json, text, revision, updated_at) VALUES (?, ?, ?, ?, ?, 0, ?)',
    ),
    updateCover: db.prepare<[string, string, string, number]>(
      'UPDATE drafts SET cover_json = ?, cover_revision = cover_revision + 1, updated_at = ? WHERE id = ? AND cover_revision = ?',
    ),
    forceCover: db.prepare<[string, string, string]>('UPDATE drafts SET cover_json = ?, cover_revision = cover_revision + 1, updated_at = ? WHERE id = ?'),
    copyAttribution: db.prepare<[string, string]>('UPDATE drafts SET attribution_json = (SELECT attribution_json FROM drafts WHERE id = ?) WHERE id = ?'),
    setTrashed: db.prepare<[string | null, string]>('UPDATE drafts SET trashed_at = ? WHERE id = ?'),
    deleteDraft: db.prepare<[string]>('DELETE FROM drafts WHERE id = ?'),
    translations: db.prepare<[string], TranslationRow>('SELECT section_id, language, doc_json, revision, updated_at FROM section_translations WHERE draft_id = ?'),
    copyTranslations: db.prepare<[string, string, string]>(
      'INSERT INTO section_translations (draft_id, section_id, language, doc_json, text, revision, updated_at) SELECT ?, section_id, language, doc_json, text, 0, ? FROM section_translations WHERE draft_id = ?',
    ),
    copySections: db.prepare<[string, string, string]>(
      'INSERT INTO sections (draft_id, section_id, position, doc_json, text, revision, updated_at) SELECT ?, section_id, position, doc_json, text, 0, ? FROM sections WHERE draft_id = ?',
    ),
    // The Welsh text's entries are its own history (translationStore.ts); the draft's and the English text's stay as they were.
    revisions: db.prepare<[string], RevisionRow>(`SELECT id, draft_id, section_id, author, at, ${SHOWN_ACTION} FROM revisions WHERE draft_id = ? AND language = 'en' ORDER BY id DESC`),
    sectionNow: db.prepare<[string, string], { doc_json: string; revision: number }>('SELECT doc_json, revision FROM sections WHERE draft_id = ? AND section_id = ?'),
    insertUnsorted: db.prepare<[string, string, string, string]>(
      `INSERT INTO sections (draft_id, section_id, position, doc_json, text, revision, updated_at)
       SELECT ?, '${UNSORTED}', COALESCE(MAX(position), -1) + 1, ?, '', 0, ? FROM sections WHERE draft_id = ?`,
    ),
    hasTextVersion: db.prepare<[string, string], { found: number }>(
      `SELECT 1 AS found FROM revisions WHERE draft_id = ? AND section_id = ? AND language = 'en' AND action IN (${SECTION_CONTENT_ACTIONS.map((action) => `'${action}'`).join(', ')}) LIMIT 1`,
    ),
    sectionRevisions: db.prepare<[string, string], RevisionRow>(
      `SELECT id, draft_id, section_id, author, at, ${SHOWN_ACTION} FROM revisions WHERE draft_id = ? AND section_id = ? AND language = 'en' ORDER BY id DESC`,
    ),
  };

  const write = <T>(work: () => T): T => db.transaction(work).immediate();
  const guards = draftGuards(db);
  const log = revisionLog(db, options.author);
  const writeSection = sectionWriter(db, log, options.author, options.contentListeners ?? []);
  const upgradeToTemplate = templateUpgrader(db, log, now);

  function existing(id: string): DraftRow {
    guards.existing(id);
    return sql.draft.get(id) as DraftRow;
  }

  function editable(id: string): DraftRow {
    guards.editable(id);
    return sql.draft.get(id) as DraftRow;
  }

  function summary(id: string): DraftSummary {
    const row = existing(id);
    const cover = parseCover(row);
    return toSummary({ ...row, title: cover.title, council: cover.council, period_start: cover.periodStart, period_end: cover.periodEnd }, documentKind);
  }

  /** Inserts a draft and its sections, logged as created; must run inside a write transaction. Returns the time it recorded. */
  function insertDraft(id: string, template: Template, cover: CoverFields, sections: readonly { id: string; doc: NodeJSON; text: string }[]): string {
    const at = now();
    sql.insertDraft.run(id, template.id, template.version, JSON.stringify(cover), at, at);
    sections.forEach((section, position) => sql.insertSection.run(id, section.id, position, JSON.stringify(section.doc), section.text, at));
    log(id, null, 'create', at, { templateId: template.id, templateVersion: template.version, cover });
    return at;
  }

  function open(id: string): Draft {
    const row = existing(id);
    const cover = parseCover(row);
    return {
      id: row.id,
      templateId: row.template_id,
      title: displayTitle(cover.title, () => documentKind(row.template_id)),
      cover,
      coverRevision: row.cover_revision,
      sections: sql.sections.all(id).map(toSection).filter(isShown).sort(unsortedLast),
      createdAt: row.created_at,
      updatedAt: row.updated_at,
      trashedAt: row.trashed_at,
      attribution: row.attribution_json === null ? emptyAttribution() : (JSON.parse(row.attribution_json) as Attribution),
      attributionRevision: row.attribution_revision,
      ...translationsOf(sql.translations.all(id)),
    };
  }

  return {
    create(template, start) {
      const cover = { ...emptyCover(), title: start.title?.trim() ?? '', council: start.council?.trim() ?? '' };
      // Starter content is prepared before the transaction so a broken template leaves nothing behind.
      const sections = textSections(template).map((section) => ({ id: section.id, ...starterContent(template, section) }));
      const id = randomUUID();
      write(() => insertDraft(id, template, cover, sections));
      return open(id);
    },

    createImported(template, imported) {
      // Everything is checked before the transaction, so content the store would refuse leaves no half-made draft.
      // A template section that took the reserved id gives way to the pile, which has the same row.
      const targets = textSections(template).filter((section) => section.id !== UNSORTED);
      const known = new Set(targets.map((section) => section.id));
      const stray = [...imported.sections.keys()].find((sectionId) => !known.has(sectionId));
      if (stray !== undefined) throw new ApiFailure('invalid-request', `The template "${template.name}" has no section "${stray}", so nothing was imported.`);
      const sections = targets.map((section) => {
        const doc = imported.sections.get(section.id);
        return { id: section.id, imported: doc !== undefined, ...(doc === undefined ? starterContent(template, section) : importedContent(section.title, doc)) };
      });
      if (imported.unsorted !== null) sections.push({ id: UNSORTED, imported: true, ...importedContent('Unsorted', imported.unsorted) });
      const id = randomUUID();
      write(() => {
        const at = insertDraft(id, template, imported.cover, sections);
        log(id, null, 'import', at, { ...imported.source, sections: sections.filter((section) => section.imported).map((section) => section.id) });
        // The imported text is the first version of each section, so history can always bring it back.
        for (const section of sections) if (section.imported) log(id, section.id, 'section', at, section.doc);
      });
      return open(id);
    },

    createReport(template, report) {
      const sections = textSections(template).map((section) => {
        const doc = report.sections.get(section.id);
        return { id: section.id, generated: doc !== undefined, ...(doc === undefined ? starterContent(template, section) : generatedContent(section.title, doc)) };
      });
      const id = randomUUID();
      write(() => {
        guards.existing(report.reportOf);
        const at = insertDraft(id, template, report.cover, sections);
        sql.setReportOf.run(report.reportOf, id);
        for (const section of sections) if (section.generated) log(id, section.id, 'section', at, section.doc);
      });
      return open(id);
    },

    importIntoDraft(id, imported) {
      const reviewReset = write(() => {
        const reset: string[] = [];
        guards.editable(id);
        const at = now();
        for (const section of imported.sections) {
          if (section.sectionId === UNSORTED && !sql.sectionNow.get(id, UNSORTED)) sql.insertUnsorted.run(id, JSON.stringify(EMPTY_DOC), at, id);
          const row = sql.sectionNow.get(id, section.sectionId);
          if (!row) throw new ApiFailure('not-found', `This strategy has no section "${section.title}", so nothing was imported.`);
          if (row.revision !== section.baseRevision) {
            throw new ApiFailure(
              'conflict',
              `“${section.title}” was changed somewhere else (another window or the command line) while you were reviewing the import, so nothing was imported. Reload the strategy to see the latest text, then import again.`,
            );
          }
          const before = JSON.parse(row.doc_json) as NodeJSON;
          const content = sectionContent(section.content(before));
          if (!content.ok) throw new ApiFailure('import-failed', `The imported text for “${section.title}” could not be kept, so nothing was imported. ${content.message}`);
          // Text never saved since the draft was made (starter text, a copy) is not in the log yet: put it there, so the import can be undone.
          if (!sql.hasTextVersion.get(id, section.sectionId)) log(id, section.sectionId, 'before-import', at, before);
          const receipt = writeSection({ draftId: id, sectionId: section.sectionId, content, baseRevision: section.baseRevision, action: 'import-section', at });
          if (receipt.signOffReset) reset.push(section.sectionId);
        }
        log(id, null, 'import', at, { ...imported.source, sections: imported.sections.map((section) => section.sectionId) });
        return reset;
      });
      return { draft: open(id), reviewReset };
    },

    list(scope) {
      // A library holds drafts of a few packs, so each pack is asked for its words once per list.
      const kinds = new Map<string, string>();
      const kindOf = (templateId: string) => {
        const known = kinds.get(templateId);
        if (known !== undefined) return known;
        const kind = documentKind(templateId);
        kinds.set(templateId, kind);
        return kind;
      };
      return (scope === 'active' ? sql.listActive : sql.listTrash).all().map((row) => toSummary(row, kindOf));
    },

    open,

    updateCover(id, baseRevision, cover) {
      return write(() => {
        const row = editable(id);
        if (row.cover_revision !== baseRevision) throw staleWrite('title page');
        const at = now();
        sql.updateCover.run(JSON.stringify(cover), at, id, baseRevision);
        log(id, null, 'cover', at, coverForLog(cover, parseCover(row)));
        return { revision: baseRevision + 1, updatedAt: at };
      });
    },

    updateSection(id, sectionId, baseRevision, json) {
      const content = sectionContent(json);
      if (!content.ok) throw new ApiFailure('invalid-request', `The section was not saved. ${content.message}`);
      return write(() => {
        guards.editable(id);
        return writeSection({ draftId: id, sectionId, content, baseRevision, action: 'section', at: now() });
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
        const cover = { ...parseCover(source), title: copyTitle(parseCover(source).title, () => documentKind(source.template_id)) };
        const copyId = randomUUID();
        const at = now();
        sql.insertDraft.run(copyId, source.template_id, source.template_version, JSON.stringify(cover), at, at);
        sql.copySections.run(copyId, at, id);
        sql.copyTranslations.run(copyId, at, id);
        sql.copyAttribution.run(id, copyId);
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
      return rows.map(toRevision);
    },

    upgradeToTemplate(id, template) {
      existing(id);
      return upgradeToTemplate(id, template);
    },
  };
}

const EMPTY_DOC: NodeJSON = { type: 'doc', content: [{ type: 'paragraph' }] };

function textSections(template: Template) {
  return template.sections.filter((section) => section.kind === 'text');
}

function importedContent(title: string, doc: NodeJSON): { doc: NodeJSON; text: string } {
  const content = sectionContent(doc);
  if (!content.ok) throw new ApiFailure('import-failed', `The imported text for "${title}" could not be kept, so nothing was imported. ${content.message}`);
  return { doc: content.doc, text: content.text };
}

function generatedContent(title: string, doc: NodeJSON): { doc: NodeJSON; text: string } {
  const content = sectionContent(doc);
  if (!content.ok) throw new ApiFailure('invalid-request', `The report's "${title}" could not be made from the strategy, so no report was created. ${content.message}`);
  return { doc: content.doc, text: content.text };
}

function isShown(section: DraftSection): boolean {
  return section.id !== UNSORTED || hasVisibleContent(section.doc);
}

function unsortedLast(a: DraftSection, b: DraftSection): number {
  return Number(a.id === UNSORTED) - Number(b.id === UNSORTED);
}

/**
 * A logo can be a megabyte and autosave logs every cover edit, so the log
 * keeps the logo only in the entry where it changed.
 */
function coverForLog(cover: CoverFields, previous: CoverFields): CoverFields {
  if (cover.logo === undefined || cover.logo === previous.logo) {
    const { logo: _unchanged, ...rest } = cover;
    return rest;
  }
  return cover;
}

function parseCover(row: Pick<DraftRow, 'cover_json'>): CoverFields {
  return JSON.parse(row.cover_json) as CoverFields;
}

function toSummary(row: SummaryRow, documentKind: (templateId: string) => string): DraftSummary {
  return {
    id: row.id,
    templateId: row.template_id,
    title: displayTitle(row.title ?? '', () => documentKind(row.template_id)),
    council: row.council ?? '',
    periodStart: row.period_start,
    periodEnd: row.period_end,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    trashedAt: row.trashed_at,
    ...((row.title ?? '').trim() === '' ? { untitled: true as const } : {}),
    signOff: { draft: row.draft_count, readyForReview: row.ready_count, approved: row.approved_count },
  };
}

interface TranslationRow {
  section_id: string;
  language: TranslationLanguage;
  doc_json: string;
  revision: number;
  updated_at: string;
}

/** The draft's other-language texts, present only when one has been written, so English-only drafts read as before. */
function translationsOf(rows: readonly TranslationRow[]): Pick<Draft, 'translations'> {
  if (rows.length === 0) return {};
  const translations: NonNullable<Draft['translations']> = {};
  for (const row of rows) {
    (translations[row.language] ??= {})[row.section_id] = { doc: JSON.parse(row.doc_json) as NodeJSON, revision: row.revision, updatedAt: row.updated_at };
  }
  return { translations };
}

function toSection(row: SectionRow): DraftSection {
  return { id: row.section_id, doc: JSON.parse(row.doc_json) as NodeJSON, revision: row.revision, updatedAt: row.updated_at, signOff: signOffFromColumns(row) };
}

const COPY_SUFFIX = ' (copy)';
const TITLE_MAX = 300;

/**
 * A draft's title is its cover title; a blank one still needs a name in
 * lists, menus and file names, in its pack's words ("Untitled plan"). The
 * pack is asked only then, since asking looks at the templates folder.
 */
export function displayTitle(coverTitle: string, documentKind: () => string): string {
  return coverTitle.trim() || untitledTitle(documentKind());
}

/** Stays within the cover's title limit, so the copy's cover can be saved again unchanged. */
export function copyTitle(coverTitle: string, documentKind: () => string): string {
  return displayTitle(coverTitle, documentKind).slice(0, TITLE_MAX - COPY_SUFFIX.length) + COPY_SUFFIX;
}
