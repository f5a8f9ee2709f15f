import type { TextMeasurer, DrawItem, TextLineItem } from './types.js';
import { COLOURS, CONTENT_WIDTH, PAGE, TYPE } from './style.js';
import { graphemeSegments } from './graphemes.js';

/**
 * What repeats on every page after the cover: the running header (the
 * strategy's title, and DRAFT while it is one), a rule, and "Page N of M".
 * All of it is an artifact: a screen reader should not read it on each page.
 */

export const DRAFT_MARK = 'DRAFT';

export function pageFurniture(pageNumber: number, pageCount: number, title: string, markDraft: boolean, measurer: TextMeasurer): DrawItem[] {
  const size = TYPE.furniture.size;
  const items: DrawItem[] = [];
  const draftWidth = markDraft ? measurer.width(DRAFT_MARK, 'bold', size) : 0;
  const titleText = fitText(title, CONTENT_WIDTH - draftWidth - 12, size, measurer);
  items.push(artifactLine(PAGE.marginLeft, PAGE.headerBaseline, titleText, 'regular', size, COLOURS.muted, measurer));
  if (markDraft) items.push(artifactLine(PAGE.width - PAGE.marginRight - draftWidth, PAGE.headerBaseline, DRAFT_MARK, 'bold', size, COLOURS.draft, measurer));
  items.push({ kind: 'rule', x1: PAGE.marginLeft, y1: PAGE.headerBaseline + 6, x2: PAGE.width - PAGE.marginRight, y2: PAGE.headerBaseline + 6, thickness: 0.5, colour: COLOURS.rule });
  const footer = `Page ${pageNumber} of ${pageCount}`;
  const footerWidth = measurer.width(footer, 'regular', size);
  items.push(artifactLine((PAGE.width - footerWidth) / 2, PAGE.footerBaseline, footer, 'regular', size, COLOURS.muted, measurer));
  return items;
}

export function watermark(markDraft: boolean): DrawItem[] {
  return markDraft ? [{ kind: 'watermark', text: DRAFT_MARK }] : [];
}

function artifactLine(x: number, y: number, text: string, style: 'regular' | 'bold', size: number, colour: TextLineItem['colour'], measurer: TextMeasurer): TextLineItem {
  return { kind: 'text', y, size, colour, runs: [{ x, width: measurer.width(text, style, size), style, parts: [text], mark: null }] };
}

/** A title too long for the header is shortened with an ellipsis rather than running into DRAFT; never inside an emoji sequence. */
export function fitText(text: string, width: number, size: number, measurer: TextMeasurer): string {
  if (measurer.width(text, 'regular', size) <= width) return text;
  const characters = Array.from(graphemeSegments(text), (cluster) => cluster.segment);
  let low = 0;
  let high = characters.length;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (measurer.width(`${characters.slice(0, middle).join('').trimEnd()}…`, 'regular', size) <= width) low = middle;
    else high = middle - 1;
  }
  return `${characters.slice(0, low).join('').trimEnd()}…`;
}
