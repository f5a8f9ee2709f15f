import type { CoverLayout } from '../../../../shared/model/houseStyle.js';
import { decodeImageBytes } from '../imageData.js';
import type { PrintCover } from '../printModel.js';
import { POINTS_PER_PIXEL, PRINT_CONTENT_WIDTH, PRINT_COVER, PRINT_TYPE, twips, type TextStyle } from '../printStyle.js';
import { printableText } from '../printableText.js';
import { STYLE_IDS } from './styles.js';
import type { RenderContext } from './context.js';
import { inlinePictureRun } from './drawing.js';
import { paragraph, textRun, type ParagraphLook, type Spacing } from './wordXml.js';

export interface CoverPlacement {
  layout: CoverLayout;
  /** Points from the top of the text area to the first line or logo: where the PDF starts its title page. */
  top: number;
}

/** A paragraph of the title page: how it is set, and its runs. */
interface CoverParagraph {
  look: ParagraphLook;
  content: string;
}

/** The PDF's line height and space above for a line of the title page. */
function spacing(type: TextStyle, before: number = type.spaceBefore): Spacing {
  return { before: twips(before), after: 0, line: twips(type.leading), lineRule: 'atLeast' };
}

/** As large as the PDF draws it: scaled down (never up) to the text width and the logo's height. */
function logoParagraph(logo: PrintCover['logo'], centred: boolean, context: RenderContext): CoverParagraph[] {
  if (logo === null) return [];
  // A logo that is not the image it claims to be is left off rather than failing the whole strategy.
  const image = decodeImageBytes(logo.data);
  if (image === null || image.format !== logo.type) return [];
  const width = image.width * POINTS_PER_PIXEL;
  const height = image.height * POINTS_PER_PIXEL;
  const scale = Math.min(1, PRINT_CONTENT_WIDTH / width, PRINT_COVER.logoMaxHeight / height);
  return [
    {
      look: { centred, spacing: { before: 0, after: 0 } },
      content: inlinePictureRun(
        {
          picture: { type: image.format, data: image.data },
          width: Math.round((width * scale) / POINTS_PER_PIXEL),
          height: Math.round((height * scale) / POINTS_PER_PIXEL),
          name: 'Logo',
          description: printableText(logo.alt),
          title: 'Logo',
        },
        context,
      ),
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
export function coverPage(cover: PrintCover, context: RenderContext, placement?: CoverPlacement): string {
  const centred = placement?.layout === 'title-centred';
  const headline = (text: string, type: TextStyle): CoverParagraph[] => {
    const clean = printableText(text).trim();
    return clean === '' ? [] : [{ look: { style: STYLE_IDS.coverHeadline, spacing: spacing(type), centred }, content: textRun(clean, { size: type.size * 2 }) }];
  };
  const particulars: [string, string][] = [
    ['Date', cover.date],
    ['Version', cover.version],
    ['Owner', cover.owner],
  ];
  const details: CoverParagraph[] = particulars.flatMap(([label, value]) => {
    const clean = printableText(value).trim();
    return clean === '' ? [] : [{ look: { style: STYLE_IDS.coverDetail, centred }, content: textRun(`${label}: `, { bold: true }) + textRun(clean) }];
  });
  const adoption = cover.adoption;
  if (adoption !== '') {
    const gap = details.length === 0 ? 0 : PRINT_COVER.adoptionGap;
    details.push({ look: { style: STYLE_IDS.coverDetail, spacing: spacing(PRINT_COVER.detail, PRINT_COVER.detail.spaceBefore + gap), centred }, content: textRun(adoption) });
  }
  const [firstDetail, ...otherDetails] = details;
  const logoParagraphs = logoParagraph(cover.logo, centred, context);
  const text: CoverParagraph[] = [
    ...headline(cover.council, PRINT_COVER.council),
    { look: { style: STYLE_IDS.title, centred }, content: textRun(printableText(cover.title)) },
    ...headline(cover.period, PRINT_COVER.period),
    ...(firstDetail === undefined ? [] : [withSpacing(firstDetail, spacing(PRINT_COVER.detail, PRINT_COVER.detailsGap)), ...otherDetails]),
  ];
  // After a logo, the text keeps the PDF's gap below it.
  const [firstText, ...restText] = text;
  const firstTextType = cover.council !== '' ? PRINT_COVER.council : PRINT_TYPE.coverTitle;
  const paragraphs = logoParagraphs.length === 0 || firstText === undefined ? text : [...logoParagraphs, withSpacing(firstText, spacing(firstTextType, PRINT_COVER.logoGap)), ...restText];
  const [first, ...rest] = paragraphs;
  if (first === undefined) return '';
  const top = placement?.top ?? 0;
  const opening = top > 0 ? withSpacing(first, { ...first.look.spacing, before: twips(top) }) : first;
  return [opening, ...rest].map((line) => paragraph(line.look, line.content)).join('');
}

function withSpacing(line: CoverParagraph, spacing: Spacing): CoverParagraph {
  return { ...line, look: { ...line.look, spacing } };
}
