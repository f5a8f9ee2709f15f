import type { EstimatedPageNumbers, PageNumberEstimator } from 'docx';
import type { PrintedPages } from '../pdf/pagination.js';

/**
 * The page numbers the Word file is delivered with come from the PDF
 * paginator, which sets the same page, type and spacing (printStyle.ts).
 * The contents' PAGEREF results are written with the body (contents.ts);
 * `docx` is given only the page count, which it writes into the footers'
 * NUMPAGES fields ("Page N of M").
 */

/** Each contents entry's page, in order, when the Word contents list the same headings as the PDF's; otherwise null, and Word fills them in. */
export function contentsPages(printed: PrintedPages, entries: number): number[] | null {
  return entries === printed.contents.length ? printed.contents.map((entry) => entry.page) : null;
}

export function printedPageCount(printed: PrintedPages): PageNumberEstimator {
  return (): EstimatedPageNumbers => ({ bookmarks: new Map(), pageCount: printed.pageCount });
}
