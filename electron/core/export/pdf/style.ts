import type { Colour } from './model.js';

/** A4 in points, with margins of about 22 mm and room above and below for the running header and footer. */
export const PAGE = {
  width: 595.28,
  height: 841.89,
  marginLeft: 62,
  marginRight: 62,
  marginTop: 78,
  marginBottom: 74,
  headerBaseline: 44,
  footerBaseline: 810,
} as const;

export const CONTENT_WIDTH = PAGE.width - PAGE.marginLeft - PAGE.marginRight;
export const CONTENT_BOTTOM = PAGE.height - PAGE.marginBottom;
export const CONTENT_HEIGHT = CONTENT_BOTTOM - PAGE.marginTop;

export interface TextStyle {
  size: number;
  /** Distance between baselines. */
  leading: number;
  spaceBefore: number;
}

export const TYPE = {
  body: { size: 10.5, leading: 15, spaceBefore: 7 },
  h1: { size: 19, leading: 24, spaceBefore: 0 },
  h2: { size: 14, leading: 19, spaceBefore: 16 },
  h3: { size: 12, leading: 16, spaceBefore: 12 },
  table: { size: 9, leading: 12.5, spaceBefore: 10 },
  listItem: { size: 10.5, leading: 15, spaceBefore: 4 },
  furniture: { size: 8.5, leading: 11, spaceBefore: 0 },
  contentsTitle: { size: 19, leading: 24, spaceBefore: 0 },
  contentsH1: { size: 11, leading: 16, spaceBefore: 8 },
  contentsH2: { size: 10, leading: 14, spaceBefore: 2 },
} as const satisfies Record<string, TextStyle>;

export const LIST_INDENT = 18;
export const CELL_PADDING = 4;
export const FIGURE_MAX_HEIGHT = CONTENT_HEIGHT * 0.6;

export const COLOURS = {
  text: { r: 0.1, g: 0.1, b: 0.12 },
  heading: { r: 0.05, g: 0.2, b: 0.4 },
  muted: { r: 0.4, g: 0.4, b: 0.43 },
  link: { r: 0.02, g: 0.32, b: 0.62 },
  rule: { r: 0.7, g: 0.72, b: 0.75 },
  headerFill: { r: 0.9, g: 0.92, b: 0.95 },
  draft: { r: 0.75, g: 0.1, b: 0.1 },
} as const satisfies Record<string, Colour>;
