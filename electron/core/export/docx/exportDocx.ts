import { Bookmark, Document, HeadingLevel, Packer, Paragraph, TableOfContents, TextRun, type FileChild, type ParagraphChild } from 'docx';
import type { CommentThread } from '../../../../shared/cowriting/commentThread.js';
import { ApiFailure } from '../../../../shared/api/errors.js';
import { coverFieldsSchema, type Draft } from '../../../../shared/model/draft.js';
import type { ContentLanguage } from '../../../../shared/model/language.js';
import type { Template } from '../../../../shared/template/template.js';
import { sectionBlocks } from './blocks.js';
import { commentEnd, commentStart, wordComments, type PlacedComment } from './comments.js';
import { createRenderContext, type RenderContext } from './context.js';
import { strategyTitle } from '../coverText.js';
import { coverPage, type Logo } from './cover.js';
import { pageFurniture } from './headerFooter.js';
import { numberingDefinitions } from './lists/numbering.js';
import { documentProperties } from './properties.js';
import { NOT_WRITTEN_NOTE, planSections, type PlannedSection } from '../sectionPlan.js';
import { STYLE_IDS, documentStyles } from './styles.js';

export interface DocxExportInput {
  draft: Draft;
  template: Template;
  /** Marks every page DRAFT and shows which sections are still to be written. */
  markDraft: boolean;
  logo?: Logo;
  /** Who is exporting, for the document's author when the cover names no owner. */
  author?: string;
  /** Open comment threads of the draft, written as Word comments on the words they are about. */
  comments?: readonly CommentThread[];
  /** The language the sections' text is in (a bilingual draft's Welsh document): Word's spell check and hyphenation follow it. */
  language?: ContentLanguage;
}

/** The comments of one section: those placed on its words, and those whose words are gone (put on its heading). */
interface SectionComments {
  placed: readonly PlacedComment[];
  orphaned: readonly number[];
}

/** A4 with 2.54 cm margins, in twips. */
const PAGE = { size: { width: 11906, height: 16838 }, margin: { top: 1440, right: 1440, bottom: 1440, left: 1440, header: 708, footer: 708 } };

function contents(): FileChild[] {
  return [
    new Paragraph({ style: STYLE_IDS.contentsHeading, text: 'Contents', pageBreakBefore: true }),
    // Word fills the entries and page numbers when it opens the file (updateFields below).
    new TableOfContents('Contents', { hyperlink: true, headingStyleRange: '1-3' }),
  ];
}

function sectionChildren(section: PlannedSection, startsPage: boolean, markDraft: boolean, context: RenderContext, comments: SectionComments): FileChild[] {
  const title: ParagraphChild[] = [new Bookmark({ id: section.bookmark, children: [new TextRun(section.heading)] })];
  const heading = new Paragraph({
    heading: HeadingLevel.HEADING_1,
    pageBreakBefore: startsPage || undefined,
    children: [...comments.orphaned.map(commentStart), ...title, ...comments.orphaned.flatMap(commentEnd)],
  });
  if (section.content !== null) {
    context.enterSection(section.content, comments.placed);
    const blocks = sectionBlocks(section.content, context);
    const unclosed = context.comments().remaining();
    return [heading, ...blocks, ...(unclosed.length > 0 ? [new Paragraph({ children: unclosed })] : [])];
  }
  return markDraft ? [heading, new Paragraph({ style: STYLE_IDS.draftNote, text: NOT_WRITTEN_NOTE })] : [heading];
}

/** Builds the Word document's object tree: every decision about the file is made here, none in the packer. */
export function buildDocxDocument(input: DocxExportInput): Document {
  const cover = coverFieldsSchema.safeParse(input.draft.cover);
  if (!cover.success) throw new ApiFailure('export-failed', 'The title page fields could not be read, so the strategy was not exported.', cover.error.issues.map((issue) => issue.message));

  const planned = planSections(input.draft, input.template);
  const context = createRenderContext(new Map(planned.flatMap((section) => (section.label === undefined ? [] : [[section.label, section.bookmark] as const]))));
  const title = strategyTitle(cover.data, input.draft.title, input.template.export.documentName);
  const furniture = pageFurniture(title, input.markDraft);
  // Only comments on sections that are written out: a thread on a left-out section would have nowhere to sit.
  const shown = new Set(planned.map((section) => section.id));
  const comments = wordComments((input.comments ?? []).filter((thread) => shown.has(thread.sectionId)));

  return new Document({
    ...documentProperties(cover.data, title, input.author, input.template.export.documentName),
    styles: documentStyles(input.language),
    numbering: { config: numberingDefinitions() },
    features: { updateFields: true },
    comments: { children: comments.options },
    sections: [
      {
        properties: { titlePage: true, page: PAGE },
        headers: { default: furniture.header, first: furniture.firstHeader },
        footers: { default: furniture.footer, first: furniture.firstFooter },
        children: [
          ...coverPage(cover.data, input.draft.title, input.template.export.documentName, input.logo),
          ...contents(),
          // The body starts after the contents page and each appendix on a page of its own; main sections run on.
          ...planned.flatMap((section, index) =>
            sectionChildren(section, index === 0 || section.appendix, input.markDraft, context, {
              placed: comments.placed.get(section.id) ?? [],
              orphaned: comments.orphaned.get(section.id) ?? [],
            }),
          ),
        ],
      },
    ],
  });
}

/** The draft as a .docx file. Throws `ApiFailure('export-failed')` with a message for the user when it cannot be made. */
export async function exportDocx(input: DocxExportInput): Promise<Uint8Array> {
  const document = buildDocxDocument(input);
  try {
    return new Uint8Array(await Packer.toBuffer(document));
  } catch (error) {
    throw new ApiFailure('export-failed', 'The Word document could not be put together.', [(error as Error).message]);
  }
}
