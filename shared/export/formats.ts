/**
 * The formats a document is exported to: the one list that the API
 * contract, the command line, the export dialog, the exporter and the
 * desktop Save dialog read, so a format is added in one place.
 */
export const EXPORT_FORMATS = {
  docx: {
    label: 'Word (.docx)',
    fileKind: 'Word document',
    extension: '.docx',
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    /** What the format is for, after "For": completed with the body that adopts the document and, for the PDF, the body that owns it (the pack's "Council", "Trust"). */
    purpose: (approvingBody: string, _owner: string) => `${approvingBody} papers and for others to edit further.`,
  },
  pdf: {
    label: 'PDF',
    fileKind: 'PDF document',
    extension: '.pdf',
    mimeType: 'application/pdf',
    purpose: (_approvingBody: string, owner: string) => `publishing on the ${owner.toLowerCase()}’s website.`,
  },
} as const;

export type ExportFormat = keyof typeof EXPORT_FORMATS;

export const EXPORT_FORMAT_IDS = Object.keys(EXPORT_FORMATS) as [ExportFormat, ...ExportFormat[]];

export function isExportFormat(value: unknown): value is ExportFormat {
  return typeof value === 'string' && Object.hasOwn(EXPORT_FORMATS, value);
}
