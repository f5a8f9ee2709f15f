import fs from 'node:fs';
import path from 'node:path';
import { ApiFailure } from '../../../shared/api/errors.js';

/**
 * What may already be at the destination:
 * - `refuse`: nothing (the CLI without --force);
 * - `same-kind`: only a file of the format's own extension (the CLI with --force);
 * - `confirmed`: anything the operating system's Save dialog has already asked the user about.
 */
export type ReplacePolicy = 'refuse' | 'same-kind' | 'confirmed';

export interface DestinationRules {
  /** The folder that holds the library; no export is ever written inside it. */
  dataDir: string;
  /** The format's own extension, with its dot: ".pdf". */
  extension: string;
  replace: ReplacePolicy;
}

/**
 * Refuses a destination an export must never be written to, before any work
 * is done. The data folder is compared by identity (device and inode), not by
 * spelling, so a symbolic link, a second mount or another letter case cannot
 * lead an export over the library or its -wal and -shm files.
 */
export function checkExportDestination(file: string, rules: DestinationRules): void {
  if (isInsideFolder(file, rules.dataDir)) {
    throw new ApiFailure(
      'export-failed',
      `"${file}" is inside the folder that holds the library (${rules.dataDir}), and exports are never saved there. Choose another folder.`,
    );
  }
  // A path typed on the command line can name any extension; the Save dialog gives the format's own.
  if (rules.replace !== 'confirmed' && path.extname(file).toLowerCase() !== rules.extension) {
    throw new ApiFailure(
      'export-failed',
      `"${file}" is not a ${rules.extension} file name, so nothing was written: the file would open in the wrong program. Choose a name ending in ${rules.extension}.`,
    );
  }
  const existing = statOrUndefined(file);
  if (!existing) return;
  if (existing.isDirectory()) throw new ApiFailure('export-failed', `"${file}" is a folder, so the file could not be saved there. Choose a file name.`);
  if (rules.replace === 'confirmed') return;
  if (rules.replace === 'refuse') {
    throw new ApiFailure('export-failed', `"${file}" already exists and was left as it is. Choose another name, or add --force to replace it.`);
  }
  if (!existing.isFile() || path.extname(file).toLowerCase() !== rules.extension) {
    throw new ApiFailure(
      'export-failed',
      `"${file}" already exists and is not a ${rules.extension} file, so it was left as it is, even with --force. Choose another name.`,
    );
  }
}

/** True when `file` is the folder itself or anywhere below it, however either is spelled. */
function isInsideFolder(file: string, folder: string): boolean {
  const target = statOrUndefined(folder);
  if (!target) return false;
  let current = path.dirname(path.resolve(file));
  const self = statOrUndefined(path.resolve(file));
  if (self && sameFile(self, target)) return true;
  for (;;) {
    const here = statOrUndefined(current);
    if (here && sameFile(here, target)) return true;
    const parent = path.dirname(current);
    if (parent === current) return false;
    current = parent;
  }
}

function sameFile(a: fs.Stats, b: fs.Stats): boolean {
  return a.dev === b.dev && a.ino === b.ino;
}

function statOrUndefined(file: string): fs.Stats | undefined {
  try {
    return fs.statSync(file);
  } catch {
    return undefined;
  }
}
