import type { EstimatedPageNumbers, IXmlableObject, PageNumberEstimator } from 'docx';
import type { PrintedPages } from '../pdf/pagination.js';

/**
 * The page numbers the Word contents are delivered with: those the PDF
 * paginator computed for the same draft, which sets the same page, type and
 * spacing (see printStyle.ts). `docx` bookmarks each heading its contents
 * list as `_Toc…`, in reading order, and hands the written body to this
 * estimator; each PAGEREF field then carries our page as its result and
 * stays a field, so Word can still refresh it.
 */

const CONTENTS_BOOKMARK = /^_Toc/;

/** Every bookmark's name in the written XML, in document order. */
function bookmarkNames(xml: unknown, into: string[] = []): string[] {
  if (Array.isArray(xml)) {
    for (const child of xml) bookmarkNames(child, into);
  } else if (typeof xml === 'object' && xml !== null) {
    for (const [key, value] of Object.entries(xml)) {
      if (key === 'w:bookmarkStart') {
        const name = (value as { _attr?: Record<string, unknown> })._attr?.['w:name'];
        if (typeof name === 'string') into.push(name);
      } else if (key !== '_attr') {
        bookmarkNames(value, into);
      }
    }
  }
  return into;
}

export function printedPageNumbers(printed: PrintedPages): PageNumberEstimator {
  return (body: IXmlableObject): EstimatedPageNumbers => {
    const headings = bookmarkNames(body).filter((name) => CONTENTS_BOOKMARK.test(name));
    // Both contents list the same headings of the same plan; if they ever disagree, the fields are left for Word to fill rather than given wrong pages.
    const agree = headings.length === printed.contents.length;
    const pages = agree ? headings.map((name, index) => [name, printed.contents[index]?.page as number] as const) : [];
    return {
      bookmarks: new Map(pages.map(([name, page]) => [name, String(page)])),
      bookmarkPageNumbers: new Map(pages),
      pageCount: printed.pageCount,
    };
  };
}
