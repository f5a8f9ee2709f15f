import type { TextMeasurer } from './fonts.js';
import { setInline, type FontMetrics } from './inlineLayout.js';
import { structElement, type Colour, type CoverPage, type Page, type StructElement, type TextRun } from './model.js';
import { slice, paginate } from './paginate.js';
import { COLOURS, CONTENT_WIDTH, PAGE, type TextStyle } from './style.js';

/** The title page: council, title, period, then the document's particulars. Blank fields are left out. */

const COUNCIL: TextStyle = { size: 15, leading: 20, spaceBefore: 0 };
const TITLE: TextStyle = { size: 28, leading: 34, spaceBefore: 14 };
const PERIOD: TextStyle = { size: 15, leading: 20, spaceBefore: 10 };
const DETAIL: TextStyle = { size: 11, leading: 16, spaceBefore: 4 };
const DETAILS_GAP = 40;

export function layoutCoverPage(cover: CoverPage, parent: StructElement, measurer: TextMeasurer, metrics: FontMetrics): Page {
  const entries: { runs: TextRun[]; type: TextStyle; colour: Colour; spaceBefore?: number }[] = [];
  if (cover.council !== '') entries.push({ runs: [{ text: cover.council, style: 'bold' }], type: COUNCIL, colour: COLOURS.heading });
  entries.push({ runs: [{ text: cover.title, style: 'bold' }], type: TITLE, colour: COLOURS.heading });
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
    entries.push({ runs: [{ text: `For adoption by ${cover.approvingBody}`, style: 'regular' }], type: DETAIL, colour: COLOURS.text, spaceBefore: firstDetail ? DETAILS_GAP : DETAIL.spaceBefore + 8 });
  }

  const slices = entries.flatMap((entry) => {
    const element = structElement('P', parent);
    return setInline({ runs: entry.runs, x: PAGE.marginLeft, width: CONTENT_WIDTH, type: entry.type, colour: entry.colour, element }, measurer, metrics).map((line, index) =>
      slice(line.height, [line.item], { spaceBefore: index === 0 ? (entry.spaceBefore ?? entry.type.spaceBefore) : 0 }),
    );
  });
  // Everything is kept on the one page: an absurdly long title is cut rather than pushing the cover onto two.
  const pagination = paginate(slices, { top: PAGE.height * 0.22, bottom: PAGE.height - PAGE.marginBottom });
  return pagination.pages[0] as Page;
}
