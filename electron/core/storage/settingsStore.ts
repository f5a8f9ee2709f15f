import os from 'node:os';
import type { Database } from 'better-sqlite3';
import type { Settings } from '../../../shared/api/contract.js';

const AUTHOR_KEY = 'author';
const FOUR_EYES_KEY = 'four-eyes';
export const UNKNOWN_AUTHOR = 'Unknown author';

export interface SettingsStore {
  get(): Settings;
  update(settings: Partial<Pick<Settings, 'author' | 'fourEyes'>>): Settings;
  author(): string;
  fourEyes(): boolean;
}

/**
 * Settings a library starts with when it is created, written once. Four-eyes
 * review is on for new libraries only: a library made before the setting
 * existed has no row, and keeps the single-person sign-off its users had
 * until someone switches it on.
 */
export function applyNewLibraryDefaults(db: Database): void {
  db.prepare<[string, string]>('INSERT OR IGNORE INTO settings (key, value) VALUES (?, ?)').run(FOUR_EYES_KEY, 'on');
}

/** The name the revision log records until the user sets one: their login name, which is what colleagues will recognise. */
export function defaultAuthor(userInfo: () => { username: string } = () => os.userInfo()): string {
  try {
    return userInfo().username.trim() || UNKNOWN_AUTHOR;
  } catch {
    // os.userInfo() throws where the user has no passwd entry (some containers).
    return UNKNOWN_AUTHOR;
  }
}

export function createSettingsStore(db: Database): SettingsStore {
  const read = db.prepare<[string], { value: string }>('SELECT value FROM settings WHERE key = ?');
  const write = db.prepare<[string, string]>('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value');
  const stored = () => read.get(AUTHOR_KEY)?.value;
  const author = () => stored() ?? defaultAuthor();
  const fourEyes = () => read.get(FOUR_EYES_KEY)?.value === 'on';
  const get = (): Settings => ({ author: author(), fourEyes: fourEyes(), named: stored() !== undefined });
  return {
    author,
    fourEyes,
    get,
    update(settings) {
      db.transaction(() => {
        if (settings.author !== undefined) write.run(AUTHOR_KEY, settings.author.trim());
        if (settings.fourEyes !== undefined) write.run(FOUR_EYES_KEY, settings.fourEyes ? 'on' : 'off');
      })();
      return get();
    },
  };
}
