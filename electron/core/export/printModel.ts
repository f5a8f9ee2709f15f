import type { Mark, Node } from 'prosemirror-model';
import { ApiFailure } from '../../../shared/api/errors.js';
import type { SuggestionAttrs } from '../../../shared/cowriting/suggestMode.js';
import { coverFieldsSchema, type CoverFields, type Draft } from '../../../shared/model/draft.js';
import { DEFAULT_HOUSE_STYLE, type HouseStyle } from '../../../shared/model/houseStyle.js';
import type { ContentLanguage } from '../../../shared/model/language.js';
import type { ParsedLogo } from '../../../shared/model/logo.js';
import { safeHref } from '../../../shared/model/safeHref.js';
import { adoptionLine } from '../../../shared/template/documentWords.js';
import type { Template } from '../../../shared/template/template.js';
import { asHeading, formatCoverDate, formatPeriod, strategyTitle } from './coverText.js';
import { findCrossReferences, searchableText, splitAtReferences } from './crossReferences.js';
import { printableText } from './printableText.js';
import { NOT_WRITTEN_NOTE, planSections } from './sectionPlan.js';

/**
 * The strategy as it will print, in neither format's terms: which sections,
 * their numbers, headings and anchors, the title page, and each section's
 * blocks with their runs already cut at cross-references and web links. The
 * Word and PDF exporters each render this one model, so they cannot differ
 * on what is printed, only on how (styles and twips in Word, fonts and
 * points in the PDF). Nothing here knows XML or pdf-lib.
 */

/** Where a run links: a web or e-mail address, or a numbered section or appendix of this document (by its label). */
export type PrintLink = { kind: 'web'; href: string } | { kind: 'section'; label: string };

/** A suggestion still pending on a run: Word shows it as a tracked change (the PDF is made from the draft with suggestions accepted). */
export interface PrintChange extends SuggestionAttrs {
  kind: 'insertion' | 'deletion';
}

/** A stretch of text in one style with one link, or a line break. */
export interface PrintRun {
  kind: 'text' | 'break';
  /** "\n" for a line break. */
  text: string;
  bold: boolean;
  italic: boolean;
  link?: PrintLink;
  change?: PrintChange;
  /** Where the run starts in the section as stored (empty headings included), so Word can place comments on the words they were made on. */
  at: number;
}

export interface PrintHeading {
  kind: 'heading';
  /** Headings inside a section; the section's own title is level 1. */
  level: 2 | 3;
  runs: PrintRun[];
}

export interface PrintParagraph {
  kind: 'paragraph';
  runs: PrintRun[];
}

/** The "not written yet" line of a draft's empty required section. */
export interface PrintNote {
  kind: 'note';
  text: string;
}

export interface PrintListItem {
  /** The item's opening paragraph, which carries its number or bullet (kept even when blank, so the item keeps its place); null when the item opens with something else. */
  lead: PrintRun[] | null;
  /** What follows the opening paragraph: further paragraphs, nested lists and so on. */
  blocks: PrintBlock[];
}

export interface PrintList {
  kind: 'list';
  ordered: boolean;
  start: number;
  items: PrintListItem[];
}

export interface PrintCell {
  header: boolean;
  colspan: number;
  rowspan: number;
  /** Every paragraph of the cell, blank ones too: a cell is structure, not spacing. */
  paragraphs: PrintRun[][];
}

export interface PrintTable {
  kind: 'table';
  rows: PrintCell[][];
}

export interface PrintImage {
  kind: 'image';
  /** The picture as a data URL (PNG, JPEG or a chart's SVG). */
  src: string;
  alt: string;
}

export type PrintBlock = PrintHeading | PrintParagraph | PrintNote | PrintList | PrintTable | PrintImage;

export interface PrintSection {
  id: string;
  /** "4. Our vision", "Appendix B: Board terms of reference", or a bare title for front matter. Always in English: section titles come from the pack. */
  heading: string;
  /** "4" or "Appendix B", as cross-references name it; undefined for front matter. */
  label: string | undefined;
  /** The heading's anchor: a valid Word bookmark name, and the PDF's destination. */
  bookmark: string;
  /** Every main section starts a new page. */
  pageBreakBefore: true;
  blocks: PrintBlock[];
}

