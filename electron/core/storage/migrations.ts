import type { Database } from 'better-sqlite3';

/**
 * The library's schema, one numbered step at a time. A step is never edited
 * once released: change the schema by appending a step. `PRAGMA user_version`
 * records the last step applied, so a library made by a newer app (a higher
 * number than we know) can be recognised and left alone.
 */
export interface Migration {
  version: number;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    sql: `
      CREATE TABLE drafts (
        id TEXT PRIMARY KEY,
        template_id TEXT NOT NULL,
        cover_json TEXT NOT NULL,
        cover_revision INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        trashed_at TEXT
      ) STRICT;

      -- One row per section, so an autosave rewrites one section and nothing else.
      CREATE TABLE sections (
        draft_id TEXT NOT NULL REFERENCES drafts(id) ON DELETE CASCADE,
        section_id TEXT NOT NULL,
        position INTEGER NOT NULL,
        doc_json TEXT NOT NULL,
        text TEXT NOT NULL,
        revision INTEGER NOT NULL DEFAULT 0,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (draft_id, section_id)
      ) STRICT;

      -- Append-only: every save adds a row with who saved what, so history can be shown later.
      CREATE TABLE revisions (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        draft_id TEXT NOT NULL REFERENCES drafts(id) ON DELETE CASCADE,
        section_id TEXT,
        author TEXT NOT NULL,
        at TEXT NOT NULL,
        action TEXT NOT NULL,
        content_json TEXT
      ) STRICT;
      CREATE INDEX revisions_by_draft ON revisions (draft_id, section_id, id);

      CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;
    `,
  },
  {
    version: 2,
    sql: `
      -- Co-writing: who wrote the young people's foreword (with consent records), and the
      -- revisions of the library a draft brought in from a portable file descends from.
      ALTER TABLE drafts ADD COLUMN attribution_json TEXT;
      ALTER TABLE drafts ADD COLUMN attribution_revision INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE drafts ADD COLUMN origin_revisions_json TEXT;

      -- Review state of each section; by/at name who approved it when approved, else who last moved it.
      ALTER TABLE sections ADD COLUMN sign_off_state TEXT NOT NULL DEFAULT 'draft'
        CHECK (sign_off_state IN ('draft', 'ready-for-review', 'approved'));
      ALTER TABLE sections ADD COLUMN sign_off_by TEXT;
      ALTER TABLE sections ADD COLUMN sign_off_at TEXT;
      ALTER TABLE sections ADD COLUMN sign_off_note TEXT NOT NULL DEFAULT '';

      -- A named copy of the whole draft's content at one moment ("Sent to Board 12 March").
      CREATE TABLE snapshots (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        draft_id TEXT NOT NULL REFERENCES drafts(id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        author TEXT NOT NULL,
        at TEXT NOT NULL,
        content_json TEXT NOT NULL
      ) STRICT;
      CREATE INDEX snapshots_by_draft ON snapshots (draft_id, id);

      -- A thread is a row without a parent, anchored to a range; replies point at it and carry no anchor.
      CREATE TABLE comments (
        id TEXT PRIMARY KEY,
        draft_id TEXT NOT NULL REFERENCES drafts(id) ON DELETE CASCADE,
        section_id TEXT NOT NULL,
        parent_id TEXT REFERENCES comments(id) ON DELETE CASCADE,
        anchor_from INTEGER,
        anchor_to INTEGER,
        quote TEXT,
        orphaned INTEGER NOT NULL DEFAULT 0 CHECK (orphaned IN (0, 1)),
        author TEXT NOT NULL,
        at TEXT NOT NULL,
        body TEXT NOT NULL,
        resolved_by TEXT,
        resolved_at TEXT
      ) STRICT;
      CREATE INDEX comments_by_section ON comments (draft_id, section_id, at);

      -- Changes brought back from a portable file, proposed against the text as it was when imported.
      CREATE TABLE suggestions (
        id TEXT PRIMARY KEY,
        draft_id TEXT NOT NULL REFERENCES drafts(id) ON DELETE CASCADE,
        section_id TEXT NOT NULL,
        range_from INTEGER NOT NULL,
        range_to INTEGER NOT NULL,
        context_before TEXT NOT NULL,
        deleted_text TEXT NOT NULL,
        inserted_text TEXT NOT NULL,
        orphaned INTEGER NOT NULL DEFAULT 0 CHECK (orphaned IN (0, 1)),
        author TEXT NOT NULL,
        suggested_at TEXT NOT NULL,
        imported_at TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'accepted', 'rejected')),
        decided_by TEXT,
        decided_at TEXT
      ) STRICT;
      CREATE INDEX suggestions_by_section ON suggestions (draft_id, section_id, status);
    `,
  },
  {
    version: 3,
    sql: `
      -- New log entries keep their content deflated (revisionLog.ts) and leave content_json null.
      -- Older entries keep their JSON: rewriting every row would make the first start after an update
      -- take as long as the library is big. A row's content is in at most one of the two columns.
      ALTER TABLE revisions ADD COLUMN content_deflated BLOB CHECK (content_deflated IS NULL OR content_json IS NULL);
    `,
  },
  {
    version: 4,
    sql: `
      -- The version of its template a draft has been brought up to (templateUpgrade.ts). Null for drafts
      -- written before it was recorded: the first opening with the template adds whatever sections they lack.
      ALTER TABLE drafts ADD COLUMN template_version INTEGER;
    `,
  },
  {
    version: 5,
    sql: `
      -- A measure of a strategy, stored when the first figure is recorded against it, so its figures keep
      -- one id while the table's wording changes: a row is matched by its wording compared loosely
      -- (indicator_key), and a changed wording is carried over only by an explicit re-link.
      CREATE TABLE progress_measures (
        id TEXT PRIMARY KEY,
        draft_id TEXT NOT NULL REFERENCES drafts(id) ON DELETE CASCADE,
        indicator TEXT NOT NULL,
        indicator_key TEXT NOT NULL,
        created_by TEXT NOT NULL,
        created_at TEXT NOT NULL,
        UNIQUE (draft_id, indicator_key)
      ) STRICT;

      -- Append-only: a correction is a new row for the same period; the newest row of a period is its figure.
      CREATE TABLE progress_figures (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        measure_id TEXT NOT NULL REFERENCES progress_measures(id) ON DELETE CASCADE,
        period TEXT NOT NULL,
        value REAL NOT NULL,
        figure_date TEXT,
        source TEXT NOT NULL DEFAULT '',
        note TEXT NOT NULL DEFAULT '',
        entered_by TEXT NOT NULL,
        entered_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX progress_figures_by_measure ON progress_figures (measure_id, id);
    `,
  },
  {
    version: 6,
    sql: `
      -- A section's text in another language than English (Welsh, for a bilingual pack), written by the council.
      -- Its own table, so English rows and every query over them stay as they were; a row appears on the first save.
      CREATE TABLE section_translations (
        draft_id TEXT NOT NULL REFERENCES drafts(id) ON DELETE CASCADE,
        section_id TEXT NOT NULL,
        language TEXT NOT NULL CHECK (language IN ('cy')),
        doc_json TEXT NOT NULL,
        text TEXT NOT NULL,
        revision INTEGER NOT NULL DEFAULT 0,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (draft_id, section_id, language)
      ) STRICT;

      -- Which text of the section a log entry is of; every entry written before is of the English text.
      ALTER TABLE revisions ADD COLUMN language TEXT NOT NULL DEFAULT 'en';
    `,
  },
  {
    version: 7,
    sql: `
      -- The consultation log of a strategy: sessions with children and young people, what they said
      -- and what was done about it (shared/consultation/consultationLog.ts), read back with zod.
      CREATE TABLE consultations (
        id TEXT PRIMARY KEY,
        draft_id TEXT NOT NULL REFERENCES drafts(id) ON DELETE CASCADE,
        held_on TEXT NOT NULL,
        session_json TEXT NOT NULL,
        revision INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX consultations_by_draft ON consultations (draft_id, held_on, created_at);

      -- An annual report generated from a strategy names it, so the report can be regenerated and the
      -- strategy's screens can find its reports. Null for strategies and for reports whose strategy is gone.
      ALTER TABLE drafts ADD COLUMN report_of TEXT REFERENCES drafts(id) ON DELETE SET NULL;
    `,
  },
  {
    version: 8,
    sql: `
      -- The library list counts each draft's sections by sign-off state. In the table, a section's
      -- sign-off state comes after its text, so counting it read every draft's whole text; this index
      -- answers the count on its own (draftStore.ts, DRAFT_WITH_COUNTS).
      CREATE INDEX IF NOT EXISTS sections_by_sign_off ON sections (draft_id, sign_off_state, section_id);
    `,
  },
];

