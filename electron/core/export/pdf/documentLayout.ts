import { structElement, type TextMeasurer, type FontMetrics, type ImageSize, type AnchorPlacement, type Page, type StrategyDocument, type StructElement } from './types.js';
import { layoutBlocks } from './layout.js';
import { PDF_LANGUAGE } from './metadata.js';
import { paginate } from './paginate.js';
import { layoutCoverPage } from './coverPage.js';
import { layoutContents, type ContentsEntry } from './contents.js';
import { pageFurniture, watermark } from './furniture.js';
import { CONTENT_BOTTOM, CONTENT_HEIGHT, CONTENT_WIDTH, PAGE } from './style.js';

/**
 * The whole strategy set on pages: cover, contents, then the sections. The
 * body is laid out first; the contents are then set with the body's real
 * page numbers, and set again whenever their own length moves the body,
 * until the numbers they print are the pages the headings land on.
 */

export interface LayoutDependencies {
  measurer: TextMeasurer;
  metrics: FontMetrics;
  imageSize: (src: string) => ImageSize | null;
}

export interface DocumentLayout {
  pages: Page[];
  /** Every heading with the (0-based) page it landed on, in reading order. */
  anchors: AnchorPlacement[];
  /** The root of the structure tree: Document. */
  structure: StructElement;
  /** 0-based indices of the contents pages. */
  contentsPages: number[];
  /** The contents were set tight to keep them on fewer pages. */
  contentsTight: boolean;
  /** Where the title page's first line (or logo) starts, in points from the top of the page. */
  coverTop: number;
}

/** Setting the contents more often than this would mean the numbers never settle; it cannot happen with a fixed number column. */
const MAX_CONTENTS_PASSES = 4;

export function layoutDocument(document: StrategyDocument, dependencies: LayoutDependencies): DocumentLayout {
  const { measurer, metrics } = dependencies;
  const coverHolder = structElement('Document');
  const cover = layoutCoverPage(document.cover, { headingColour: document.headingColour, layout: document.coverLayout }, coverHolder, measurer, metrics, dependencies.imageSize);

  const bodyHolder = structElement('Document');
  const slices = layoutBlocks(document.blocks, { x: PAGE.marginLeft, width: CONTENT_WIDTH, pageHeight: CONTENT_HEIGHT, parent: bodyHolder, measurer, metrics, imageSize: dependencies.imageSize, listDepth: 0, headingColour: document.headingColour });
  // A draft with nothing in it has no body pages, rather than one blank page.
  const body = slices.length === 0 ? { pages: [], anchors: [] } : paginate(slices, { top: PAGE.marginTop, bottom: CONTENT_BOTTOM });

  const entries: ContentsEntry[] = [];
  document.blocks.forEach((block) => {
    if (block.kind === 'heading' && block.inContents && block.level <= 2) entries.push({ anchorId: block.anchorId, level: block.level as 1 | 2, title: block.title });
  });

  let contentsPageCount = 1;
  let contentsHolder = structElement('Document');
  let contents = layoutContents(entries, () => undefined, contentsHolder, measurer, metrics, document.headingColour);
  for (let pass = 0; pass < MAX_CONTENTS_PASSES; pass += 1) {
    const bodyStart = 1 + contentsPageCount;
    const pageOf = new Map(body.anchors.map((anchor) => [anchor.anchorId, bodyStart + anchor.page + 1]));
    contentsHolder = structElement('Document');
    contents = layoutContents(entries, (anchorId) => pageOf.get(anchorId), contentsHolder, measurer, metrics, document.headingColour);
    if (contents.pages.length === contentsPageCount) break;
    contentsPageCount = contents.pages.length;
  }

  const bodyStart = 1 + contents.pages.length;
  const pages: Page[] = [cover.page, ...contents.pages, ...body.pages];
  const pageCount = pages.length;
  pages.forEach((page, index) => {
    const furniture = index === 0 ? [] : pageFurniture(index + 1, pageCount, document.title, document.markDraft, measurer);
    page.items.unshift(...watermark(document.markDraft), ...furniture);
  });

  const structure = structElement('Document');
  // The title page and the contents are printed in English words whatever the sections' language.
  if ((document.language ?? PDF_LANGUAGE) !== PDF_LANGUAGE) for (const kid of [...coverHolder.kids, ...contentsHolder.kids]) if (kid.kind === 'element') kid.lang = PDF_LANGUAGE;
  structure.kids.push(...coverHolder.kids, ...contentsHolder.kids, ...bodyHolder.kids);
  return {
    pages,
    anchors: body.anchors.map((anchor) => ({ ...anchor, page: anchor.page + bodyStart })),
    structure,
    contentsPages: contents.pages.map((_, index) => 1 + index),
    contentsTight: contents.tight,
    coverTop: cover.top,
  };
}
