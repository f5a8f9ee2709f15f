/**
 * The page and type both exporters set: one A4 page, one set of sizes, line
 * heights and spacing, in points. The PDF typesetter lays text out with
 * these numbers and the Word styles say the same ones: space above a block
 * and never below it (readers disagree on how the two combine), line heights as
 * "at least", so Word and LibreOffice give every line the height the PDF
 * paginator assumed and a picture still gets its own), so page N of the PDF
 * is page N of the Word file for the same text.
 */

/** A4 in points, with margins of about 22 mm and room above and below for the running header and footer. */
export const PRINT_PAGE = {
  width: 595.28,
  height: 841.89,
  marginLeft: 62,
  marginRight: 62,
  marginTop: 78,
  marginBottom: 74,
  headerBaseline: 44,
  footerBaseline: 810,
} as const;

export const PRINT_CONTENT_WIDTH = PRINT_PAGE.width - PRINT_PAGE.marginLeft - PRINT_PAGE.marginRight;

export interface TextStyle {
  size: number;
  /** Distance between baselines. */
  leading: number;
  /** Space above the block, dropped at the top of a page. */
  spaceBefore: number;
}

export const PRINT_TYPE = {
  body: { size: 10.5, leading: 15, spaceBefore: 7 },
  // A section's title and the contents' have their space below in their line: LibreOffice takes the larger of one block's space below and the next one's above, Word adds them, so neither is ever used with the other.
  h1: { size: 19, leading: 32, spaceBefore: 0 },
  h2: { size: 14, leading: 19, spaceBefore: 16 },
  h3: { size: 12, leading: 16, spaceBefore: 12 },
  // Word has no space above a table (only its paragraphs have spacing), so the PDF sets none either and a table's first page holds as many rows in both.
  table: { size: 9, leading: 12.5, spaceBefore: 0 },
  listItem: { size: 10.5, leading: 15, spaceBefore: 4 },
  furniture: { size: 8.5, leading: 11, spaceBefore: 0 },
  contentsTitle: { size: 19, leading: 34, spaceBefore: 0 },
  contentsH1: { size: 11, leading: 16, spaceBefore: 8 },
  contentsH2: { size: 10, leading: 14, spaceBefore: 2 },
  /** Lines far enough apart that a title of two or three lines never touches. */
  coverTitle: { size: 28, leading: 38, spaceBefore: 14 },
} as const satisfies Record<string, TextStyle>;

/** The title page: its lines' type, and the gaps and logo size both exporters give it. */
export const PRINT_COVER = {
  council: { size: 15, leading: 20, spaceBefore: 0 },
  period: { size: 15, leading: 20, spaceBefore: 10 },
  detail: { size: 11, leading: 16, spaceBefore: 4 },
  /** Above the first of the particulars (date, version, owner, approving body). */
  detailsGap: 40,
  /** Extra space above "For adoption by …" after other particulars. */
  adoptionGap: 8,
  /** 40 mm: a logo is scaled down (never up) to fit this height and the text width. */
  logoMaxHeight: (40 / 25.4) * 72,
  logoGap: 24,
  /** Where the council name starts on a "title-top" cover without a logo, from the top of the page. */
  textTop: PRINT_PAGE.height * 0.22,
} as const satisfies Record<string, TextStyle | number>;

/** An image's pixels as points: 96 pixels to the inch, as Word and browsers count them. */
export const POINTS_PER_PIXEL = 0.75;

/** Space above a picture. */
export const FIGURE_SPACE_BEFORE = PRINT_TYPE.body.spaceBefore + 3;
/** Space above contents entries when the contents are set tight to save a page. */
export const CONTENTS_TIGHT_SPACE_BEFORE = { 1: 3, 2: 0 } as const;
/** How far a second-level contents entry is indented. */
export const CONTENTS_LEVEL_INDENT = 16;
export const LIST_INDENT = 18;
/** Inside every table cell, on all four sides. */
export const CELL_PADDING = 4;

/** Points as twentieths of a point, the unit of Word's page and spacing measures. */
export function twips(points: number): number {
  return Math.round(points * 20);
}
