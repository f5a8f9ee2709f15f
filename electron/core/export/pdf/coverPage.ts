import type { TextMeasurer } from './fonts.js';
import { setInline, type FontMetrics } from './inlineLayout.js';
import type { ImageSize } from './layout.js';
import { markContent, structElement, type Colour, type CoverPage, type Page, type StructElement, type TextRun } from './model.js';
import { slice, paginate, type Slice } from './paginate.js';
import { COLOURS, CONTENT_WIDTH, PAGE, type TextStyle } from './style.js';

/** The title page: the logo if there is one, council, title, period, then the document's particulars. Blank fields are left out. */

const COUNCIL: TextStyle = { size: 15, leading: 20, spaceBefore: 0 };
const TITLE: TextStyle = { size: 28, leading: 34, spaceBefore: 14 };
const PERIOD: TextStyle = { size: 15, leading: 20, spaceBefore: 10 };
const DETAIL: TextStyle = { size: 11, leading: 16, spaceBefore: 4 };
const DETAILS_GAP = 40;
/** Where the council name starts on a cover without a logo. */
const TEXT_TOP = PAGE.height * 0.22;
/** 40 mm: a logo is scaled down (never up) to fit this height and the text width. */
const LOGO_MAX_HEIGHT = (40 / 25.4) * 72;
const LOGO_GAP = 24;

export function layoutCoverPage(cover: CoverPage, parent: StructElement, measurer: TextMeasurer, metrics: FontMetrics, imageSize: (src: string) => ImageSize | null): Page {
  const logo = logoSlice(cover, parent, imageSize);
  const entries: { runs: TextRun[]; type: TextStyle; colour: Colour; spaceBefore?: number; role?: 'H1' }[] = [];
  if (cover.council !== '') entries.push({ runs: [{ text: cover.council, style: 'bold' }], type: COUNCIL, colour: COLOURS.heading });
  // The title is the document's first heading, at the level of the contents and section headings that follow it.
  entries.push({ runs: [{ text: cover.title, style: 'bold' }], type: TITLE, colour: COLOURS.heading, role: 'H1' });
  if (cover.period !== '') entries.push({ runs: [{ text: cover.period, style: 'bold' }], type: PERIOD, colour: COLOURS.heading });
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
  if (cover.approvingBody !== '') {
    entries.push({ runs: [{ text: `${cover.adoptionPhrase} ${cover.approvingBody}`, style: 'regular' }], type: DETAIL, colour: COLOURS.text, spaceBefore: firstDetail ? DETAILS_GAP : DETAIL.spaceBefore + 8 });
  }

  const textSlices = entries.flatMap((entry) => {
    const element = structElement(entry.role ?? 'P', parent);
    return setInline({ runs: entry.runs, x: PAGE.marginLeft, width: CONTENT_WIDTH, type: entry.type, colour: entry.colour, element }, measurer, metrics).map((line, index) =>
      slice(line.height, [line.item], { spaceBefore: index === 0 ? (entry.spaceBefore ?? entry.type.spaceBefore) : 0 }),
    );
  });
  // The logo sits above the council name, which stays where it would be without one unless the logo needs the room.
  const top = logo === null ? TEXT_TOP : Math.max(PAGE.marginTop, TEXT_TOP - logo.height - LOGO_GAP);
  const slices = logo === null ? textSlices : [logo, ...textSlices.map((text, index) => (index === 0 ? { ...text, spaceBefore: LOGO_GAP } : text))];
  // Everything is kept on the one page: an absurdly long title is cut rather than pushing the cover onto two.
  const pagination = paginate(slices, { top, bottom: PAGE.height - PAGE.marginBottom });
  return pagination.pages[0] as Page;
}

/**
 * The logo as a tagged Figure, described as the council's logo: on a
 * council's own strategy it says whose document this is, so a screen reader
 * should announce it rather than skip it as decoration.
 */
function logoSlice(cover: CoverPage, parent: StructElement, imageSize: (src: string) => ImageSize | null): Slice | null {
  if (cover.logo === null) return null;
  const size = imageSize(cover.logo.src);
  if (size === null) return null;
  const scale = Math.min(1, CONTENT_WIDTH / size.width, LOGO_MAX_HEIGHT / size.height);
  const width = size.width * scale;
  const height = size.height * scale;
  const element = structElement('Figure', parent, { alt: cover.logo.alt });
  return slice(height, [{ kind: 'image', src: cover.logo.src, x: PAGE.marginLeft, y: 0, width, height, mark: markContent(element) }]);
}
