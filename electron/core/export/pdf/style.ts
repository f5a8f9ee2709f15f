import type { Colour } from './types.js';

export { PRINT_PAGE as PAGE, PRINT_TYPE as TYPE, LIST_INDENT, CELL_PADDING, type TextStyle } from '../printStyle.js';
import { PRINT_CONTENT_WIDTH, PRINT_PAGE } from '../printStyle.js';

export const CONTENT_WIDTH = PRINT_CONTENT_WIDTH;
export const CONTENT_BOTTOM = PRINT_PAGE.height - PRINT_PAGE.marginBottom;
export const CONTENT_HEIGHT = CONTENT_BOTTOM - PRINT_PAGE.marginTop;

/** A house style's "#RRGGBB" as the PDF's colour. */
export function pdfColour(hex: string): Colour {
  const channel = (at: number): number => parseInt(hex.slice(at, at + 2), 16) / 255;
  return { r: channel(1), g: channel(3), b: channel(5) };
}

export const FIGURE_MAX_HEIGHT = CONTENT_HEIGHT * 0.6;

export const COLOURS = {
  text: { r: 0.1, g: 0.1, b: 0.12 },
  muted: { r: 0.4, g: 0.4, b: 0.43 },
  link: { r: 0.02, g: 0.32, b: 0.62 },
  rule: { r: 0.7, g: 0.72, b: 0.75 },
  headerFill: { r: 0.9, g: 0.92, b: 0.95 },
  draft: { r: 0.75, g: 0.1, b: 0.1 },
} as const satisfies Record<string, Colour>;
