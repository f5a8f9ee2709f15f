import { BRIDGE_KEY } from '../../shared/api/bridge.js';
import { PORTABLE_FILE_EXTENSION } from '../../shared/cowriting/portableFile.js';
import { bytesToBase64 } from '../api/base64.js';
import { interpretSaveResult, type SaveOutcome } from '../api/saveExport.js';

/**
 * Saves a shared (.cpsdraft) file the way exports are saved: the desktop
 * app's Save dialog when the bridge offers one, a browser download
 * otherwise. The export seam is typed for Word and PDF, so this is its
 * sibling for the one other kind of file the app writes.
 */

const UNSAFE = /[<>:"/\\|?*\u0000-\u001f\u007f]+/g;

export function sharedFileName(proposed: string): string {
  const base = (proposed.split(/[/\\]/).pop() ?? '').replace(/\.cpsdraft$/i, '');
  const stem = Array.from(base.replace(UNSAFE, ' ').replace(/\s+/g, ' ').replace(/^[\s.]+|[\s.]+$/g, ''))
    .slice(0, 110)
    .join('')
    .trim();
  return `${stem || 'strategy'}${PORTABLE_FILE_EXTENSION}`;
}

export async function saveSharedFile(proposedName: string, content: string): Promise<SaveOutcome> {
  const fileName = sharedFileName(proposedName);
  const bytes = new TextEncoder().encode(content);
  const bridge = (window as unknown as Record<string, unknown>)[BRIDGE_KEY];
  const saveFile = typeof bridge === 'object' && bridge !== null ? (bridge as { saveFile?: unknown }).saveFile : undefined;
  if (typeof saveFile === 'function') {
    try {
      return interpretSaveResult(await (saveFile as (name: string, data: string) => Promise<unknown>).call(bridge, fileName, bytesToBase64(bytes)), fileName);
    } catch (error) {
      return { kind: 'failed', message: `The file could not be saved: ${(error as Error)?.message ?? String(error)}` };
    }
  }
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return { kind: 'saved', fileName, where: null };
}
