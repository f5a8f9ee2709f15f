/** How drafts are described in the library list. */

export function formatPeriod(start: number | null, end: number | null): string {
  if (start !== null && end !== null) return `${start}–${end}`;
  if (start !== null) return `From ${start}`;
  if (end !== null) return `Until ${end}`;
  return 'Not set';
}

const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });

/** "3 Mar 2025, 14:02" in local time; an unreadable timestamp is shown as it came. */
export function formatLastEdited(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const time = `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;
  return `${dateFormat.format(date)}, ${time}`;
}
