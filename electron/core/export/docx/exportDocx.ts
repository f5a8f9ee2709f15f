import { Bookmark, Document, HeadingLevel, Paragraph, TableOfContents, TextRun, type FileChild, type ParagraphChild } from 'docx';
import type { CommentThread } from '../../../../shared/cowriting/commentThread.js';
import { ApiFailure } from '../../../../shared/api/errors.js';
import { sectionBlocks } from './blocks.js';
import { commentEnd, commentStart, wordComments, type PlacedComment } from './comments.js';
import { createRenderContext, type RenderContext } from './context.js';
import { coverPage } from './cover.js';
import { pageFurniture } from './headerFooter.js';
import { numberingDefinitions } from './lists/numbering.js';
import { documentProperties } from './properties.js';
import { printDocument, type PrintDocument, type PrintInput, type PrintSection } from '../printModel.js';
import { STYLE_IDS, documentStyles } from './styles.js';
import { printedPageNumbers } from './pageNumbers.js';
import { packDocx } from './packDocx.js';
import { printedPages, type PrintedPages } from '../pdf/pagination.js';
import { acceptedDraft } from '../acceptedDraft.js';
import { PRINT_PAGE, PRINT_TYPE, twips } from '../printStyle.js';
import { printableText } from '../printableText.js';

export interface DocxExportInput extends PrintInput {
  /** Who is exporting, for the document's author when the cover names no owner. */
  author?: string;
  /** Open comment threads of the draft, written as Word comments on the words they are about. */
  comments?: readonly CommentThread[];
}

/** The comments of one section: those placed on its words, and those whose words are gone (put on its heading). */
interface SectionComments {
  placed: readonly PlacedComment[];
  orphaned: readonly number[];
}

/**
 * The PDF's page in twips (printStyle.ts). The header sits where the PDF
 * prints its running title, and the footer's line ends about where its
 * "Page N of M" does.
 */
const PAGE = {
  size: { width: twips(PRINT_PAGE.width), height: twips(PRINT_PAGE.height) },
  margin: {
    top: twips(PRINT_PAGE.marginTop),
    right: twips(PRINT_PAGE.marginRight),
    bottom: twips(PRINT_PAGE.marginBottom),
    left: twips(PRINT_PAGE.marginLeft),
    header: twips(PRINT_PAGE.headerBaseline - PRINT_TYPE.furniture.leading),
    footer: twips(PRINT_PAGE.height - PRINT_PAGE.footerBaseline - PRINT_TYPE.furniture.size / 2),
  },
};

/**
 * The same two levels as the PDF's contents, each entry a link with a
 * PAGEREF field whose result is the page the PDF paginator found
 * (pageNumbers.ts); Word can still update the fields.
 */
function contents(): FileChild[] {
  return [
    new Paragraph({ style: STYLE_IDS.contentsHeading, text: 'Contents', pageBreakBefore: true }),
    new TableOfContents('Contents', { hyperlink: true, headingStyleRange: '1-2' }),
  ];
}

function sectionChildren(section: PrintSection, context: RenderContext, comments: SectionComments): FileChild[] {
  const title: ParagraphChild[] = [new Bookmark({ id: section.bookmark, children: [new TextRun(printableText(section.heading))] })];
  const heading = new Paragraph({
    heading: HeadingLevel.HEADING_1,
    pageBreakBefore: section.pageBreakBefore,
    children: [...comments.orphaned.map(commentStart), ...title, ...comments.orphaned.flatMap(commentEnd)],
  });
  context.enterSection(comments.placed);
  const blocks = sectionBlocks(section.blocks, context);
  const unclosed = context.comments().remaining();
  return [heading, ...blocks, ...(unclosed.length > 0 ? [new Paragraph({ children: unclosed })] : [])];
}

/** Builds the Word document's object tree: every decision about the file is made here, none in the packer. `printed`: where the PDF of the same draft puts its contents entries; `model`: the input's print model, when the caller has it. */
export function buildDocxDocument(input: DocxExportInput, printed?: PrintedPages, model: PrintDocument = printDocument(input)): Document {
  const context = createRenderContext(new Map(model.sections.flatMap((section) => (section.label === undefined ? [] : [[section.label, section.bookmark] as const]))));
  const title = printableText(model.title);
  const houseStyle = model.houseStyle;
  const furniture = pageFurniture(title, model.markDraft, houseStyle.font);
  // Only comments on sections that are written out: a thread on a left-out section would have nowhere to sit.
  const shown = new Set(model.sections.map((section) => section.id));
  const comments = wordComments((input.comments ?? []).filter((thread) => shown.has(thread.sectionId)));
  const cover = coverPage(model.cover, {
    layout: houseStyle.coverLayout,
    top: printed === undefined ? 0 : printed.coverTop - PRINT_PAGE.marginTop,
  });
  const body = model.sections.flatMap((section) =>
    sectionChildren(section, context, {
      placed: comments.placed.get(section.id) ?? [],
      orphaned: comments.orphaned.get(section.id) ?? [],
    }),
  );

  return new Document({
    ...documentProperties(model.cover.fields, title, input.author, model.subject),
    styles: documentStyles({ houseStyle, contentsTight: printed?.contentsTight ?? false, language: model.language }),
    numbering: { config: numberingDefinitions() },
    ...(printed === undefined ? { features: { updateFields: true } } : { pageNumbers: printedPageNumbers(printed) }),
    comments: { children: comments.options },
    sections: [
      {
        properties: { titlePage: true, page: PAGE },
        headers: { default: furniture.header, first: furniture.firstHeader },
        footers: { default: furniture.footer, first: furniture.firstFooter },
        children: [...cover, ...contents(), ...body],
      },
    ],
  });
}

/** The draft as a .docx file. Throws `ApiFailure('export-failed')` with a message for the user when it cannot be made. */
export async function exportDocx(input: DocxExportInput): Promise<Uint8Array> {
  const model = printDocument(input);
  // Paginated as the PDF prints it: with suggestions accepted, which is what the adopted strategy will read. Without any pending, that is the very model Word prints.
  const accepted = acceptedDraft(input.draft);
  const pending = accepted.sections.some((section, index) => section !== input.draft.sections[index]);
  const paginated = { ...input, draft: accepted };
  const printed = printedPages(paginated, pending ? printDocument(paginated) : model);
  const document = buildDocxDocument(input, printed, model);
  try {
    return packDocx(document);
  } catch (error) {
    throw new ApiFailure('export-failed', 'The Word document could not be put together.', [(error as Error).message]);
  }
}
