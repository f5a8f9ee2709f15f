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
];

export const LATEST_SCHEMA_VERSION = MIGRATIONS.reduce((latest, migration) => Math.max(latest, migration.version), 0);

export function schemaVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Applies the missing steps, each in its own transaction with its version
 * bump. IMMEDIATE takes the write lock before reading the version, so the
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
  return schemaVersion(db);
}
