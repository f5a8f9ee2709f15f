import { markContent, structElement, type TextMeasurer, type FontMetrics, type ImageSize, type Colour, type CoverPage, type Page, type StructElement, type TextRun } from './types.js';
import { setInline } from './inlineLayout.js';
import { slice, paginate, type Slice } from './paginate.js';
import { COLOURS, CONTENT_WIDTH, PAGE, TYPE, type TextStyle } from './style.js';
import type { CoverLayout } from '../../../../shared/model/houseStyle.js';
import { PRINT_COVER } from '../printStyle.js';

/** The title page: the logo if there is one, council, title, period, then the document's particulars. Blank fields are left out. */

const TITLE = TYPE.coverTitle;
const { council: COUNCIL, period: PERIOD, detail: DETAIL, detailsGap: DETAILS_GAP, adoptionGap: ADOPTION_GAP, logoMaxHeight: LOGO_MAX_HEIGHT, logoGap: LOGO_GAP, textTop: TEXT_TOP } = PRINT_COVER;

export interface CoverStyle {
  headingColour: Colour;
  layout: CoverLayout;
}

/**
 * "title-top": everything ranged left, the council name a fifth of the way
 * down with the logo above it. "title-centred": the logo and every line
 * centred across the page, the whole block centred down it.
 */
/** The title page, and where its first line or logo starts, in points from the top of the page. */
export function layoutCoverPage(
  cover: CoverPage,
  style: CoverStyle,
  parent: StructElement,
  measurer: TextMeasurer,
  metrics: FontMetrics,
  imageSize: (src: string) => ImageSize | null,
): { page: Page; top: number } {
  const centred = style.layout === 'title-centred';
  const logo = logoSlice(cover, parent, imageSize, centred);
  const entries: { runs: TextRun[]; type: TextStyle; colour: Colour; spaceBefore?: number; role?: 'H1' }[] = [];
  if (cover.council !== '') entries.push({ runs: [{ text: cover.council, style: 'bold' }], type: COUNCIL, colour: style.headingColour });
  // The title is the document's first heading, at the level of the contents and section headings that follow it.
  entries.push({ runs: [{ text: cover.title, style: 'bold' }], type: TITLE, colour: style.headingColour, role: 'H1' });
  if (cover.period !== '') entries.push({ runs: [{ text: cover.period, style: 'bold' }], type: PERIOD, colour: style.headingColour });
  const details: [string, string][] = [
    ['Date', cover.date],
    ['Version', cover.version],
    ['Owner', cover.owner],
  ];
  let firstDetail = true;
  for (const [label, value] of details) {
    if (value === '') continue;
    entries.push({ runs: [{ text: `${label}: `, style: 'bold' }, { text: value, style: 'regular' }], type: DETAIL, colour: COLOURS.text, spaceBefore: firstDetail ? DETAILS_GAP : DETAIL.spaceBefore });
    firstDetail = false;
  }
  if (cover.adoption !== '') {
    entries.push({ runs: [{ text: cover.adoption, style: 'regular' }], type: DETAIL, colour: COLOURS.text, spaceBefore: firstDetail ? DETAILS_GAP : DETAIL.spaceBefore + ADOPTION_GAP });
  }

  const textSlices = entries.flatMap((entry) => {
    const element = structElement(entry.role ?? 'P', parent);
    const align = centred ? 'centre' : undefined;
    return setInline({ runs: entry.runs, x: PAGE.marginLeft, width: CONTENT_WIDTH, type: entry.type, colour: entry.colour, element, align }, measurer, metrics).map((line, index) =>
      slice(line.height, [line.item], { spaceBefore: index === 0 ? (entry.spaceBefore ?? entry.type.spaceBefore) : 0 }),
    );
  });
  const slices = logo === null ? textSlices : [logo, ...textSlices.map((text, index) => (index === 0 ? { ...text, spaceBefore: LOGO_GAP } : text))];
  const bottom = PAGE.height - PAGE.marginBottom;
  // Everything is kept on the one page: an absurdly long title is cut rather than pushing the cover onto two.
  const top = centred ? centredTop(slices, bottom) : leftTop(logo);
  const pagination = paginate(slices, { top, bottom });
  return { page: pagination.pages[0] as Page, top };
}

/** The logo sits above the council name, which stays where it would be without one unless the logo needs the room. */
function leftTop(logo: Slice | null): number {
  return logo === null ? TEXT_TOP : Math.max(PAGE.marginTop, TEXT_TOP - logo.height - LOGO_GAP);
}

function centredTop(slices: readonly Slice[], bottom: number): number {
  const height = slices.reduce((sum, entry, index) => sum + entry.height + (index === 0 ? 0 : entry.spaceBefore), 0);
  return Math.max(PAGE.marginTop, PAGE.marginTop + (bottom - PAGE.marginTop - height) / 2);
}

/**
 * The logo as a tagged Figure, described as the council's logo: on a
 * council's own strategy it says whose document this is, so a screen reader
 * should announce it rather than skip it as decoration.
 */
function logoSlice(cover: CoverPage, parent: StructElement, imageSize: (src: string) => ImageSize | null, centred: boolean): Slice | null {
  if (cover.logo === null) return null;
  const size = imageSize(cover.logo.src);
  if (size === null) return null;
  const scale = Math.min(1, CONTENT_WIDTH / size.width, LOGO_MAX_HEIGHT / size.height);
  const width = size.width * scale;
  const height = size.height * scale;
  const element = structElement('Figure', parent, { alt: cover.logo.alt });
  const x = centred ? PAGE.marginLeft + (CONTENT_WIDTH - width) / 2 : PAGE.marginLeft;
  return slice(height, [{ kind: 'image', src: cover.logo.src, x, y: 0, width, height, mark: markContent(element) }]);
}
