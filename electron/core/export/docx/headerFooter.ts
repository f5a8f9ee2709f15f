import { Footer, Header, PageNumber, Paragraph, TabStopType, TextRun } from 'docx';
import { TextWatermark } from 'docx/watermarks';
import { TEXT_WIDTH_TWIPS } from './tables.js';

export const DRAFT_LABEL = 'DRAFT';

/**
 * A draft carries "DRAFT" twice: in the running header, and as a large grey
 * watermark across every page, which Word draws behind the text and lets
 * an editor remove through Design > Watermark once the strategy is final.
 */
function watermark(font: string): TextWatermark {
  return new TextWatermark({ text: DRAFT_LABEL, font, color: 'C0C0C0', opacity: 0.5, bold: true });
}

export interface PageFurniture {
  /** The cover page: nothing but the watermark, so the title page stays clean. */
  firstHeader: Header;
  firstFooter: Footer;
  header: Header;
  footer: Footer;
}

export function pageFurniture(title: string, markDraft: boolean, font: string): PageFurniture {
  const watermarkRun = markDraft ? [watermark(font)] : [];
  const headerLine = new Paragraph({
    style: 'Header',
    tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH_TWIPS }],
    children: [new TextRun(title), ...(markDraft ? [new TextRun({ text: `\t${DRAFT_LABEL}`, bold: true, color: 'A50021' })] : []), ...watermarkRun],
  });
  const pageOfPages = new Paragraph({
    style: 'Footer',
    children: [new TextRun({ children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES] })],
  });
  return {
    firstHeader: new Header({ children: [new Paragraph({ style: 'Header', children: markDraft ? [watermark(font)] : [] })] }),
    firstFooter: new Footer({ children: [new Paragraph({ style: 'Footer' })] }),
    header: new Header({ children: [headerLine] }),
    footer: new Footer({ children: [pageOfPages] }),
  };
}
