import fs from 'node:fs';

/** SQLite keeps recent writes of a WAL database beside it; they belong to the file and move with it. */
const COMPANION_SUFFIXES = ['-wal', '-shm', '-journal'];

/**
 * Renames a library file we cannot use (and its companions) out of the way,
 * bytes untouched, and returns where it went. The name records when, so a
 * second set-aside never overwrites the first.
 */
export function setAside(file: string, now: Date = new Date()): string {
  const stamp = now.toISOString().slice(0, 19).replace(/:/g, '-');
  let target = `${file}.unreadable-${stamp}`;
  for (let attempt = 2; fs.existsSync(target); attempt += 1) target = `${file}.unreadable-${stamp}-${attempt}`;
  fs.renameSync(file, target);
  for (const suffix of COMPANION_SUFFIXES) {
    if (fs.existsSync(file + suffix)) fs.renameSync(file + suffix, target + suffix);
  }
  return target;
}
