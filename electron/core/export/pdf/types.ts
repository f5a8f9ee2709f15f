import type { CoverLayout } from '../../../../shared/model/houseStyle.js';

/**
 * The typesetter's own vocabulary, shared by its modules: a strategy as
 * blocks (what to set), the faces and measures text is set with, and pages
 * of positioned items (what was set). Layout turns the blocks into pages
 * without touching pdf-lib, so it can be tested with a fake measurer. Kept
 * in one module so the modules that use these words import them from here
 * rather than from each other.
 */

/* ---- Faces and measures ---- */

export type FontStyle = 'regular' | 'bold' | 'italic' | 'boldItalic';

/** The weights the right-to-left fonts come in. */
export type RtlWeight = 'regular' | 'bold';

export interface TextMeasurer {
  /** The advance width in points of `text` set in `style` at `size`, drawn right to left when `rtl` (see `FontSet.drawnPieces`). */
  width(text: string, style: FontStyle, size: number, rtl?: boolean): number;
}

export type RtlScript = 'arabic' | 'hebrew';

/** A piece of text as it is drawn. */
export interface DrawnPiece extends FacePiece {
  /** What the piece stands for when it draws other characters (a bracket mirrored in right-to-left text). */
  actualText?: string;
}

export type Face = 'text' | 'emoji' | RtlScript;

export interface FacePiece {
  face: Face;
  text: string;
  /**
   * Shaped in these parts, one after the other, rather than as `text`, which
   * they stand for (an emoji and its skin tone's swatch: see `withSkinTones`).
   * Such a piece is never joined to its neighbours.
   */
  drawnAs?: readonly string[];
}

export interface FontMetrics {
  /** Ascender and descender as fractions of the size; descender negative. */
  ascent: number;
  descent: number;
}

/* ---- Blocks (what to set) ---- */

export interface ImageSize {
  width: number;
  height: number;
}

export interface BlockContext {
  x: number;
  width: number;
  /** The usable height of a page, for splitting what could never fit on one. */
  pageHeight: number;
  parent: StructElement;
  measurer: TextMeasurer;
  metrics: FontMetrics;
  /** The size to draw an embedded image at, or null when it could not be embedded. */
  imageSize: (src: string) => ImageSize | null;
  listDepth: number;
  headingColour: Colour;
}

/** `inText`: a cross-reference in running text, shown as a link; contents entries are anchors that look like a list. */
export type LinkTarget = { kind: 'uri'; href: string } | { kind: 'anchor'; anchorId: number; inText?: boolean };

/** A stretch of inline text in one face. `link` spans share one object, so a link broken over lines stays one link. */
export interface TextRun {
  text: string;
  style: FontStyle;
  link?: InlineLink;
}

export interface InlineLink {
  target: LinkTarget;
}

export interface HeadingBlock {
  kind: 'heading';
  level: 1 | 2 | 3;
  runs: TextRun[];
  /** Plain text for bookmarks and the contents page. */
  title: string;
  anchorId: number;
  /** Main sections start on a fresh page. */
  pageBreakBefore: boolean;
  /** Whether the contents page lists it. */
  inContents: boolean;
  /** The heading's language where it is not the document's (a section title from the pack in a Welsh document). */
  lang?: string;
}

export interface ParagraphBlock {
  kind: 'paragraph';
  runs: TextRun[];
  /** A note is set in italic grey: the "not written yet" line of a draft. */
  variant: 'body' | 'note';
}

export interface ListBlock {
  kind: 'list';
  ordered: boolean;
  start: number;
  items: Block[][];
}

export interface TableCell {
  header: boolean;
  colspan: number;
  paragraphs: TextRun[][];
}

export interface TableBlock {
  kind: 'table';
  rows: TableCell[][];
  /** Each column's share of the width, decided with Word's (export/tableColumns.ts). */
  columnShares: number[];
  /** True when the first row is all header cells: it is repeated at the top of every page the table reaches. */
  headerRow: boolean;
}

export interface ImageBlock {
  kind: 'image';
  /** Key into the images embedded before layout. */
  src: string;
  alt: string;
}

