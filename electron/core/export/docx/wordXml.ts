/**
 * The WordprocessingML the body of the document is written in, as strings.
 * The body is most of a strategy's file (hundreds of kilobytes of
 * paragraphs and runs), and building it as `docx` objects, then turning
 * those into XML objects and walking them again for the contents' fields,
 * cost several times what the rest of the export does; so the body is
 * written here directly, in the same elements, attributes and order `docx`
 * writes, and `docx` keeps the package's other parts (styles, numbering,
 * headers, footers, comments, properties). Pure functions: strings in,
 * strings out.
 */

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '"': '&quot;', "'": '&apos;', '<': '&lt;', '>': '&gt;' };

/** Text or an attribute value made safe for XML; characters XML 1.0 forbids are dropped, as `docx` drops them. */
export function escapeXml(text: string): string {
  return text.replace(/[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/g, (char) => ESCAPES[char] ?? '');
}

/** How a run of text looks: its character style, bold, italic, size (points), and a right-to-left script's language. */
export interface RunLook {
  style?: string;
  bold?: boolean;
  italic?: boolean;
  /** Half-points, as w:sz counts them. */
  size?: number;
  /** The language of an Arabic or Hebrew stretch (w:lang w:bidi), which also marks the run right to left. */
  rightToLeft?: string;
}

/** w:rPr in the schema's order, or nothing when the run takes its paragraph's look. */
export function runProperties(look: RunLook): string {
  let xml = '';
  if (look.style !== undefined) xml += `<w:rStyle w:val="${look.style}"/>`;
  if (look.bold === true) xml += '<w:b/><w:bCs/>';
  if (look.italic === true) xml += '<w:i/><w:iCs/>';
  if (look.size !== undefined) xml += `<w:sz w:val="${look.size}"/><w:szCs w:val="${look.size}"/>`;
  if (look.rightToLeft !== undefined) xml += `<w:rtl/><w:lang w:bidi="${look.rightToLeft}"/>`;
  return xml === '' ? '' : `<w:rPr>${xml}</w:rPr>`;
}

/** A run of text (w:t keeps its spaces). */
export function textRun(text: string, look: RunLook = {}): string {
  return `<w:r>${runProperties(look)}<w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>`;
}

export const LINE_BREAK_RUN = '<w:r><w:br/></w:r>';

/** Spacing in twips; `lineRule` "atLeast" keeps lines at least the PDF's leading. */
export interface Spacing {
  before?: number;
  after?: number;
  line?: number;
  lineRule?: 'atLeast';
}

export interface ParagraphLook {
  style?: string;
  pageBreakBefore?: boolean;
  /** A list paragraph: the concrete list (w:numId) and its level. */
  numbering?: { numId: number; level: number };
  spacing?: Spacing;
  /** Twips: a right-aligned tab stop with a dotted leader, as contents entries end in their page number. */
  dottedRightTab?: number;
  /** Twips from the left margin. */
  indentLeft?: number;
  centred?: boolean;
}

function spacingXml(spacing: Spacing): string {
  let attributes = '';
  if (spacing.after !== undefined) attributes += ` w:after="${spacing.after}"`;
  if (spacing.before !== undefined) attributes += ` w:before="${spacing.before}"`;
  if (spacing.line !== undefined) attributes += ` w:line="${spacing.line}"`;
  if (spacing.lineRule !== undefined) attributes += ` w:lineRule="${spacing.lineRule}"`;
  return `<w:spacing${attributes}/>`;
}

/** w:pPr in the schema's order, or nothing for a plain body paragraph. */
function paragraphProperties(look: ParagraphLook): string {
  let xml = '';
  if (look.style !== undefined) xml += `<w:pStyle w:val="${look.style}"/>`;
  if (look.pageBreakBefore === true) xml += '<w:pageBreakBefore/>';
  if (look.numbering !== undefined) xml += `<w:numPr><w:ilvl w:val="${look.numbering.level}"/><w:numId w:val="${look.numbering.numId}"/></w:numPr>`;
  if (look.dottedRightTab !== undefined) xml += `<w:tabs><w:tab w:val="right" w:pos="${look.dottedRightTab}" w:leader="dot"/></w:tabs>`;
  if (look.spacing !== undefined) xml += spacingXml(look.spacing);
  if (look.indentLeft !== undefined) xml += `<w:ind w:left="${look.indentLeft}"/>`;
  if (look.centred === true) xml += '<w:jc w:val="center"/>';
  return xml === '' ? '' : `<w:pPr>${xml}</w:pPr>`;
}

/** A paragraph of the given look around its content (runs, hyperlinks, bookmarks, comment marks). */
export function paragraph(look: ParagraphLook, content: string): string {
  const properties = paragraphProperties(look);
  return properties === '' && content === '' ? '<w:p/>' : `<w:p>${properties}${content}</w:p>`;
}

export function bookmarkStart(name: string, id: number): string {
  return `<w:bookmarkStart w:name="${escapeXml(name)}" w:id="${id}"/>`;
}

export function bookmarkEnd(id: number): string {
  return `<w:bookmarkEnd w:id="${id}"/>`;
}

/** A link to a bookmark in this document. */
export function internalHyperlink(anchor: string, content: string): string {
  return `<w:hyperlink w:history="1" w:anchor="${escapeXml(anchor)}">${content}</w:hyperlink>`;
}

/** A link through one of the document's relationships (a web address). */
export function externalHyperlink(relationshipId: string, content: string): string {
  return `<w:hyperlink w:history="1" r:id="${relationshipId}">${content}</w:hyperlink>`;
}
