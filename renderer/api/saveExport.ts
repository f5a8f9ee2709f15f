import type { ExportFormat } from '../../shared/export/formats.js';
import { exportFileName } from '../export/exportFileName.js';
import { saveFile, type SaveOutcome } from './saveFile.js';

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
