/**
 * The files the importer reads, checked in the page before anything is sent:
 * a wrong type or an oversized file gets its message at once, without
 * uploading 50 MB to be told so.
 */

export const IMPORT_EXTENSIONS = ['.docx', '.md', '.markdown', '.txt'] as const;
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

/** For the file input's `accept`. */
export const IMPORT_ACCEPT = IMPORT_EXTENSIONS.join(',');

/** Why this file cannot be imported, or null when it can be tried. */
export function importFileProblem(fileName: string, sizeBytes: number): string | null {
  const lower = fileName.toLowerCase();
  if (!IMPORT_EXTENSIONS.some((extension) => lower.endsWith(extension))) {
    return `“${fileName}” is not a file the app can import. Choose a Word document (.docx), a Markdown file (.md) or a plain-text file (.txt). An older Word .doc or a PDF can be saved as .docx from Word first.`;
  }
  if (sizeBytes === 0) return `“${fileName}” is empty.`;
  if (sizeBytes > MAX_IMPORT_BYTES) {
    return `“${fileName}” is ${megabytes(sizeBytes)}, more than the ${megabytes(MAX_IMPORT_BYTES)} the app can import. Save a copy without large pictures and import that.`;
  }
  return null;
}

function megabytes(bytes: number): string {
  return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;
}
