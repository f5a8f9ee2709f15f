/** Pads columns to a plain-text table; the last column is left ragged so long titles do not push everything right. */
export function textTable(header: string[], rows: string[][]): string {
  const all = [header, ...rows];
  const widths = header.map((_, column) => Math.max(...all.map((row) => (row[column] ?? '').length)));
  return all.map((row) => row.map((cell, column) => (column === row.length - 1 ? cell : cell.padEnd(widths[column] ?? 0))).join('  ')).join('\n');
}

/** "25 Nov 2026, 14:02" in the machine's time zone: how a British reader writes a date. */
export function formatWhen(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });
}

export function formatPeriod(start: number | null, end: number | null): string {
  if (start === null && end === null) return '';
  return `${start ?? '?'}–${end ?? '?'}`;
}

export function toJson(value: unknown): string {
  return JSON.stringify(value, null, 2);
}
