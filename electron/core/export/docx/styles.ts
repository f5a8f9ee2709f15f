import { AlignmentType, LineRuleType, type IStylesOptions } from 'docx';
import { LANGUAGE_TAGS, type ContentLanguage } from '../../../../shared/model/language.js';

/**
 * The look of the document lives in Word's own styles, so a council can
 * restyle the file through its house template and Word's navigation pane
 * and contents read the outline. Spacing between blocks comes from the
 * styles too: the exporter never adds empty paragraphs.
 *
 * Arial because it is the usual choice for accessible council documents and
 * LibreOffice substitutes the metric-compatible Liberation Sans.
 */
export const BODY_FONT = 'Arial';
export const LANGUAGE = 'en-GB';

/** Half-points, as WordprocessingML counts font sizes. */
const pt = (points: number): number => points * 2;

const HEADING_COLOUR = '1F3864';

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
} as const;

/**
 * `language` is the language of the sections' text, which every run takes
 * from the document defaults (w:docDefaults w:lang), so Word checks spelling
 * and hyphenates in it. In a Welsh document the words the app and the pack
 * print in English (title page, contents heading, section titles, notes,
 * header and footer) keep English through their styles.
 */
export function documentStyles(language: ContentLanguage = 'en'): IStylesOptions {
  const text = LANGUAGE_TAGS[language];
  const english = language === 'en' ? {} : { language: { value: LANGUAGE, eastAsia: LANGUAGE } };
  return {
    default: {
      document: {
        run: { font: BODY_FONT, size: pt(11), language: { value: text, eastAsia: text } },
        // The rule is written out: LibreOffice reads a bare w:line as an exact height, which overlaps a two-line title and clips images.
        paragraph: { spacing: { after: 160, line: 276, lineRule: LineRuleType.AUTO } },
      },
      title: {
        run: { font: BODY_FONT, size: pt(30), bold: true, color: HEADING_COLOUR, ...english },
        paragraph: { spacing: { before: 1200, after: 480 } },
      },
      heading1: {
        run: { font: BODY_FONT, size: pt(16), bold: true, color: HEADING_COLOUR, ...english },
        paragraph: { spacing: { before: 480, after: 240 }, keepNext: true, keepLines: true, outlineLevel: 0 },
      },
      heading2: {
        run: { font: BODY_FONT, size: pt(13), bold: true, color: HEADING_COLOUR },
        paragraph: { spacing: { before: 240, after: 120 }, keepNext: true, keepLines: true, outlineLevel: 1 },
      },
      heading3: {
        run: { font: BODY_FONT, size: pt(11.5), bold: true, color: HEADING_COLOUR },
        paragraph: { spacing: { before: 200, after: 80 }, keepNext: true, keepLines: true, outlineLevel: 2 },
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
        run: { font: BODY_FONT, size: pt(16), bold: true, color: HEADING_COLOUR, ...english },
        // Not an outline level: the contents must not list itself.
        paragraph: { spacing: { before: 0, after: 240 }, keepNext: true },
      },
      {
        id: STYLE_IDS.coverDetail,
        name: 'Cover Detail',
        basedOn: 'Normal',
        quickFormat: true,
        run: { size: pt(13), ...english },
        paragraph: { spacing: { after: 120 } },
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
        run: { size: pt(10) },
        paragraph: { spacing: { before: 40, after: 40, line: 240, lineRule: LineRuleType.AUTO } },
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
        paragraph: { spacing: { after: 80 } },
      },
      {
        id: 'Header',
        name: 'header',
        basedOn: 'Normal',
        run: { size: pt(9), color: '595959', ...english },
        paragraph: { spacing: { after: 0 } },
      },
      {
        id: 'Footer',
        name: 'footer',
        basedOn: 'Normal',
        run: { size: pt(9), color: '595959', ...english },
        paragraph: { spacing: { after: 0 }, alignment: AlignmentType.CENTER },
      },
    ],
  };
}