export interface PrintCover {
  /** The validated title page fields, for the file's properties. */
  fields: CoverFields;
  council: string;
  title: string;
  /** "2025 to 2028", or empty. */
  period: string;
  /** "3 November 2025", or empty. */
  date: string;
  version: string;
  owner: string;
  /** Who adopts it, in the pack's words ("For adoption by Full Council"), or empty when no body is named. */
  adoption: string;
  logo: (ParsedLogo & { alt: string }) | null;
}

export interface PrintDocument {
  title: string;
  /** What kind of document this is ("Corporate parenting strategy"). */
  subject: string;
  cover: PrintCover;
  sections: PrintSection[];
  markDraft: boolean;
  /** The language the sections' text is in. */
  language: ContentLanguage;
  houseStyle: HouseStyle;
}

/** What both exporters are given: each adds only what its format needs. */
export interface PrintInput {
  draft: Draft;
  template: Template;
  /** Marks every page DRAFT and shows which sections are still to be written. */
  markDraft: boolean;
  /** The council's logo for the title page, already checked to be a PNG or JPEG. */
  logo?: ParsedLogo;
  /** The library's house style; without one, the defaults. */
  houseStyle?: HouseStyle;
  /** The language the sections' text is in (a bilingual draft's Welsh document): the document's language, for spell check and reading aloud. */
  language?: ContentLanguage;
}

/** The draft as both exporters print it. Throws `ApiFailure('export-failed')` when the title page fields or a section cannot be read. */
export function printDocument(input: PrintInput): PrintDocument {
  const fields = coverFieldsSchema.safeParse(input.draft.cover);
  if (!fields.success) throw new ApiFailure('export-failed', 'The title page fields could not be read, so the strategy was not exported.', fields.error.issues.map((issue) => issue.message));
  const plan = planSections(input.draft, input.template);
  const labels = new Set(plan.flatMap((section) => (section.label === undefined ? [] : [section.label])));
  const title = strategyTitle(fields.data, input.draft.title, input.template.export.documentName);
  const council = printableText(fields.data.council).trim();
  return {
    title,
    subject: asHeading(input.template.export.documentName),
    cover: {
      fields: fields.data,
      council,
      title,
      period: formatPeriod(fields.data.periodStart, fields.data.periodEnd),
      date: formatCoverDate(fields.data.date),
      version: printableText(fields.data.version).trim(),
      owner: printableText(fields.data.owner).trim(),
      adoption: printableText(adoptionLine(input.template.words, fields.data.approvingBody)).trim(),
      logo: input.logo === undefined ? null : { ...input.logo, alt: council === '' ? 'Council logo' : `${council} logo` },
    },
    sections: plan.map((section) => ({
      id: section.id,
      heading: section.heading,
      label: section.label,
      bookmark: section.bookmark,
      pageBreakBefore: true,
      blocks: section.content !== null ? printBlocks(section.content, labels, section.stored ?? section.content) : input.markDraft ? [{ kind: 'note', text: NOT_WRITTEN_NOTE }] : [],
    })),
    markDraft: input.markDraft,
    language: input.language ?? 'en',
    houseStyle: input.houseStyle ?? DEFAULT_HOUSE_STYLE,
  };
}

/**
 * A section's document as print blocks; `labels`: the numbered sections ("4",
 * "Appendix B") a cross-reference may link to. `stored` is the section as
 * saved, which `doc` may shorten by leaving out empty headings: runs take
 * their positions from it, because comment anchors were made on it.
 */
export function printBlocks(doc: Node, labels: ReadonlySet<string>, stored: Node = doc): PrintBlock[] {
  return new SectionReader(stored, labels).blocks(doc);
}

/** A paragraph typed for spacing: the styles space blocks, so it is left out. */
function isBlank(node: Node): boolean {
  return node.textContent.trim() === '';
}

function positiveInteger(value: unknown, fallback = 1): number {
  return typeof value === 'number' && value >= 1 ? Math.floor(value) : fallback;
}

/** Reads one section's document into print blocks, knowing where each text block starts in the section as stored. */
class SectionReader {
  private readonly starts = new WeakMap<Node, number>();

  constructor(
    stored: Node,
    private readonly labels: ReadonlySet<string>,
  ) {
    stored.descendants((node, position) => {
      if (!node.isTextblock) return true;
      this.starts.set(node, position + 1);
      return false;
    });
  }

  blocks(parent: Node): PrintBlock[] {
    const blocks: PrintBlock[] = [];
    parent.forEach((node) => blocks.push(...this.block(node)));
    return blocks;
  }

