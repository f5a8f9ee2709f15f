import { AlignmentType, LineRuleType, type IStylesOptions } from 'docx';
import { DEFAULT_HOUSE_STYLE, type HouseStyle } from '../../../../shared/model/houseStyle.js';
import { CELL_PADDING, PRINT_COVER, CONTENTS_LEVEL_INDENT, CONTENTS_TIGHT_SPACE_BEFORE, FIGURE_SPACE_BEFORE, PRINT_TYPE, twips, type TextStyle } from '../printStyle.js';
import { LANGUAGE_TAGS, type ContentLanguage } from '../../../../shared/model/language.js';

/**
 * The look of the document lives in Word's own styles, so a council can
 * restyle the file through its house template and Word's navigation pane
 * and contents read the outline. Spacing between blocks comes from the
 * styles too: the exporter never adds empty paragraphs.
 *
 * Sizes, line heights and spacing are the PDF's (printStyle.ts): space
 * above a block and none below, and each line "at least" the PDF's leading,
 * with the rule written out (LibreOffice reads a bare w:line as an exact
 * height, which overlaps a two-line title and clips images). The font is the
 * house font, Arial unless the library says otherwise; the PDF embeds its
 * metric-compatible twin, so both break lines alike.
 */
export const LANGUAGE = 'en-GB';

/** Half-points, as WordprocessingML counts font sizes. */
const pt = (points: number): number => Math.round(points * 2);

