import type { Mark, Node } from 'prosemirror-model';
import { ApiFailure } from '../../../../shared/api/errors.js';
import { coverFieldsSchema, type Draft } from '../../../../shared/model/draft.js';
import { LANGUAGE_TAGS, type ContentLanguage } from '../../../../shared/model/language.js';
import { safeHref } from '../../../../shared/model/safeHref.js';
import type { Template } from '../../../../shared/template/template.js';
import { asHeading, formatCoverDate, formatPeriod, strategyTitle } from '../coverText.js';
import { findCrossReferences, searchableText, splitAtReferences } from '../crossReferences.js';
import { NOT_WRITTEN_NOTE, planSections } from '../sectionPlan.js';
import { COVER_LOGO_SRC, coverLogoAlt } from './coverLogo.js';
import { pdfColour } from './style.js';
import { DEFAULT_HOUSE_STYLE, type HouseStyle } from '../../../../shared/model/houseStyle.js';
import type { FontStyle, Block, InlineLink, StrategyDocument, TableCell, TextRun } from './types.js';
import { PDF_LANGUAGE } from './metadata.js';

/**
 * Turns a draft into the typesetter's blocks. Which sections appear, their
 * numbers and the DRAFT note follow the Word export's plan, so the two
 * exports of one draft always agree.
 */

export interface DocumentInput {
  draft: Draft;
  template: Template;
  markDraft: boolean;
  houseStyle?: HouseStyle;
  language?: ContentLanguage;
}

/** Makes text printable with the embedded fonts (see `FontSet.coverText`). */
export type TextCover = (text: string) => string;

/** `hasLogo`: a logo was embedded for the title page. */
export function strategyDocument(input: DocumentInput, cover: TextCover, hasLogo: boolean): StrategyDocument {
  const fields = coverFieldsSchema.safeParse(input.draft.cover);
  if (!fields.success) throw new ApiFailure('export-failed', 'The title page fields could not be read, so the strategy was not exported.', fields.error.issues.map((issue) => issue.message));
  const plan = planSections(input.draft, input.template);
  const language = LANGUAGE_TAGS[input.language ?? 'en'];
  // Section titles come from the pack, in English, whatever the language of the text under them.
  const english = language === PDF_LANGUAGE ? undefined : PDF_LANGUAGE;
  // Section headings take the first anchors, so a reference to a later section can link before its heading is built.
  const sectionAnchors = new Map(plan.flatMap((section, index) => (section.label === undefined ? [] : [[section.label, index] as const])));
  const builder = new BlockBuilder(cover, sectionAnchors, plan.length);
  plan.forEach((section, index) => {
    builder.heading(1, [{ text: section.heading, style: 'bold' }], true, builder.out, index, english);
    if (section.content !== null) builder.blocks(section.content);
    else if (input.markDraft) builder.out.push({ kind: 'paragraph', runs: [{ text: NOT_WRITTEN_NOTE, style: 'italic' }], variant: 'note' });
  });
  const title = cover(strategyTitle(fields.data, input.draft.title, input.template.export.documentName));
  const council = cover(fields.data.council.trim());
  const houseStyle = input.houseStyle ?? DEFAULT_HOUSE_STYLE;
  return {
    title,
    subject: asHeading(input.template.export.documentName),
    cover: {
      logo: hasLogo ? { src: COVER_LOGO_SRC, alt: coverLogoAlt(council) } : null,
      council,
      title,
      period: formatPeriod(fields.data.periodStart, fields.data.periodEnd),
      date: formatCoverDate(fields.data.date),
      version: cover(fields.data.version.trim()),
      owner: cover(fields.data.owner.trim()),
      approvingBody: cover(fields.data.approvingBody.trim()),
      adoptionPhrase: cover(input.template.words.adoptionPhrase),
    },
    blocks: builder.out,
    markDraft: input.markDraft,
    headingColour: pdfColour(houseStyle.headingColour),
    coverLayout: houseStyle.coverLayout,
    language,
  };
}

class BlockBuilder {
  readonly out: Block[] = [];
  private nextAnchor: number;

  /** `sectionAnchors`: label of each numbered section ("4", "Appendix B") → its heading's anchor, all below `firstFreeAnchor`. */
  constructor(
    private readonly cover: TextCover,
    private readonly sectionAnchors: ReadonlyMap<string, number>,
    firstFreeAnchor: number,
  ) {
    this.nextAnchor = firstFreeAnchor;
  }

  heading(level: 1 | 2 | 3, runs: TextRun[], pageBreakBefore: boolean, into: Block[] = this.out, anchorId?: number, lang?: string): void {
    const covered = runs.map((run) => ({ ...run, text: this.cover(run.text) }));
    const title = covered.map((run) => run.text).join('').replace(/\s+/g, ' ').trim();
    if (title === '') return;
    into.push({ kind: 'heading', level, runs: covered, title, anchorId: anchorId ?? this.nextAnchor++, pageBreakBefore, inContents: level <= 2, ...(lang === undefined ? {} : { lang }) });
  }

