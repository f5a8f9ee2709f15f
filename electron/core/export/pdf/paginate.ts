import type { AnchorPlacement, DrawItem, Page } from './types.js';

/**
 * Pours slices (lines, table rows, figures) onto pages. A slice that must
 * stay with the next one (a heading, the first line of a paragraph, a table's
 * header row) moves to a new page together with it when they do not fit.
 * Every slice is placed exactly once and a page is only ever started after
 * something was placed on the previous one, so the loop always ends.
 */

export interface Slice {
  height: number;
  /** Dropped at the top of a page. */
  spaceBefore: number;
  keepWithNext: boolean;
  pageBreakBefore: boolean;
  /** Positioned with y measured from the slice's top. */
  items: DrawItem[];
  anchor?: { anchorId: number; level: 1 | 2 | 3; title: string };
  /** A table's header row, redrawn at the top of any page this slice opens. */
  repeatHeader?: RepeatedHeader;
}

export interface RepeatedHeader {
  height: number;
  items: DrawItem[];
}

export interface PageFrame {
  top: number;
  bottom: number;
}

export interface Pagination {
  pages: Page[];
  anchors: AnchorPlacement[];
}

/** Keep chains longer than this are not kept: nothing real asks for it, and it bounds the look-ahead. */
const MAX_CHAIN = 40;

export function slice(height: number, items: DrawItem[], options: Partial<Omit<Slice, 'height' | 'items'>> = {}): Slice {
  return { height, items, spaceBefore: 0, keepWithNext: false, pageBreakBefore: false, ...options };
}

export function paginate(slices: readonly Slice[], frame: PageFrame, firstPage = 0): Pagination {
  const capacity = frame.bottom - frame.top;
  const pages: Page[] = [{ items: [] }];
  const anchors: AnchorPlacement[] = [];
  let y = frame.top;
  let placed = 0;

  const newPage = (): void => {
    pages.push({ items: [] });
    y = frame.top;
    placed = 0;
  };

  slices.forEach((current, index) => {
    if (placed > 0) {
      const space = current.spaceBefore;
      const chain = chainHeight(slices, index);
      const room = capacity - (current.repeatHeader?.height ?? 0);
      if (current.pageBreakBefore || (y + space + chain > frame.bottom && chain <= room) || y + space + current.height > frame.bottom) newPage();
    }
    const page = pages[pages.length - 1] as Page;
    if (placed === 0 && current.repeatHeader !== undefined && pages.length > 1) {
      page.items.push(...current.repeatHeader.items.map((item) => shifted(item, y)));
      y += current.repeatHeader.height;
    }
    if (placed > 0) y += current.spaceBefore;
    page.items.push(...current.items.map((item) => shifted(item, y)));
    if (current.anchor) anchors.push({ ...current.anchor, page: firstPage + pages.length - 1, y });
    y += current.height;
    placed += 1;
  });
  return { pages, anchors };
}

/** The height the slice needs together with the slices it must not be parted from. */
function chainHeight(slices: readonly Slice[], start: number): number {
  let index = start;
  let height = (slices[index] as Slice).height;
  while (index - start < MAX_CHAIN && (slices[index] as Slice).keepWithNext) {
    const next = slices[index + 1];
    if (next === undefined || next.pageBreakBefore) break;
    height += next.spaceBefore + next.height;
    index += 1;
  }
  return height;
}

/** A copy of an item moved down by `dy`: slices are laid out from their own top, pages from theirs. */
export function shifted(item: DrawItem, dy: number): DrawItem {
  switch (item.kind) {
    case 'text':
      return { ...item, y: item.y + dy };
    case 'rule':
      return { ...item, y1: item.y1 + dy, y2: item.y2 + dy };
    case 'box':
    case 'image':
      return { ...item, y: item.y + dy };
    case 'watermark':
      return item;
  }
}
