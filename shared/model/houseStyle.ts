import { z } from 'zod';

/**
 * A council's house style, set once per library and used by both exporters:
 * the font, the colour of headings and how the title page is laid out (the
 * logo comes from the title page's own field). Each font is one a council
 * uses in Word that has a metric-compatible open font for the PDF, so both
 * formats break lines, and so pages, alike.
 */

export const HOUSE_FONTS = ['Arial', 'Calibri', 'Times New Roman'] as const;
export type HouseFont = (typeof HOUSE_FONTS)[number];

export const COVER_LAYOUTS = ['title-top', 'title-centred'] as const;
export type CoverLayout = (typeof COVER_LAYOUTS)[number];

export const COVER_LAYOUT_NAMES: Record<CoverLayout, string> = {
  'title-top': 'Title at the top',
  'title-centred': 'Title centred, logo above',
};

export interface HouseStyle {
  font: HouseFont;
  /** "#RRGGBB". */
  headingColour: string;
  coverLayout: CoverLayout;
}

export const DEFAULT_HOUSE_STYLE: HouseStyle = { font: 'Arial', headingColour: '#1F3864', coverLayout: 'title-top' };

/** WCAG 2.1 AA for normal-sized text: the smallest headings are 12 pt. */
export const HEADING_CONTRAST_MINIMUM = 4.5;

function channel(hex: string): number {
  const value = parseInt(hex, 16) / 255;
  return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
}

/** The contrast ratio of a "#RRGGBB" colour against white paper. */
export function contrastOnWhite(colour: string): number {
  const luminance = 0.2126 * channel(colour.slice(1, 3)) + 0.7152 * channel(colour.slice(3, 5)) + 0.0722 * channel(colour.slice(5, 7));
  return 1.05 / (luminance + 0.05);
}

export const headingColourSchema = z
  .string()
  .trim()
  .regex(/^#[0-9A-Fa-f]{6}$/, 'must be a colour written as # and six hexadecimal digits, such as #1F3864')
  .transform((colour) => colour.toUpperCase())
  .refine((colour) => contrastOnWhite(colour) >= HEADING_CONTRAST_MINIMUM, {
    message: `is too pale to read on white paper: headings need a contrast of at least ${HEADING_CONTRAST_MINIMUM}:1 (WCAG 2.1 AA)`,
  });

export const houseStyleSchema = z.strictObject({ font: z.enum(HOUSE_FONTS), headingColour: headingColourSchema, coverLayout: z.enum(COVER_LAYOUTS) });

/** A change to some of the house style's parts. */
export const houseStyleChangeSchema = houseStyleSchema.partial();