export const LATEST_SCHEMA_VERSION = MIGRATIONS.reduce((latest, migration) => Math.max(latest, migration.version), 0);

/**
 * Written into the file's header (`PRAGMA application_id`) so a library can
 * be told from another program's SQLite database before anything is written.
 * "CPSt" in ASCII. Libraries written before it existed have 0 there and are
 * recognised by their format number and tables instead, then stamped.
 */
export const LIBRARY_APPLICATION_ID = 0x43505374;

/** The tables a library of each format has; a file without them is not a library, whatever its numbers say. */
export const LIBRARY_TABLES: Readonly<Record<number, readonly string[]>> = {
  1: ['drafts', 'sections', 'revisions', 'settings'],
  2: ['drafts', 'sections', 'revisions', 'settings', 'snapshots', 'comments', 'suggestions'],
  3: ['drafts', 'sections', 'revisions', 'settings', 'snapshots', 'comments', 'suggestions'],
  4: ['drafts', 'sections', 'revisions', 'settings', 'snapshots', 'comments', 'suggestions'],
  5: ['drafts', 'sections', 'revisions', 'settings', 'snapshots', 'comments', 'suggestions', 'progress_measures', 'progress_figures'],
  6: ['drafts', 'sections', 'revisions', 'settings', 'snapshots', 'comments', 'suggestions', 'progress_measures', 'progress_figures', 'section_translations'],
  7: ['drafts', 'sections', 'revisions', 'settings', 'snapshots', 'comments', 'suggestions', 'progress_measures', 'progress_figures', 'section_translations', 'consultations'],
  8: ['drafts', 'sections', 'revisions', 'settings', 'snapshots', 'comments', 'suggestions', 'progress_measures', 'progress_figures', 'section_translations', 'consultations'],
};

export function schemaVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Applies the missing steps, each in its own transaction with its version
 * bump, then stamps the application id. IMMEDIATE takes the write lock before reading the version, so the
 * app and the CLI starting together cannot both apply the same step.
 */
export function migrate(db: Database, migrations: readonly Migration[] = MIGRATIONS): number {
  for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
    db.transaction(() => {
      if (schemaVersion(db) >= migration.version) return;
      db.exec(migration.sql);
      db.pragma(`user_version = ${migration.version}`);
    }).immediate();
  }
  if (db.pragma('application_id', { simple: true }) !== LIBRARY_APPLICATION_ID) db.pragma(`application_id = ${LIBRARY_APPLICATION_ID}`);
  return schemaVersion(db);
}