  private block(node: Node): PrintBlock[] {
    switch (node.type.name) {
      case 'paragraph':
        return isBlank(node) ? [] : [{ kind: 'paragraph', runs: this.runs(node) }];
      case 'heading':
        return isBlank(node) ? [] : [{ kind: 'heading', level: node.attrs['level'] === 3 ? 3 : 2, runs: this.runs(node) }];
      case 'bullet_list':
      case 'ordered_list':
        return [this.list(node)];
      case 'table':
        return [this.table(node)];
      case 'image':
        return [{ kind: 'image', src: typeof node.attrs['src'] === 'string' ? node.attrs['src'] : '', alt: typeof node.attrs['alt'] === 'string' ? node.attrs['alt'].trim() : '' }];
      default:
        // The schema admits nothing else at block level; anything with content is kept as text rather than lost.
        return node.isTextblock ? [{ kind: 'paragraph', runs: this.runs(node) }] : this.blocks(node);
    }
  }

  private list(list: Node): PrintList {
    const items: PrintListItem[] = [];
    list.forEach((item) => {
      const first = item.firstChild;
      const lead = first !== null && first.type.name === 'paragraph' ? this.runs(first) : null;
      const blocks: PrintBlock[] = [];
      item.forEach((block, _offset, index) => {
        if (index > 0 || lead === null) blocks.push(...this.block(block));
      });
      items.push({ lead, blocks });
    });
    return { kind: 'list', ordered: list.type.name === 'ordered_list', start: list.type.name === 'ordered_list' ? positiveInteger(list.attrs['order']) : 1, items };
  }

  private table(table: Node): PrintTable {
    const rows: PrintCell[][] = [];
    table.forEach((row) => {
      const cells: PrintCell[] = [];
      row.forEach((cell) => {
        const paragraphs: PrintRun[][] = [];
        cell.forEach((paragraph) => paragraphs.push(this.runs(paragraph)));
        cells.push({ header: cell.type.name === 'table_header', colspan: positiveInteger(cell.attrs['colspan']), rowspan: positiveInteger(cell.attrs['rowspan']), paragraphs });
      });
      rows.push(cells);
    });
    return { kind: 'table', rows };
  }

  /**
   * The runs of a text block. Plain text is cut where it refers to a
   * numbered section of this document; text inside a web link keeps the
   * writer's target, and a pending suggestion is left as written.
   */
  private runs(block: Node): PrintRun[] {
    const start = this.starts.get(block) ?? 0;
    const children: Node[] = [];
    block.forEach((child) => children.push(child));
    const references = findCrossReferences(searchableText(children), this.labels);
    const runs: PrintRun[] = [];
    block.forEach((child, offset) => {
      const style = { bold: child.marks.some((mark) => mark.type.name === 'strong'), italic: child.marks.some((mark) => mark.type.name === 'em') };
      const href = linkHref(child.marks);
      const web: PrintLink | undefined = href === null ? undefined : { kind: 'web', href };
      const change = changeOf(child.marks);
      const at = start + offset;
      if (child.type.name === 'hard_break') {
        runs.push({ kind: 'break', text: '\n', ...style, ...(web === undefined ? {} : { link: web }), at });
        return;
      }
      const text = child.text ?? '';
      if (web !== undefined || change !== null) {
        runs.push({ kind: 'text', text, ...style, ...(web === undefined ? {} : { link: web }), ...(change === null ? {} : { change }), at });
        return;
      }
      let cut = 0;
      for (const piece of splitAtReferences(text, offset, references, (label): PrintLink => ({ kind: 'section', label }))) {
        runs.push({ kind: 'text', text: piece.text, ...style, ...(piece.anchor === undefined ? {} : { link: piece.anchor }), at: at + cut });
        cut += piece.text.length;
      }
    });
    return runs;
  }
}

/** Only web and e-mail links are kept; others (javascript:, file:) stay plain text. The schema already refuses them, this guards stored data too. */
function linkHref(marks: readonly Mark[]): string | null {
  const mark = marks.find((candidate) => candidate.type.name === 'link');
  if (mark === undefined) return null;
  const href = mark.attrs['href'];
  return typeof href === 'string' ? safeHref(href) : null;
}

function changeOf(marks: readonly Mark[]): PrintChange | null {
  const mark = marks.find((candidate) => candidate.type.name === 'insertion' || candidate.type.name === 'deletion');
  return mark === undefined ? null : { ...(mark.attrs as SuggestionAttrs), kind: mark.type.name as PrintChange['kind'] };
}
