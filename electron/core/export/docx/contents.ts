import type { ContentsHeading } from './context.js';
import { TEXT_WIDTH_TWIPS } from './tables.js';
import { internalHyperlink, paragraph, textRun } from './wordXml.js';

/**
 * The contents as Word's own field (TOC over headings 1 and 2, each entry a
 * link with a PAGEREF field), written with its results: the entries the
 * body's headings give, and for each the page the PDF paginator put it on,
 * so every reader shows page numbers as delivered (LibreOffice never
 * updates fields) and Word can still refresh them. The fields are written
 * clean, so Word does not ask to update them on opening.
 */

const INSTRUCTION = 'TOC \\h \\o &quot;1-2&quot;';

/** The contents' entries as one content control, as Word marks its own contents ("Table of Contents" gallery). */
const CONTROL_START =
  '<w:sdt><w:sdtPr><w:alias w:val="Contents"/><w:docPartObj><w:docPartGallery w:val="Table of Contents"/><w:docPartUnique/></w:docPartObj></w:sdtPr><w:sdtContent>';
const CONTROL_END = '</w:sdtContent></w:sdt>';

/**
 * The field ends in a paragraph of its own after the last entry. At the
 * body's line height that paragraph can fall onto a page of its own, and
 * the first section, which starts a page, would then start a page late: the
 * Word file would run one page behind the PDF. It is made a hairline (1 pt,
 * no spacing), which keeps the field whole and never takes a line.
 */
const HAIRLINE_END =
  '<w:p><w:pPr><w:spacing w:before="0" w:after="0" w:line="20" w:lineRule="exact"/><w:rPr><w:sz w:val="2"/><w:szCs w:val="2"/></w:rPr></w:pPr><w:r><w:rPr><w:sz w:val="2"/><w:szCs w:val="2"/></w:rPr><w:fldChar w:fldCharType="end"/></w:r></w:p>';

function pageReference(bookmark: string, page: number | undefined): string {
  const result = page === undefined ? '' : `<w:t xml:space="preserve">${page}</w:t>`;
  return `<w:r><w:fldChar w:fldCharType="begin"/><w:instrText xml:space="preserve">PAGEREF ${bookmark} \\h</w:instrText><w:fldChar w:fldCharType="separate"/>${result}<w:fldChar w:fldCharType="end"/></w:r>`;
}

/**
 * `pages`: the page of each entry, in order, or none when the paginator's
 * contents do not list the same headings (the results are then left blank
 * for Word to fill, rather than given wrong pages).
 */
export function contentsField(entries: readonly ContentsHeading[], pages: readonly number[] | null): string {
  if (entries.length === 0) {
    // Nothing to list yet: an empty field Word fills in when it opens the file.
    return `${CONTROL_START}<w:p><w:r><w:fldChar w:fldCharType="begin" w:dirty="true"/><w:instrText xml:space="preserve">${INSTRUCTION}</w:instrText><w:fldChar w:fldCharType="separate"/></w:r></w:p>${HAIRLINE_END}${CONTROL_END}`;
  }
  const paragraphs = entries.map((entry, index) => {
    const begin = index === 0 ? `<w:r><w:fldChar w:fldCharType="begin"/><w:instrText xml:space="preserve">${INSTRUCTION}</w:instrText><w:fldChar w:fldCharType="separate"/></w:r>` : '';
    const link = internalHyperlink(entry.bookmark, `${textRun(entry.title)}<w:r><w:tab/></w:r>${pageReference(entry.bookmark, pages?.[index])}`);
    return paragraph({ style: `TOC${entry.level}`, dottedRightTab: TEXT_WIDTH_TWIPS }, begin + link);
  });
  return `${CONTROL_START}${paragraphs.join('')}${HAIRLINE_END}${CONTROL_END}`;
}
