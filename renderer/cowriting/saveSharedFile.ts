import { PORTABLE_FILE_EXTENSION } from '../../shared/cowriting/portableFile.js';
import { bytesToBase64 } from '../api/base64.js';
import { saveFile, type SaveOutcome } from '../api/saveFile.js';

/** Saves a shared (.cpsdraft) file through the same seam as exports. */

const UNSAFE = /[<>:"/\\|?*\u0000-\u001f\u007f]+/g;

export function sharedFileName(proposed: string): string {
  const base = (proposed.split(/[/\\]/).pop() ?? '').replace(/\.cpsdraft$/i, '');
  const stem = Array.from(base.replace(UNSAFE, ' ').replace(/\s+/g, ' ').replace(/^[\s.]+|[\s.]+$/g, ''))
    .slice(0, 110)
    .join('')
    .trim();
  return `${stem || 'strategy'}${PORTABLE_FILE_EXTENSION}`;
}

export function saveSharedFile(proposedName: string, content: string): Promise<SaveOutcome> {
  return saveFile({ fileName: sharedFileName(proposedName), mimeType: 'application/json', dataBase64: bytesToBase64(new TextEncoder().encode(content)) });
}
