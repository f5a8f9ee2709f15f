import { Document } from 'docx';
import type { CommentThread } from '../../../../shared/cowriting/commentThread.js';
import { ApiFailure } from '../../../../shared/api/errors.js';
import { storedMayHoldSuggestions } from '../../../../shared/cowriting/suggestMode.js';
import { headingParagraph, sectionBlocks } from './blocks.js';
import { commentEnd, commentStart, wordComments, type PlacedComment } from './comments.js';
import { contentsField } from './contents.js';
import { createRenderContext, type RenderContext } from './context.js';
import { coverPage } from './cover.js';
import { pageFurniture } from './headerFooter.js';
import { numberingDefinitions } from './lists/numbering.js';
import { documentProperties } from './properties.js';
import { printDocument, type PrintDocument, type PrintInput, type PrintSection } from '../printModel.js';
import { STYLE_IDS, documentStyles } from './styles.js';
import { contentsPages, printedPageCount } from './pageNumbers.js';
import { packDocx, type WordPackage } from './packDocx.js';
import { printedPages, type PrintedPages } from '../pdf/pagination.js';
import { acceptedDraft } from '../acceptedDraft.js';
import { PRINT_PAGE, PRINT_TYPE, twips } from '../printStyle.js';
import { printableText } from '../printableText.js';
import { bookmarkEnd, bookmarkStart, paragraph, textRun } from './wordXml.js';

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

const CONTENTS_HEADING = paragraph({ style: STYLE_IDS.contentsHeading, pageBreakBefore: true }, textRun('Contents'));

function sectionXml(section: PrintSection, context: RenderContext, comments: SectionComments): string {
  const id = context.nextBookmarkId();
  const title = printableText(section.heading);
  const inner = comments.orphaned.map(commentStart).join('') + bookmarkStart(section.bookmark, id) + textRun(title) + bookmarkEnd(id) + comments.orphaned.map(commentEnd).join('');
  const heading = headingParagraph(1, title, inner, context, section.pageBreakBefore);
  context.enterSection(comments.placed);
  const blocks = sectionBlocks(section.blocks, context);
  const unclosed = context.comments().remaining();
  return heading + blocks + (unclosed === '' ? '' : paragraph({}, unclosed));
}

/**
 * Makes every decision about the Word file: `docx`'s document for the
 * package's parts, and the body written from the print model. `printed`:
 * where the PDF of the same draft puts its contents entries; `model`: the
 * input's print model, when the caller has it.
 */
export function buildWordPackage(input: DocxExportInput, printed: PrintedPages, model: PrintDocument = printDocument(input)): WordPackage {
  const title = printableText(model.title);
  const houseStyle = model.houseStyle;
  const furniture = pageFurniture(title, model.markDraft, houseStyle.font);
  // Only comments on sections that are written out: a thread on a left-out section would have nowhere to sit.
  const shown = new Set(model.sections.map((section) => section.id));
  const comments = wordComments((input.comments ?? []).filter((thread) => shown.has(thread.sectionId)));
  const document = new Document({
    ...documentProperties(model.cover.fields, title, input.author, model.subject),
    styles: documentStyles({ houseStyle, contentsTight: printed.contentsTight, language: model.language }),
    numbering: { config: numberingDefinitions() },
    pageNumbers: printedPageCount(printed),
    comments: { children: comments.options },
    sections: [
      {
        properties: { titlePage: true, page: PAGE },
        headers: { default: furniture.header, first: furniture.firstHeader },
        footers: { default: furniture.footer, first: furniture.firstFooter },
        children: [],
      },
    ],
  });

  const context = createRenderContext(
    new Map(model.sections.flatMap((section) => (section.label === undefined ? [] : [[section.label, section.bookmark] as const]))),
    document.Numbering,
  );
  const cover = coverPage(model.cover, context, { layout: houseStyle.coverLayout, top: printed.coverTop - PRINT_PAGE.marginTop });
  const sections = model.sections
    .map((section) =>
      sectionXml(section, context, {
        placed: comments.placed.get(section.id) ?? [],
        orphaned: comments.orphaned.get(section.id) ?? [],
      }),
    )
    .join('');
  // The contents come before the sections but list their headings, so they are written once the sections are.
  const extras = context.extras();
  const contents = contentsField(extras.contents, contentsPages(printed, extras.contents.length));
  return { document, body: cover + CONTENTS_HEADING + contents + sections, extras };
}

/** The draft as a .docx file. Throws `ApiFailure('export-failed')` with a message for the user when it cannot be made. */
export async function exportDocx(input: DocxExportInput): Promise<Uint8Array> {
  const model = printDocument(input);
  // Paginated as the PDF prints it: with suggestions accepted, which is what the adopted strategy will read. Without any pending, that is the very model Word prints.
  // Read from the stored JSON, so the usual draft, with none pending, is not parsed a second time to find out.
  const pending = input.draft.sections.some((section) => storedMayHoldSuggestions(section.doc));
  const paginated = pending ? { ...input, draft: acceptedDraft(input.draft) } : input;
  const printed = printedPages(paginated, pending ? printDocument(paginated) : model);
  try {
    return packDocx(buildWordPackage(input, printed, model));
  } catch (error) {
    throw new ApiFailure('export-failed', 'The Word document could not be put together.', [(error as Error).message]);
  }
}
