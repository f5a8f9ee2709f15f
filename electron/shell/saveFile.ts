import path from 'node:path';
import { dialog, type BrowserWindow } from 'electron';
import type { SaveFileResult } from '../../shared/api/bridge.js';
import { ApiFailure } from '../../shared/api/errors.js';
import { EXPORT_FORMATS } from '../../shared/export/formats.js';
import { writeFileAtomically } from '../core/export/atomicWrite.js';
import { checkExportDestination } from '../core/export/exportDestination.js';

const FILTERS: Record<string, Electron.FileFilter> = {
  ...Object.fromEntries(Object.values(EXPORT_FORMATS).map((format) => [format.extension, { name: format.fileKind, extensions: [format.extension.slice(1)] }])),
  '.cpsdraft': { name: 'Corporate Parenting Studio file', extensions: ['cpsdraft'] },
};

/**
 * The desktop side of "save this export": the native Save dialog, then the
 * same atomic write the CLI uses, so a failed save never leaves half a file.
 * The page only proposes a name; the folder is always the user's choice,
 * except the library's own folder, which no export may be saved into. The
 * dialog has already asked before replacing a file.
 */
export async function saveFileFromPage(window: BrowserWindow | undefined, dataDir: string, fileName: unknown, dataBase64: unknown): Promise<SaveFileResult> {
  if (typeof fileName !== 'string' || typeof dataBase64 !== 'string' || fileName.length > 255 || !/^[A-Za-z0-9+/=]*$/.test(dataBase64)) {
    return { saved: false, error: 'The file to save was not in the expected form, so nothing was written.' };
  }
  const safeName = path.basename(fileName);
  const filter = FILTERS[path.extname(safeName).toLowerCase()];
  const options: Electron.SaveDialogOptions = { defaultPath: safeName, filters: filter ? [filter] : [] };
  const choice = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
  if (choice.canceled || !choice.filePath) return { saved: false };
  try {
    checkExportDestination(choice.filePath, { dataDir, extension: path.extname(safeName).toLowerCase(), replace: 'confirmed' });
    await writeFileAtomically(choice.filePath, Buffer.from(dataBase64, 'base64'));
    return { saved: true, path: choice.filePath };
  } catch (error) {
    return { saved: false, error: error instanceof ApiFailure ? error.message : `The file could not be saved: ${(error as Error).message}` };
  }
}
