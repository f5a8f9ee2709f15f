import { ApiFailure } from '../../../shared/api/errors.js';

/** Why the library could not be written, when the cause is the machine rather than the file's contents. */
export type WriteBlocker = 'read-only' | 'disk-full' | 'busy';

/**
 * Recognises the failures SQLite and the file system report when the library
 * is healthy but cannot be written: a read-only folder, file or drive, a full
 * disk, another program holding the lock. They must reach the user as what
 * they are, never as "damaged" or as an internal error.
 */
export function writeBlocker(error: unknown): WriteBlocker | undefined {
  const code = (error as { code?: unknown } | undefined)?.code;
  if (typeof code !== 'string') return undefined;
  if (code.startsWith('SQLITE_READONLY') || code === 'EROFS' || code === 'EACCES' || code === 'EPERM') return 'read-only';
  if (code === 'SQLITE_FULL' || code === 'ENOSPC' || code === 'EDQUOT') return 'disk-full';
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return 'busy';
  return undefined;
}

/** The user's words for a change that could not be saved, with what to do about it. */
export function unsavedChangeMessage(blocker: WriteBlocker, dataDir: string): string {
  switch (blocker) {
    case 'read-only':
      return `The library is read-only, so this change was not saved. Ask IT to let you write to ${dataDir}; everything saved before is still there.`;
    case 'disk-full':
      return 'The disk is full, so this change was not saved. Free some space, then save again; everything saved before is still there.';
    case 'busy':
      return 'The library is busy in another window or program, so this change was not saved. Try again in a moment.';
  }
}

/** Turns a write SQLite was refused into a typed failure the user can act on; anything else is passed on as it was. */
export function asStorageFailure(error: unknown, dataDir: string): unknown {
  if (error instanceof ApiFailure || !String((error as { code?: unknown } | undefined)?.code).startsWith('SQLITE_')) return error;
  const blocker = writeBlocker(error);
  return blocker ? new ApiFailure('storage-failed', unsavedChangeMessage(blocker, dataDir)) : error;
}
