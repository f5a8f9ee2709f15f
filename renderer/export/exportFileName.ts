import { safeFileName } from '../api/safeFileName.js';

export type ExportFormat = 'docx' | 'pdf';

/** The name a downloaded export is saved under: the core's proposal, made safe and given the format's extension. */
export function exportFileName(proposed: string, format: ExportFormat): string {
  return safeFileName(proposed, `.${format}`);
}