/** Word's six-digit colour, from the house style's "#RRGGBB". */
export function wordColour(colour: string): string {
  return colour.replace(/^#/, '').toUpperCase();
}

/** A line as tall as the PDF sets it, taller only for what needs it (a picture). */
function lines(type: TextStyle): { line: number; lineRule: typeof LineRuleType.AT_LEAST } {
  return { line: twips(type.leading), lineRule: LineRuleType.AT_LEAST };
}

export const STYLE_IDS = {
  title: 'Title',
  contentsHeading: 'TOCHeading',
  coverDetail: 'CoverDetail',
  draftNote: 'DraftNote',
  imageNote: 'ImageNote',
  tableText: 'TableText',
  tableHeading: 'TableHeading',
  listContinuation: 'ListContinue',
  hyperlink: 'Hyperlink',
  listItem: 'ListParagraph',
  figure: 'Figure',
  coverHeadline: 'CoverHeadline',
} as const;

/** Word's table cell margins: the PDF's cell padding on all four sides. */
export const CELL_MARGIN_TWIPS = twips(CELL_PADDING);

export interface StyleOptions {
  houseStyle: HouseStyle;
  /** The PDF set its contents tight to save a page; Word's contents do the same, so the body starts on the same page. */
  contentsTight: boolean;
  /**
   * The language of the sections' text, which every run takes from the
   * document defaults (w:docDefaults w:lang), so Word checks spelling and
   * hyphenates in it. In a Welsh document the words the app and the pack
   * print in English (title page, contents heading, section titles, notes,
   * header and footer) keep English through their styles.
   */
  language?: ContentLanguage;
}

export function documentStyles({ houseStyle, contentsTight, language = 'en' }: StyleOptions = { houseStyle: DEFAULT_HOUSE_STYLE, contentsTight: false }): IStylesOptions {
  const { font } = houseStyle;
  const text = LANGUAGE_TAGS[language];
  const english = language === 'en' ? {} : { language: { value: LANGUAGE, eastAsia: LANGUAGE } };
  const headingColour = wordColour(houseStyle.headingColour);
  const contentsSpace = (level: 1 | 2): number => twips(contentsTight ? CONTENTS_TIGHT_SPACE_BEFORE[level] : PRINT_TYPE[level === 1 ? 'contentsH1' : 'contentsH2'].spaceBefore);
  return {
    default: {
      document: {
        run: { font, size: pt(PRINT_TYPE.body.size), language: { value: text, eastAsia: text } },
        paragraph: { spacing: { before: twips(PRINT_TYPE.body.spaceBefore), after: 0, ...lines(PRINT_TYPE.body) } },
      },
      title: {
        run: { font, size: pt(PRINT_TYPE.coverTitle.size), bold: true, color: headingColour, ...english },
        paragraph: { spacing: { before: twips(PRINT_TYPE.coverTitle.spaceBefore), after: 0, ...lines(PRINT_TYPE.coverTitle) } },
      },
      heading1: {
        run: { font, size: pt(PRINT_TYPE.h1.size), bold: true, color: headingColour, ...english },
        paragraph: { spacing: { before: twips(PRINT_TYPE.h1.spaceBefore), after: 0, ...lines(PRINT_TYPE.h1) }, keepNext: true, keepLines: true, outlineLevel: 0 },
      },
      heading2: {
        run: { font, size: pt(PRINT_TYPE.h2.size), bold: true, color: headingColour },
        paragraph: { spacing: { before: twips(PRINT_TYPE.h2.spaceBefore), after: 0, ...lines(PRINT_TYPE.h2) }, keepNext: true, keepLines: true, outlineLevel: 1 },
      },
      heading3: {
        run: { font, size: pt(PRINT_TYPE.h3.size), bold: true, color: headingColour },
        paragraph: { spacing: { before: twips(PRINT_TYPE.h3.spaceBefore), after: 0, ...lines(PRINT_TYPE.h3) }, keepNext: true, keepLines: true, outlineLevel: 2 },
      },
      hyperlink: { run: { color: '0563C1', underline: {} } },
    },
    paragraphStyles: [
      {
        id: STYLE_IDS.contentsHeading,
        name: 'TOC Heading',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        run: { font, size: pt(PRINT_TYPE.contentsTitle.size), bold: true, color: headingColour, ...english },
        // Not an outline level: the contents must not list itself.
        paragraph: { spacing: { before: 0, after: 0, ...lines(PRINT_TYPE.contentsTitle) }, keepNext: true },
      },
      {
        id: 'TOC1',
        name: 'toc 1',
        basedOn: 'Normal',
        next: 'Normal',
        // Level-one entries are the pack's section titles, printed in English whatever the document's language.
        run: { size: pt(PRINT_TYPE.contentsH1.size), bold: true, ...english },
        paragraph: { spacing: { before: contentsSpace(1), after: 0, ...lines(PRINT_TYPE.contentsH1) } },
      },
      {
        id: 'TOC2',
        name: 'toc 2',
        basedOn: 'Normal',
        next: 'Normal',
        run: { size: pt(PRINT_TYPE.contentsH2.size) },
        paragraph: { spacing: { before: contentsSpace(2), after: 0, ...lines(PRINT_TYPE.contentsH2) }, indent: { left: twips(CONTENTS_LEVEL_INDENT) } },
      },
      {
        id: STYLE_IDS.coverHeadline,
        name: 'Cover Headline',
        basedOn: 'Normal',
        quickFormat: true,
        run: { size: pt(PRINT_COVER.council.size), bold: true, color: headingColour, ...english },
        paragraph: { spacing: { before: twips(PRINT_COVER.council.spaceBefore), after: 0, ...lines(PRINT_COVER.council) } },
      },
      {
        id: STYLE_IDS.coverDetail,
        name: 'Cover Detail',
        basedOn: 'Normal',
        quickFormat: true,
        run: { size: pt(PRINT_COVER.detail.size), ...english },
        paragraph: { spacing: { before: twips(PRINT_COVER.detail.spaceBefore), after: 0, ...lines(PRINT_COVER.detail) } },
      },
      {
        id: STYLE_IDS.draftNote,
        name: 'Draft Note',
        basedOn: 'Normal',
        run: { italics: true, color: 'A50021', ...english },
        paragraph: { border: { left: { style: 'single', size: 18, color: 'A50021', space: 8 } }, indent: { left: 240 } },
      },
      {
        id: STYLE_IDS.imageNote,
        name: 'Image Note',
        basedOn: 'Normal',
        run: { italics: true, color: '595959', ...english },
      },
      {
        id: STYLE_IDS.tableText,
        name: 'Table Text',
        basedOn: 'Normal',
        run: { size: pt(PRINT_TYPE.table.size) },
        // The cell's margins give the padding, as the PDF's cells do.
        paragraph: { spacing: { before: 0, after: 0, ...lines(PRINT_TYPE.table) } },
      },
      {
        id: STYLE_IDS.tableHeading,
        name: 'Table Heading',
        basedOn: STYLE_IDS.tableText,
        run: { bold: true },
        paragraph: { keepNext: true },
      },
      {
        id: STYLE_IDS.listContinuation,
        name: 'List Continue',
        basedOn: 'Normal',
        paragraph: { spacing: { before: twips(PRINT_TYPE.listItem.spaceBefore), after: 0 } },
      },
      {
        id: STYLE_IDS.listItem,
        name: 'List Paragraph',
        basedOn: 'Normal',
        paragraph: { spacing: { before: twips(PRINT_TYPE.listItem.spaceBefore), after: 0, ...lines(PRINT_TYPE.listItem) } },
      },
      {
        id: STYLE_IDS.figure,
        name: 'Figure',
        basedOn: 'Normal',
        paragraph: { alignment: AlignmentType.CENTER, spacing: { before: twips(FIGURE_SPACE_BEFORE), after: 0 } },
      },
      {
        id: 'Header',
        name: 'header',
        basedOn: 'Normal',
        run: { size: pt(PRINT_TYPE.furniture.size), color: '595959', ...english },
        paragraph: { spacing: { before: 0, after: 0 } },
      },
      {
        id: 'Footer',
        name: 'footer',
        basedOn: 'Normal',
        run: { size: pt(PRINT_TYPE.furniture.size), color: '595959', ...english },
        paragraph: { spacing: { before: 0, after: 0 }, alignment: AlignmentType.CENTER },
      },
    ],
  };
}
