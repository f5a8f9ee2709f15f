/**
 * A file name the page proposes (from a title the user typed) made safe to
 * save on every platform: no folders, none of the characters Windows, macOS
 * or Linux refuse, no leading or trailing dots, a sensible length, and always
 * the expected extension.
 */

const MAX_LENGTH = 120;
const UNSAFE = /[<>:"/\\|?*\u0000-\u001f\u007f]+/g;

export function safeFileName(proposed: string, extension: string): string {
  const base = proposed.split(/[/\\]/).pop() ?? '';
  const withoutExtension = base.toLowerCase().endsWith(extension.toLowerCase()) ? base.slice(0, -extension.length) : base;
  const cleaned = withoutExtension
    .replace(UNSAFE, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.]+|[\s.]+$/g, '');
  const stem = Array.from(cleaned).slice(0, MAX_LENGTH - extension.length).join('').trim();
  return `${stem || 'strategy'}${extension}`;
}
