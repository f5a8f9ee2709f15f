import { DEFAULT_HOUSE_STYLE } from '../../../../shared/model/houseStyle.js';
import { decodeImageBytes } from '../imageData.js';
import { printDocument, type PrintDocument, type PrintInput } from '../printModel.js';
import { COVER_LOGO_SRC } from './coverLogo.js';
import { layoutDocument } from './documentLayout.js';
import { strategyDocument } from './documentModel.js';
import { loadFonts } from './fonts.js';
import { pictureSizes, pointsOf } from './images.js';

/** One entry of the PDF's contents with the page (counted from 1, the cover) its heading landed on. */
export interface PrintedHeading {
  level: 1 | 2;
  title: string;
  page: number;
}

export interface PrintedPages {
  pageCount: number;
  /** The contents entries in reading order. */
  contents: PrintedHeading[];
  /** The contents were set tight to keep them on fewer pages (see `layoutContents`). */
  contentsTight: boolean;
  /** Where the title page's first line (or logo) starts, in points from the top of the page. */
  coverTop: number;
}

/**
 * Where the PDF of this draft puts each contents entry, without making the
 * file: the Word export writes these numbers into its contents, so both
 * formats say the same pages. Only what pages depend on is done: lines are
 * broken and set with the fonts' measures, pictures take the sizes their
 * headers declare; no font or picture is embedded, subset or drawn.
 * `model`: the input's print model, when the caller has made it already.
 */
export function printedPages(input: PrintInput, model: PrintDocument = printDocument(input)): PrintedPages {
  const fonts = loadFonts((input.houseStyle ?? DEFAULT_HOUSE_STYLE).font);
  const logo = input.logo === undefined ? null : decodeImageBytes(input.logo.data);
  const document = strategyDocument(model, fonts.coverText, logo !== null);
  const pictures = pictureSizes(document.blocks);
  const layout = layoutDocument(document, {
    measurer: fonts.measurer,
    metrics: { ascent: fonts.ascent, descent: fonts.descent },
    imageSize: (src) => (src === COVER_LOGO_SRC ? (logo === null ? null : pointsOf(logo)) : pictures(src)),
  });
  const contents = layout.anchors.flatMap((anchor) => (anchor.level <= 2 ? [{ level: anchor.level as 1 | 2, title: anchor.title, page: anchor.page + 1 }] : []));
  return { pageCount: layout.pages.length, contents, contentsTight: layout.contentsTight, coverTop: layout.coverTop };
}
