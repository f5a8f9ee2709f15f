import os from 'node:os';
import type { Database } from 'better-sqlite3';
import type { Settings } from '../../../shared/api/contract.js';

const AUTHOR_KEY = 'author';
export const UNKNOWN_AUTHOR = 'Unknown author';

export interface SettingsStore {
  get(): Settings;
  update(settings: Pick<Settings, 'author'>): Settings;
  author(): string;
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
  const get = (): Settings => ({ author: author(), named: stored() !== undefined });
  return {
    author,
    get,
    update(settings) {
      write.run(AUTHOR_KEY, settings.author.trim());
      return get();
    },
  };
}
