import { EXPORT_FORMATS, type ExportFormat } from '../../shared/export/formats.js';
import { safeFileName } from '../api/safeFileName.js';

/** The name a downloaded export is saved under: the core's proposal, made safe and given the format's extension. */
export function exportFileName(proposed: string, format: ExportFormat): string {
  return safeFileName(proposed, EXPORT_FORMATS[format].extension);
}
