import { randomBytes } from 'node:crypto';
import { link, open, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { ApiFailure } from '../../../shared/api/errors.js';

/**
 * Writes an export so that the destination holds either the old file or the
 * whole new one, never half of it: the bytes go to a temporary file beside
 * the destination (same folder, so the rename cannot cross file systems),
 * are flushed to disk, and the file is renamed into place.
 *
 * With `replace: false` an existing file is never replaced, even one that
 * appears while the export is being made: the temporary file is hard-linked
 * to the destination, which fails if anything is there.
 */
export async function writeFileAtomically(path: string, data: Uint8Array, options: { replace: boolean } = { replace: true }): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.part`);
  try {
    const handle = await open(temporary, 'wx');
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (options.replace) await rename(temporary, path);
    else await placeWithoutReplacing(temporary, path);
  } catch (error) {
    if (error instanceof ApiFailure) {
      await rm(temporary, { force: true }).catch(() => undefined);
      throw error;
    }
    await rm(temporary, { force: true }).catch(() => undefined);
    throw new ApiFailure('export-failed', writeFailureMessage(path, error));
  }
}

async function placeWithoutReplacing(temporary: string, path: string): Promise<void> {
  try {
    await link(temporary, path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new ApiFailure('export-failed', `"${path}" already exists and was left as it is. Choose another name.`);
    // Some file systems (FAT on a USB stick) have no hard links: check, then rename, accepting the tiny window between the two.
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'ENOSYS') throw error;
    if (await stat(path).then(() => true, () => false)) throw new ApiFailure('export-failed', `"${path}" already exists and was left as it is. Choose another name.`);
    await rename(temporary, path);
    return;
  }
  await rm(temporary, { force: true });
}

/** Says what the user can do about it, in their words rather than the system's. */
export function writeFailureMessage(path: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const folder = dirname(path);
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return `The folder "${folder}" does not exist, so "${path}" could not be saved. Choose another folder.`;
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return `The folder "${folder}" is read-only, so "${path}" could not be saved. Choose a folder you can save to.`;
    case 'ENOSPC':
    case 'EDQUOT':
      return `The disk is full, so "${path}" could not be saved. Free some space or choose another drive.`;
    case 'EISDIR':
      return `"${path}" is a folder, so the file could not be saved there. Choose a file name.`;
    case 'EBUSY':
      return `"${path}" is open in another program, so it could not be replaced. Close it and try again.`;
    default:
      return `"${path}" could not be saved (${code ?? (error as Error | undefined)?.message ?? 'unknown error'}).`;
  }
}
