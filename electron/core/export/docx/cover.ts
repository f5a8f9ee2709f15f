import { ImageRun, Paragraph, TextRun } from 'docx';
import type { CoverFields } from '../../../../shared/model/draft.js';
import { adoptionLine } from '../../../../shared/template/documentWords.js';
import type { DocumentWords } from '../../../../shared/template/template.js';
import { formatCoverDate, formatPeriod, strategyTitle } from '../coverText.js';
import { decodeImageBytes, displaySize } from '../imageData.js';
import { xmlSafeText } from '../xmlText.js';
import { STYLE_IDS } from './styles.js';

export interface Logo {
  data: Uint8Array;
  type: 'png' | 'jpg';
}

/** Logos wider than this would crowd the title; they are scaled down, keeping their shape. */
const LOGO_MAX_WIDTH = 220;
const LOGO_MAX_HEIGHT = 120;

function logoParagraph(logo: Logo | undefined, council: string): Paragraph[] {
  if (logo === undefined) return [];
  // A logo that is not the image it claims to be is left off rather than failing the whole strategy.
  const image = decodeImageBytes(logo.data);
  if (image === null || image.format !== logo.type) return [];
  const fitted = displaySize(image);
  const scale = Math.min(1, LOGO_MAX_WIDTH / fitted.width, LOGO_MAX_HEIGHT / fitted.height);
  return [
    new Paragraph({
      children: [
        new ImageRun({
          type: image.format,
          data: image.data,
          transformation: { width: Math.round(fitted.width * scale), height: Math.round(fitted.height * scale) },
          altText: { name: 'Logo', description: council === '' ? 'Council logo' : `${council} logo`, title: 'Logo' },
        }),
      ],
    }),
  ];
}

function detail(text: string, options: { bold?: boolean } = {}): Paragraph[] {
  const clean = xmlSafeText(text).trim();
  if (clean === '') return [];
  return [new Paragraph({ style: STYLE_IDS.coverDetail, children: [new TextRun({ text: clean, bold: options.bold })] })];
}

function labelled(label: string, value: string): Paragraph[] {
  const clean = xmlSafeText(value).trim();
  if (clean === '') return [];
  return [new Paragraph({ style: STYLE_IDS.coverDetail, children: [new TextRun({ text: `${label}: `, bold: true }), new TextRun(clean)] })];
}

/** The title page. Blank fields are left out; the contents heading that follows starts a new page. */
export function coverPage(cover: CoverFields, draftTitle: string, documentName: string, logo: Logo | undefined, words: DocumentWords): Paragraph[] {
  const council = xmlSafeText(cover.council).trim();
  return [
    ...logoParagraph(logo, council),
    ...detail(council, { bold: true }),
    new Paragraph({ style: STYLE_IDS.title, text: strategyTitle(cover, draftTitle, documentName) }),
    ...detail(formatPeriod(cover.periodStart, cover.periodEnd), { bold: true }),
    ...labelled('Date', formatCoverDate(cover.date)),
    ...labelled('Version', cover.version),
    ...labelled('Owner', cover.owner),
    ...detail(adoptionLine(words, cover.approvingBody)),
  ];
}
