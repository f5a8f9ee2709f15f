/**
 * The name a downloaded export is saved under. The core proposes it from the
 * strategy's title, which the user typed; a browser would turn slashes into
 * folders or refuse reserved characters, so the name is made safe on every
 * platform and always ends with the format's extension.
 */

export type ExportFormat = 'docx' | 'pdf';

const MAX_LENGTH = 120;
// Characters Windows, macOS or Linux refuse in file names, and control characters.
const UNSAFE = /[<>:"/\\|?*\u0000-\u001f\u007f]+/g;

export function exportFileName(proposed: string, format: ExportFormat): string {
  const extension = `.${format}`;
  const base = proposed.split(/[/\\]/).pop() ?? '';
  const withoutExtension = base.toLowerCase().endsWith(extension) ? base.slice(0, -extension.length) : base;
  const cleaned = withoutExtension
    .replace(UNSAFE, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.]+|[\s.]+$/g, '');
  const stem = Array.from(cleaned).slice(0, MAX_LENGTH - extension.length).join('').trim();
  return `${stem || 'strategy'}${extension}`;
}