export type Block = HeadingBlock | ParagraphBlock | ListBlock | TableBlock | ImageBlock;

export interface CoverPage {
  /** Key into the embedded images, with the Figure's description; null for a cover without a logo. */
  logo: { src: string; alt: string } | null;
  council: string;
  title: string;
  period: string;
  date: string;
  version: string;
  owner: string;
  /** "For adoption by Full Council" in the pack's words, or empty. */
  adoption: string;
}

export interface StrategyDocument {
  title: string;
  /** What kind of document this is, for the file's properties ("Corporate parenting strategy"). */
  subject: string;
  cover: CoverPage;
  blocks: Block[];
  markDraft: boolean;
  /** The house style's colour for headings, the contents title and the title page's headline. */
  headingColour: Colour;
  coverLayout: CoverLayout;
  /** BCP 47 tag of the sections' text (the document's /Lang); en-GB when not given. Words printed in English in another language's document are tagged en-GB. */
  language?: string;
}

/* ---- Structure (the tag tree), filled in by layout and finished by rendering ---- */

export type StructRole =
  | 'Document'
  | 'Sect'
  | 'H1'
  | 'H2'
  | 'H3'
  | 'P'
  | 'L'
  | 'LI'
  | 'Lbl'
  | 'LBody'
  | 'Table'
  | 'TR'
  | 'TH'
  | 'TD'
  | 'Figure'
  | 'Link'
  | 'TOC'
  | 'TOCI';

/** One piece of marked content on a page; rendering gives it its MCID. */
export interface MarkedContent {
  kind: 'content';
  owner: StructElement;
  page?: number;
  mcid?: number;
}

export interface StructElement {
  kind: 'element';
  role: StructRole;
  alt?: string;
  /** TH scope, so screen readers announce column headers. */
  scope?: 'Column';
  /** The element's language where it differs from the document's (/Lang). */
  lang?: string;
  kids: (StructElement | MarkedContent)[];
}

export function structElement(role: StructRole, parent?: StructElement, extra: Partial<Pick<StructElement, 'alt' | 'scope' | 'lang'>> = {}): StructElement {
  const element: StructElement = { kind: 'element', role, kids: [], ...extra };
  parent?.kids.push(element);
  return element;
}

export function markContent(owner: StructElement): MarkedContent {
  const mark: MarkedContent = { kind: 'content', owner };
  owner.kids.push(mark);
  return mark;
}

/* ---- Pages of positioned items. Coordinates are points from the page's top-left corner. ---- */

export interface Colour {
  r: number;
  g: number;
  b: number;
}

export interface PlacedRun {
  x: number;
  width: number;
  style: FontStyle;
  /** The text as broken into measured parts, in logical order; rendering encodes each part once per document. */
  parts: string[];
  /** Drawn right to left: an odd bidirectional level (see bidi.ts). */
  rtl?: boolean;
  /** null for artifacts (running header, footer, repeated table headers). */
  mark: MarkedContent | null;
  link?: { target: LinkTarget; element: StructElement | null };
}

export interface TextLineItem {
  kind: 'text';
  /** Baseline. */
  y: number;
  size: number;
  colour: Colour;
  runs: PlacedRun[];
}

/** Lines and boxes: rules, borders, cell shading. Always artifacts. */
export interface RuleItem {
  kind: 'rule';
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  thickness: number;
  colour: Colour;
}

export interface BoxItem {
  kind: 'box';
  x: number;
  y: number;
  width: number;
  height: number;
  fill: Colour;
}

export interface ImageItem {
  kind: 'image';
  src: string;
  x: number;
  y: number;
  width: number;
  height: number;
  mark: MarkedContent;
}

export interface WatermarkItem {
  kind: 'watermark';
  text: string;
}

export type DrawItem = TextLineItem | RuleItem | BoxItem | ImageItem | WatermarkItem;

export interface Page {
  items: DrawItem[];
}

export interface AnchorPlacement {
  anchorId: number;
  level: 1 | 2 | 3;
  title: string;
  page: number;
  y: number;
}
