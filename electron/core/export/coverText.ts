// How the cover's fields read in print, the same in Word and PDF.
import type { CoverFields } from '../../../shared/model/draft.js';
import { printableText } from './printableText.js';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2025-11-03" → "3 November 2025", the form British committee papers use. */
export function formatCoverDate(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (match === null) return isoDate;
  const month = MONTHS[Number(match[2]) - 1];
  return month === undefined ? isoDate : `${Number(match[3])} ${month} ${match[1]}`;
}

export function formatPeriod(start: number | null, end: number | null): string {
  if (start !== null && end !== null) return `${start} to ${end}`;
  if (start !== null) return `From ${start}`;
  if (end !== null) return `Until ${end}`;
  return '';
}

/** The title as the cover, header and properties show it: the cover field, else the draft's name, else the pack's name for the document. */
export function strategyTitle(cover: CoverFields, draftTitle: string, documentName: string): string {
  const title = cover.title.trim() !== '' ? cover.title : draftTitle;
  return printableText(title).trim() || asHeading(documentName);
}

/** The pack's name for the document ("corporate parenting strategy") as it starts a line. */
export function asHeading(documentName: string): string {
  return documentName.charAt(0).toUpperCase() + documentName.slice(1);
}
