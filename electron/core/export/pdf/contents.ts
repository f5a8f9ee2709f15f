import { markContent, structElement, type TextMeasurer, type FontMetrics, type Colour, type InlineLink, type StructElement } from './types.js';
import { setInline } from './inlineLayout.js';
import { paginate, slice, type Pagination, type Slice } from './paginate.js';
import { COLOURS, CONTENT_BOTTOM, CONTENT_WIDTH, PAGE, TYPE } from './style.js';
import { CONTENTS_LEVEL_INDENT, CONTENTS_TIGHT_SPACE_BEFORE } from '../printStyle.js';

/**
 * The contents page(s): every section and its sub-headings with the page it
 * starts on, each entry a link to it. The page numbers sit in a column of
 * fixed width, so the entries break into lines the same way whatever the
 * numbers are, and the number of contents pages is known before the numbers.
 */

export interface ContentsEntry {
  anchorId: number;
  level: 1 | 2;
  title: string;
}

const NUMBER_COLUMN = 36;
const LEADER_GAP = 4;
const LEADER_UNIT = ' .';
export const CONTENTS_TITLE = 'Contents';
/** An overflow page carries at least this many entries: one or two alone on a page look like a mistake. */
const LAST_PAGE_MINIMUM = 4;

/**
 * Set as usual, or slightly tighter when that saves a page: a contents list
 * that overflows by a few entries then stays on one page. Otherwise the
 * overflow page starts early enough to carry several entries.
 */
export function layoutContents(
  entries: readonly ContentsEntry[],
  pageOf: (anchorId: number) => number | undefined,
  parent: StructElement,
  measurer: TextMeasurer,
  metrics: FontMetrics,
  headingColour: Colour,
): Pagination & { tight: boolean } {
  const usualHolder = structElement('Document');
  let chosen = layoutContentsWith(entries, pageOf, usualHolder, measurer, metrics, headingColour, false);
  let holder = usualHolder;
  let tightened = false;
  if (chosen.pages.length > 1) {
    const tightHolder = structElement('Document');
    const tight = layoutContentsWith(entries, pageOf, tightHolder, measurer, metrics, headingColour, true);
    if (tight.pages.length < chosen.pages.length) [chosen, holder, tightened] = [tight, tightHolder, true];
  }
  parent.kids.push(...holder.kids);
  return { ...chosen, tight: tightened };
}

function layoutContentsWith(
  entries: readonly ContentsEntry[],
  pageOf: (anchorId: number) => number | undefined,
  parent: StructElement,
  measurer: TextMeasurer,
  metrics: FontMetrics,
  headingColour: Colour,
  tight: boolean,
): Pagination {
  const slices: Slice[] = [];
  const heading = structElement('H1', parent);
  for (const line of setInline({ runs: [{ text: CONTENTS_TITLE, style: 'bold' }], x: PAGE.marginLeft, width: CONTENT_WIDTH, type: TYPE.contentsTitle, colour: headingColour, element: heading }, measurer, metrics)) {
    slices.push(slice(line.height, [line.item], { keepWithNext: true }));
  }
  const toc = structElement('TOC', parent);
  entries.forEach((entry, entryIndex) => {
    const type = entry.level === 1 ? TYPE.contentsH1 : TYPE.contentsH2;
    const spaceBefore = tight ? CONTENTS_TIGHT_SPACE_BEFORE[entry.level] : type.spaceBefore;
    // The last few entries go together, so an overflow page is never one or two lines.
    const keepWithLast = entryIndex >= entries.length - LAST_PAGE_MINIMUM && entryIndex < entries.length - 1;
    const style = entry.level === 1 ? 'bold' : 'regular';
    const indent = entry.level === 1 ? 0 : CONTENTS_LEVEL_INDENT;
    const item = structElement('TOCI', toc);
    const link: InlineLink = { target: { kind: 'anchor', anchorId: entry.anchorId } };
    const lines = setInline({ runs: [{ text: entry.title, style, link }], x: PAGE.marginLeft + indent, width: CONTENT_WIDTH - indent - NUMBER_COLUMN, type, colour: COLOURS.text, element: item, align: 'left' }, measurer, metrics);
    const last = lines[lines.length - 1];
    const linkRun = last?.item.runs.find((run) => run.link !== undefined);
    if (last === undefined || linkRun?.link === undefined) return;
    const number = String(pageOf(entry.anchorId) ?? '');
    const width = measurer.width(number, style, type.size);
    const numberX = PAGE.width - PAGE.marginRight - width;
    const titleEnd = last.item.runs.reduce((end, run) => Math.max(end, run.x + run.width), 0);
    const leader = leaderDots(numberX - titleEnd - 2 * LEADER_GAP, type.size, measurer);
    if (leader !== null) last.item.runs.push({ x: numberX - LEADER_GAP - leader.width, width: leader.width, style: 'regular', parts: [leader.text], mark: null });
    last.item.runs.push({ x: numberX, width, style, parts: [number], mark: markContent(linkRun.link.element as StructElement), link: linkRun.link });
    lines.forEach((line, index) => {
      slices.push(slice(line.height, [line.item], { spaceBefore: index === 0 ? spaceBefore : 0, keepWithNext: keepWithLast || index < lines.length - 1 }));
    });
  });
  return paginate(slices, { top: PAGE.marginTop, bottom: CONTENT_BOTTOM });
}

/** Dots leading the eye from an entry to its page number; an artifact, so screen readers skip them. */
function leaderDots(room: number, size: number, measurer: TextMeasurer): { text: string; width: number } | null {
  const unit = measurer.width(LEADER_UNIT, 'regular', size);
  const count = Math.floor(room / unit);
  if (count < 2) return null;
  const text = LEADER_UNIT.repeat(count);
  return { text, width: measurer.width(text, 'regular', size) };
}
