import { PORTABLE_FILE_EXTENSION } from '../../shared/cowriting/portableFile.js';
import { bytesToBase64 } from '../api/base64.js';
import { safeFileName } from '../api/safeFileName.js';
import { saveFile, type SaveOutcome } from '../api/saveFile.js';

/** Saves a shared (.cpsdraft) file through the same seam as exports. */

export function sharedFileName(proposed: string): string {
  return safeFileName(proposed, PORTABLE_FILE_EXTENSION);
}

export function saveSharedFile(proposedName: string, content: string): Promise<SaveOutcome> {
  return saveFile({ fileName: sharedFileName(proposedName), mimeType: 'application/json', dataBase64: bytesToBase64(new TextEncoder().encode(content)) });
}
