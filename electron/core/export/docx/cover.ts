import { AlignmentType, ImageRun, LineRuleType, Paragraph, TextRun, type IParagraphOptions } from 'docx';
import type { CoverLayout } from '../../../../shared/model/houseStyle.js';
import { decodeImageBytes } from '../imageData.js';
import type { PrintCover } from '../printModel.js';
import { POINTS_PER_PIXEL, PRINT_CONTENT_WIDTH, PRINT_COVER, PRINT_TYPE, twips, type TextStyle } from '../printStyle.js';
import { printableText } from '../printableText.js';
import { STYLE_IDS } from './styles.js';

export interface CoverPlacement {
  layout: CoverLayout;
  /** Points from the top of the text area to the first line or logo: where the PDF starts its title page. */
  top: number;
}

/** How every paragraph of the title page is aligned: ranged left, or centred for "title-centred". */
type Alignment = (typeof AlignmentType)[keyof typeof AlignmentType] | undefined;

/** The PDF's line height and space above for a line of the title page. */
function spacing(type: TextStyle, before: number = type.spaceBefore): IParagraphOptions['spacing'] {
  return { before: twips(before), after: 0, line: twips(type.leading), lineRule: LineRuleType.AT_LEAST };
}

/** As large as the PDF draws it: scaled down (never up) to the text width and the logo's height. */
function logoParagraph(logo: PrintCover['logo'], alignment: Alignment): IParagraphOptions[] {
  if (logo === null) return [];
  // A logo that is not the image it claims to be is left off rather than failing the whole strategy.
  const image = decodeImageBytes(logo.data);
  if (image === null || image.format !== logo.type) return [];
  const width = image.width * POINTS_PER_PIXEL;
  const height = image.height * POINTS_PER_PIXEL;
  const scale = Math.min(1, PRINT_CONTENT_WIDTH / width, PRINT_COVER.logoMaxHeight / height);
  return [
    {
      alignment,
      spacing: { before: 0, after: 0 },
      children: [
        new ImageRun({
          type: image.format,
          data: image.data,
          transformation: { width: Math.round((width * scale) / POINTS_PER_PIXEL), height: Math.round((height * scale) / POINTS_PER_PIXEL) },
          altText: { name: 'Logo', description: printableText(logo.alt), title: 'Logo' },
        }),
      ],
    },
  ];
}

/**
 * The title page, set as the PDF sets it: the same lines, sizes and gaps,
 * starting as far down the page (space before its first paragraph, which
 * every reader keeps at the top of a document); with "title-centred" every
 * line is centred. Blank fields are left out; the contents heading that
 * follows starts a new page.
 */
export function coverPage(cover: PrintCover, placement?: CoverPlacement): Paragraph[] {
  const alignment: Alignment = placement?.layout === 'title-centred' ? AlignmentType.CENTER : undefined;
  const headline = (text: string, type: TextStyle): IParagraphOptions[] => {
    const clean = printableText(text).trim();
    return clean === '' ? [] : [{ style: STYLE_IDS.coverHeadline, alignment, spacing: spacing(type), children: [new TextRun({ text: clean, size: type.size * 2 })] }];
  };
  const particulars: [string, string][] = [
    ['Date', cover.date],
    ['Version', cover.version],
    ['Owner', cover.owner],
  ];
  const details: IParagraphOptions[] = particulars.flatMap(([label, value]) => {
    const clean = printableText(value).trim();
    return clean === '' ? [] : [{ style: STYLE_IDS.coverDetail, alignment, children: [new TextRun({ text: `${label}: `, bold: true }), new TextRun(clean)] }];
  });
  const adoption = cover.adoption;
  if (adoption !== '') {
    const gap = details.length === 0 ? 0 : PRINT_COVER.adoptionGap;
    details.push({ style: STYLE_IDS.coverDetail, alignment, spacing: spacing(PRINT_COVER.detail, PRINT_COVER.detail.spaceBefore + gap), children: [new TextRun(adoption)] });
  }
  const [firstDetail, ...otherDetails] = details;
  const logoParagraphs = logoParagraph(cover.logo, alignment);
  const text: IParagraphOptions[] = [
    ...headline(cover.council, PRINT_COVER.council),
    { style: STYLE_IDS.title, alignment, text: printableText(cover.title) },
    ...headline(cover.period, PRINT_COVER.period),
    ...(firstDetail === undefined ? [] : [{ ...firstDetail, spacing: spacing(PRINT_COVER.detail, PRINT_COVER.detailsGap) }, ...otherDetails]),
  ];
  // After a logo, the text keeps the PDF's gap below it.
  const [firstText, ...restText] = text;
  const firstTextType = cover.council !== '' ? PRINT_COVER.council : PRINT_TYPE.coverTitle;
  const paragraphs = logoParagraphs.length === 0 || firstText === undefined ? text : [...logoParagraphs, { ...firstText, spacing: spacing(firstTextType, PRINT_COVER.logoGap) }, ...restText];
  const [first, ...rest] = paragraphs;
  if (first === undefined) return [];
  const top = placement?.top ?? 0;
  const opening = top > 0 ? { ...first, spacing: { ...first.spacing, before: twips(top) } } : first;
  return [opening, ...rest].map((options) => new Paragraph(options));
}