  blocks(parent: Node, into: Block[] = this.out): void {
    parent.forEach((node) => this.block(node, into));
  }

  private block(node: Node, into: Block[]): void {
    switch (node.type.name) {
      case 'paragraph': {
        const runs = this.inline(node);
        if (runs.some((run) => run.text.trim() !== '')) into.push({ kind: 'paragraph', runs, variant: 'body' });
        return;
      }
      case 'heading':
        this.heading(node.attrs['level'] === 3 ? 3 : 2, this.inline(node, 'bold'), false, into);
        return;
      case 'bullet_list':
      case 'ordered_list': {
        const items: Block[][] = [];
        node.forEach((item) => {
          const content: Block[] = [];
          this.blocks(item, content);
          items.push(content);
        });
        const start = node.attrs['order'];
        into.push({ kind: 'list', ordered: node.type.name === 'ordered_list', start: typeof start === 'number' && start > 0 ? Math.floor(start) : 1, items });
        return;
      }
      case 'table': {
        const rows: TableCell[][] = [];
        node.forEach((row) => {
          const cells: TableCell[] = [];
          row.forEach((cell) => {
            const paragraphs: TextRun[][] = [];
            cell.forEach((paragraph) => paragraphs.push(this.inline(paragraph, cell.type.name === 'table_header' ? 'bold' : 'regular')));
            const colspan = cell.attrs['colspan'];
            cells.push({ header: cell.type.name === 'table_header', colspan: typeof colspan === 'number' && colspan > 1 ? Math.floor(colspan) : 1, paragraphs });
          });
          if (cells.length > 0) rows.push(cells);
        });
        if (rows.length > 0) into.push({ kind: 'table', rows, headerRow: rows[0]?.every((cell) => cell.header) ?? false });
        return;
      }
      case 'image':
        into.push({ kind: 'image', src: String(node.attrs['src']), alt: this.cover(String(node.attrs['alt'] ?? '').trim()) });
        return;
      default:
        // The schema admits nothing else at block level; anything with content is kept as text rather than lost.
        if (node.isTextblock) into.push({ kind: 'paragraph', runs: this.inline(node), variant: 'body' });
        else this.blocks(node, into);
    }
  }

  private inline(node: Node, base: 'regular' | 'bold' = 'regular'): TextRun[] {
    const runs: TextRun[] = [];
    let openLink: { href: string; link: InlineLink } | null = null;
    const children: Node[] = [];
    node.forEach((child) => children.push(child));
    const references = findCrossReferences(searchableText(children), this.sectionAnchors);
    // One link object per reference, so a reference that spans two runs is one Link element.
    const referenceLinks = new Map<string, InlineLink>();
    const referenceLink = (label: string): InlineLink | undefined => {
      const anchorId = this.sectionAnchors.get(label);
      if (anchorId === undefined) return undefined;
      const link = referenceLinks.get(label) ?? { target: { kind: 'anchor', anchorId, inText: true } };
      referenceLinks.set(label, link);
      return link;
    };
    node.forEach((child, offset) => {
      const style = fontStyle(child.marks, base);
      const href = linkHref(child.marks);
      let link: InlineLink | undefined;
      if (href !== null) {
        if (openLink === null || openLink.href !== href) openLink = { href, link: { target: { kind: 'uri', href } } };
        link = openLink.link;
      } else {
        openLink = null;
      }
      if (child.type.name === 'hard_break') {
        runs.push(link ? { text: '\n', style, link } : { text: '\n', style });
        return;
      }
      // Text inside a web link keeps the writer's target; only plain text is searched for cross-references.
      const pieces = link ? [{ text: child.text ?? '', anchor: link }] : splitAtReferences(child.text ?? '', offset, references, referenceLink);
      for (const piece of pieces) {
        const text = this.cover(piece.text);
        if (text !== '') runs.push(piece.anchor ? { text, style, link: piece.anchor } : { text, style });
      }
    });
    return runs;
  }
}

function fontStyle(marks: readonly Mark[], base: 'regular' | 'bold'): FontStyle {
  const bold = base === 'bold' || marks.some((mark) => mark.type.name === 'strong');
  const italic = marks.some((mark) => mark.type.name === 'em');
  if (bold) return italic ? 'boldItalic' : 'bold';
  return italic ? 'italic' : 'regular';
}

/** Only web and e-mail links become clickable; the schema already refuses others, this guards stored data too. */
function linkHref(marks: readonly Mark[]): string | null {
  const mark = marks.find((candidate) => candidate.type.name === 'link');
  if (mark === undefined) return null;
  const href = safeHref(String(mark.attrs['href'] ?? ''));
  return href !== null && /^(https?:|mailto:)/i.test(href) ? href : null;
}
