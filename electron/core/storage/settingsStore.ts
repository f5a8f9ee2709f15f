import os from 'node:os';
import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import type { LocalNames, Settings } from '../../../shared/api/contract.js';
import { DEFAULT_HOUSE_STYLE, houseStyleSchema, type HouseStyle } from '../../../shared/model/houseStyle.js';

const AUTHOR_KEY = 'author';
const FOUR_EYES_KEY = 'four-eyes';
const LOCAL_NAMES_KEY = 'local-names';
const HOUSE_STYLE_KEY = 'house-style';
const storedLocalNames = z.record(z.string(), z.record(z.string(), z.string()));
export const UNKNOWN_AUTHOR = 'Unknown author';

export interface SettingsStore {
  get(): Settings;
  /** `localNames` changes only the slots it names: a blank name forgets that slot's name, the others are kept. */
  update(settings: Partial<Pick<Settings, 'author' | 'fourEyes' | 'localNames'>> & { houseStyle?: Partial<HouseStyle> }): Settings;
  author(): string;
  fourEyes(): boolean;
  /** The council's names for one pack's slots (slot id → name), as the checks take them. */
  localNamesFor(packId: string): Record<string, string>;
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
  const localNames = (): LocalNames => {
    const value = read.get(LOCAL_NAMES_KEY)?.value;
    if (value === undefined) return {};
    // A value another program mangled is not worth refusing to start over: the names can be given again.
    try {
      const parsed = storedLocalNames.safeParse(JSON.parse(value));
      return parsed.success ? parsed.data : {};
    } catch {
      return {};
    }
  };
  const houseStyle = (): HouseStyle => storedHouseStyle(read.get(HOUSE_STYLE_KEY)?.value);
  const get = (): Settings => ({ author: author(), fourEyes: fourEyes(), named: stored() !== undefined, localNames: localNames(), houseStyle: houseStyle() });
  return {
    author,
    fourEyes,
    get,
    localNamesFor: (packId) => localNames()[packId] ?? {},
    update(settings) {
      db.transaction(() => {
        if (settings.author !== undefined) write.run(AUTHOR_KEY, settings.author.trim());
        if (settings.fourEyes !== undefined) write.run(FOUR_EYES_KEY, settings.fourEyes ? 'on' : 'off');
        if (settings.localNames !== undefined) write.run(LOCAL_NAMES_KEY, JSON.stringify(withChanges(localNames(), settings.localNames)));
        if (settings.houseStyle !== undefined) write.run(HOUSE_STYLE_KEY, JSON.stringify({ ...houseStyle(), ...settings.houseStyle }));
      }).immediate();
      return get();
    },
  };
}

function withChanges(names: LocalNames, changes: LocalNames): LocalNames {
  const packIds = new Set([...Object.keys(names), ...Object.keys(changes)]);
  const next = [...packIds].map((packId) => {
    const slots = { ...names[packId], ...changes[packId] };
    const kept = Object.entries(slots).flatMap(([slotId, name]) => (name.trim() === '' ? [] : [[slotId, name.trim()] as const]));
    return [packId, Object.fromEntries(kept)] as const;
  });
  return Object.fromEntries(next.filter(([, slots]) => Object.keys(slots).length > 0));
}

/**
 * The house style a library keeps, part by part: a library that never set
 * one (every library before this setting existed) has the defaults, and a
 * part another program mangled falls back to its default alone.
 */
function storedHouseStyle(value: string | undefined): HouseStyle {
  if (value === undefined) return DEFAULT_HOUSE_STYLE;
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    return DEFAULT_HOUSE_STYLE;
  }
  const parts = typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : {};
  const part = <K extends keyof HouseStyle>(key: K): HouseStyle[K] => {
    const checked = houseStyleSchema.shape[key].safeParse(parts[key]);
    return checked.success ? (checked.data as HouseStyle[K]) : DEFAULT_HOUSE_STYLE[key];
  };
  return { font: part('font'), headingColour: part('headingColour'), coverLayout: part('coverLayout') };
}
