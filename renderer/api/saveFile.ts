import { BRIDGE_KEY } from '../../shared/api/bridge.js';
import { PORTABLE_FILE_EXTENSION } from '../../shared/cowriting/portableFile.js';
import { EXPORT_FORMATS, type ExportFormat } from '../../shared/export/formats.js';
import { base64ToBytes, bytesToBase64 } from './base64.js';

/**
 * Where a file the app writes goes: through the desktop app's native Save
 * dialog when the bridge offers one, otherwise as a browser download. This
 * is the renderer's one platform seam for files; exports and shared drafts
 * both come through here.
 */

export interface FileToSave {
  /** Already safe for file systems. */
  fileName: string;
  mimeType: string;
  dataBase64: string;
}

export type SaveOutcome =
  | { kind: 'saved'; fileName: string; /** null for a browser download, whose folder the page cannot know. */ where: string | null }
  | { kind: 'cancelled' }
  | { kind: 'failed'; message: string };

type DesktopSaveFile = (fileName: string, dataBase64: string) => Promise<unknown>;

function desktopSaveFile(): DesktopSaveFile | null {
  const bridge = (window as unknown as Record<string, unknown>)[BRIDGE_KEY];
  if (typeof bridge !== 'object' || bridge === null) return null;
  const saveFile = (bridge as { saveFile?: unknown }).saveFile;
  return typeof saveFile === 'function' ? (saveFile.bind(bridge) as DesktopSaveFile) : null;
}

/** The desktop side's answer, checked: it crosses a process boundary. */
export function interpretSaveResult(result: unknown, fileName: string): SaveOutcome {
  if (typeof result !== 'object' || result === null || typeof (result as { saved?: unknown }).saved !== 'boolean') {
    return { kind: 'failed', message: 'The app gave an answer it could not read while saving the file. Try again.' };
  }
  const { saved, path, error } = result as { saved: boolean; path?: unknown; error?: unknown };
  if (saved) return { kind: 'saved', fileName, where: typeof path === 'string' && path !== '' ? path : null };
  if (typeof error === 'string' && error.trim() !== '') return { kind: 'failed', message: error };
  return { kind: 'cancelled' };
}

export async function saveFile(file: FileToSave): Promise<SaveOutcome> {
  const desktop = desktopSaveFile();
  if (desktop !== null) {
    try {
      return interpretSaveResult(await desktop(file.fileName, file.dataBase64), file.fileName);
    } catch (error) {
      return { kind: 'failed', message: `The file could not be saved: ${(error as Error)?.message ?? String(error)}` };
    }
  }
  return download(file);
}

function download(file: FileToSave): SaveOutcome {
  const bytes = base64ToBytes(file.dataBase64);
  if (bytes === null) return { kind: 'failed', message: 'The file arrived damaged. Try again.' };
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: file.mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers; a minute is ample for it to start.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return { kind: 'saved', fileName: file.fileName, where: null };
}

const MAX_LENGTH = 120;
const UNSAFE = /[<>:"/\\|?*\u0000-\u001f\u007f]+/g;

/**
 * A file name the page proposes (from a title the user typed) made safe to
 * save on every platform: no folders, none of the characters Windows, macOS
 * or Linux refuse, no leading or trailing dots, a sensible length, and always
 * the expected extension.
 */
function safeFileName(proposed: string, extension: string): string {
  const base = proposed.split(/[/\\]/).pop() ?? '';
  const withoutExtension = base.toLowerCase().endsWith(extension.toLowerCase()) ? base.slice(0, -extension.length) : base;
  const cleaned = withoutExtension
    .replace(UNSAFE, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.]+|[\s.]+$/g, '');
  const stem = Array.from(cleaned).slice(0, MAX_LENGTH - extension.length).join('').trim();
  return `${stem || 'strategy'}${extension}`;
}

/** The name a downloaded export is saved under: the core's proposal, made safe and given the format's extension. */
export function exportFileName(proposed: string, format: ExportFormat): string {
  return safeFileName(proposed, EXPORT_FORMATS[format].extension);
}

export interface ExportFile {
  fileName: string;
  mimeType: string;
  dataBase64: string;
  format: ExportFormat;
}

/** Saves a Word or PDF export under a name made safe for the chosen format. */
export function saveExport(file: ExportFile): Promise<SaveOutcome> {
  return saveFile({ fileName: exportFileName(file.fileName, file.format), mimeType: file.mimeType, dataBase64: file.dataBase64 });
}

export function sharedFileName(proposed: string): string {
  return safeFileName(proposed, PORTABLE_FILE_EXTENSION);
}

/** Saves a shared (.cpsdraft) file through the same seam as exports. */
export function saveSharedFile(proposedName: string, content: string): Promise<SaveOutcome> {
  return saveFile({ fileName: sharedFileName(proposedName), mimeType: 'application/json', dataBase64: bytesToBase64(new TextEncoder().encode(content)) });
}
