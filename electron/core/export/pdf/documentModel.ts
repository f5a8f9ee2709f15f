import { LANGUAGE_TAGS } from '../../../../shared/model/language.js';
import type { PrintBlock, PrintDocument, PrintLink, PrintRun } from '../printModel.js';
import { tableColumnShares } from '../tableColumns.js';
import { COVER_LOGO_SRC } from './coverLogo.js';
import { PDF_LANGUAGE } from './metadata.js';
import { pdfColour } from './style.js';
import type { Block, FontStyle, InlineLink, StrategyDocument, TextRun } from './types.js';

/**
 * The print model in the typesetter's terms: text made printable with the
 * embedded fonts, faces for bold and italic, numbered anchors for headings
 * and one link object per link, so a link broken over lines stays one Link.
 */

/** Makes text printable with the embedded fonts (see `FontSet.coverText`). */
export type TextCover = (text: string) => string;

/** `hasLogo`: the model's logo was embedded for the title page. */
export function strategyDocument(model: PrintDocument, cover: TextCover, hasLogo: boolean): StrategyDocument {
  const language = LANGUAGE_TAGS[model.language];
  // Section titles come from the pack, in English, whatever the language of the text under them.
  const english = language === PDF_LANGUAGE ? undefined : PDF_LANGUAGE;
  // Section headings take the first anchors, so a reference to a later section can link before its heading is built.
  const sectionAnchors = new Map(model.sections.flatMap((section, index) => (section.label === undefined ? [] : [[section.label, index] as const])));
  const builder = new BlockBuilder(cover, sectionAnchors, model.sections.length);
  model.sections.forEach((section, index) => {
    builder.heading(1, [{ text: section.heading, style: 'bold' }], section.pageBreakBefore, builder.out, index, english);
    builder.blocks(section.blocks);
  });
  const title = cover(model.title);
  const council = cover(model.cover.council);
  return {
    title,
    subject: model.subject,
    cover: {
      logo: hasLogo && model.cover.logo !== null ? { src: COVER_LOGO_SRC, alt: cover(model.cover.logo.alt) } : null,
      council,
      title,
      period: model.cover.period,
      date: model.cover.date,
      version: cover(model.cover.version),
      owner: cover(model.cover.owner),
      adoption: cover(model.cover.adoption),
    },
    blocks: builder.out,
    markDraft: model.markDraft,
    headingColour: pdfColour(model.houseStyle.headingColour),
    coverLayout: model.houseStyle.coverLayout,
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

  blocks(blocks: readonly PrintBlock[], into: Block[] = this.out): void {
    for (const block of blocks) this.block(block, into);
  }

  private block(block: PrintBlock, into: Block[]): void {
    switch (block.kind) {
      case 'paragraph': {
        const runs = this.inline(block.runs);
        if (runs.some((run) => run.text.trim() !== '')) into.push({ kind: 'paragraph', runs, variant: 'body' });
        return;
      }
      case 'note':
        into.push({ kind: 'paragraph', runs: [{ text: block.text, style: 'italic' }], variant: 'note' });
        return;
      case 'heading':
        this.heading(block.level, this.inline(block.runs, 'bold'), false, into);
        return;
      case 'list': {
        const items = block.items.map((item) => {
          const content: Block[] = [];
          if (item.lead !== null) this.block({ kind: 'paragraph', runs: item.lead }, content);
          this.blocks(item.blocks, content);
          return content;
        });
        into.push({ kind: 'list', ordered: block.ordered, start: block.start, items });
        return;
      }
      case 'table': {
        const rows = block.rows
          .filter((row) => row.length > 0)
          .map((row) => row.map((cell) => ({ header: cell.header, colspan: cell.colspan, paragraphs: cell.paragraphs.map((paragraph) => this.inline(paragraph, cell.header ? 'bold' : 'regular')) })));
        if (rows.length > 0) into.push({ kind: 'table', rows, columnShares: tableColumnShares(block), headerRow: rows[0]?.every((cell) => cell.header) ?? false });
        return;
      }
      case 'image':
        into.push({ kind: 'image', src: block.src, alt: this.cover(block.alt) });
        return;
    }
  }

  private inline(printRuns: readonly PrintRun[], base: 'regular' | 'bold' = 'regular'): TextRun[] {
    const runs: TextRun[] = [];
    let openWeb: { href: string; link: InlineLink } | null = null;
    // One link object per reference, so a reference that spans two runs is one Link element.
    const referenceLinks = new Map<string, InlineLink>();
    const linkOf = (target: PrintLink | undefined): InlineLink | undefined => {
      if (target?.kind !== 'web') openWeb = null;
      if (target === undefined) return undefined;
      if (target.kind === 'web') {
        if (openWeb === null || openWeb.href !== target.href) openWeb = { href: target.href, link: { target: { kind: 'uri', href: target.href } } };
        return openWeb.link;
      }
      const anchorId = this.sectionAnchors.get(target.label);
      if (anchorId === undefined) return undefined;
      const link = referenceLinks.get(target.label) ?? { target: { kind: 'anchor', anchorId, inText: true } };
      referenceLinks.set(target.label, link);
      return link;
    };
    for (const run of printRuns) {
      const style = fontStyle(run, base);
      const link = linkOf(run.link);
      const text = run.kind === 'break' ? run.text : this.cover(run.text);
      if (text !== '') runs.push(link ? { text, style, link } : { text, style });
    }
    return runs;
  }
}

function fontStyle(run: PrintRun, base: 'regular' | 'bold'): FontStyle {
  const bold = base === 'bold' || run.bold;
  if (bold) return run.italic ? 'boldItalic' : 'bold';
  return run.italic ? 'italic' : 'regular';
}
