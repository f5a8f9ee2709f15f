import { PDFArray, PDFDict, PDFDocument, PDFName } from 'pdf-lib';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { exportDocx } from '../../../electron/core/export/docx/exportDocx.js';
import { exportPdf } from '../../../electron/core/export/pdf/exportPdf.js';
import { printDocument, type PrintBlock, type PrintDocument, type PrintRun } from '../../../electron/core/export/printModel.js';
import { TABLE_KINDS } from '../../../shared/model/schema.js';
import type { NodeJSON } from '../../../shared/model/draft.js';
import { bold, bullets, doc, heading, image, italic, lineBreak, link, numbered, paragraph, table } from '../../fixtures/docBuilders.js';
import { docxParts } from '../../fixtures/docxInspect.js';
import { dataUrl, solidPng } from '../../fixtures/images.js';
import { sampleDraftWith } from '../../fixtures/sampleDraft.js';
import { sampleTemplate } from '../../fixtures/sampleTemplate.js';

/** Every model either exporter builds, in the order they were asked for. */
const built = vi.hoisted(() => [] as unknown[]);

vi.mock('../../../electron/core/export/printModel.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../electron/core/export/printModel.js')>();
  return {
    ...actual,
    printDocument: (...args: Parameters<typeof actual.printDocument>) => {
      const model = actual.printDocument(...args);
      built.push(model);
      return model;
    },
  };
});

const PICTURE = dataUrl('image/png', solidPng(40, 20));

/** A draft with something of every kind both formats print: sub-headings, lists, a table, a picture, web links, line breaks and cross-references. */
const draft = sampleDraftWith({
  introduction: doc(
    paragraph('Our promises are in section 4, the board’s terms in Appendix B, and the law in ', link('our web pages', 'https://example.gov.uk/law'), '.'),
    paragraph(''),
    heading(2, 'What we heard'),
    paragraph(bold('Young people'), ' told us', lineBreak(), italic('loud and clear'), '.'),
    heading(2, 'An empty starter heading'),
    heading(2, 'Our measures'),
    numbered('Fewer moves', { text: ['More stable homes'], children: [bullets('Foster carers', 'Kinship carers')] }),
    table(TABLE_KINDS[0], ['Measure', 'Baseline'], [['Placement moves', '12%']]),
    image(PICTURE, 'A blue bar'),
  ),
  'review-of-previous': doc(paragraph('We met most of our aims: see section 3 of this strategy.')),
});
const template = sampleTemplate();

function runText(runs: readonly PrintRun[]): string {
  return runs.map((run) => run.text).join('');
}

/** Every run of the blocks, in reading order: inside lists and table cells too. */
function allRuns(blocks: readonly PrintBlock[]): PrintRun[] {
  return blocks.flatMap((block): PrintRun[] => {
    switch (block.kind) {
      case 'paragraph':
      case 'heading':
        return block.runs;
      case 'list':
        return block.items.flatMap((item) => [...(item.lead ?? []), ...allRuns(item.blocks)]);
      case 'table':
        return block.rows.flatMap((row) => row.flatMap((cell) => cell.paragraphs.flat()));
      default:
        return [];
    }
  });
}

function blocksOf(model: PrintDocument, id: string): PrintBlock[] {
  return model.sections.find((section) => section.id === id)?.blocks ?? [];
}

describe('the print model both exporters render', () => {
  let model: PrintDocument;
  beforeAll(() => {
    model = printDocument({ draft, template, markDraft: true });
  });

  it('numbers the printed sections and starts each on a new page', () => {
    const headings = model.sections.map((section) => section.heading);
    expect(headings.slice(0, 3)).toEqual(['Foreword by children and young people', 'Foreword by the Lead Member and Director', '1. Introduction: what corporate parenting means']);
    expect(headings).toContain('Appendix B: Corporate Parenting Board terms of reference');
    // An optional section with something written in it is printed and numbered.
    expect(model.sections.find((section) => section.id === 'review-of-previous')?.label).toMatch(/^\d+$/);
    expect(model.sections.every((section) => section.pageBreakBefore)).toBe(true);
  });

  it('cuts runs at cross-references to its own sections and keeps web links whole', () => {
    const [first] = blocksOf(model, 'introduction');
    expect(first?.kind).toBe('paragraph');
    const runs = first?.kind === 'paragraph' ? first.runs : [];
    expect(runs.filter((run) => run.link !== undefined).map((run) => [run.text, run.link])).toEqual([
      ['section 4', { kind: 'section', label: '4' }],
      ['Appendix B', { kind: 'section', label: 'Appendix B' }],
      ['our web pages', { kind: 'web', href: 'https://example.gov.uk/law' }],
    ]);
    expect(runText(runs)).toBe('Our promises are in section 4, the board’s terms in Appendix B, and the law in our web pages.');
  });

  it('leaves out blank paragraphs and headings over nothing, and keeps the rest in order', () => {
    const kinds = blocksOf(model, 'introduction').map((block) => (block.kind === 'heading' ? `heading:${runText(block.runs)}` : block.kind));
    expect(kinds).toEqual(['paragraph', 'heading:What we heard', 'paragraph', 'heading:Our measures', 'list', 'table', 'image']);
  });

  it('keeps line breaks, styles, nested lists, header cells and pictures', () => {
    const blocks = blocksOf(model, 'introduction');
    const said = blocks[2];
    expect(said?.kind === 'paragraph' ? said.runs.map((run) => [run.kind, run.bold, run.italic]) : []).toEqual([
      ['text', true, false],
      ['text', false, false],
      ['break', false, false],
      ['text', false, true],
      ['text', false, false],
    ]);
    const list = blocks[4];
    expect(list?.kind === 'list' ? [list.ordered, list.start, list.items.map((item) => runText(item.lead ?? []))] : []).toEqual([true, 1, ['Fewer moves', 'More stable homes']]);
    const nested = list?.kind === 'list' ? list.items[1]?.blocks[0] : undefined;
    expect(nested?.kind === 'list' ? [nested.ordered, nested.items.length] : []).toEqual([false, 2]);
    const measures = blocks[5];
    expect(measures?.kind === 'table' ? measures.rows.map((row) => row.map((cell) => cell.header)) : []).toEqual([
      [true, true],
      [false, false],
    ]);
    expect(blocks[6]).toEqual({ kind: 'image', src: PICTURE, alt: 'A blue bar' });
  });

  it('gives a draft’s empty required section the note of what is missing, and a final copy nothing', () => {
    const empty = sampleDraftWith({ vision: doc(paragraph('')) });
    expect(blocksOf(printDocument({ draft: empty, template, markDraft: true }), 'vision')).toEqual([{ kind: 'note', text: 'This section has not been written yet.' }]);
    expect(blocksOf(printDocument({ draft: empty, template, markDraft: false }), 'vision')).toEqual([]);
  });

  it('keeps a pending suggestion on its run, for Word to track, and does not link inside it', () => {
    const suggested: NodeJSON = {
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'see section 4', marks: [{ type: 'insertion', attrs: { id: 's1', author: 'Sam', at: '2025-10-01T09:00:00.000Z' } }] }] }],
    };
    const [block] = blocksOf(printDocument({ draft: sampleDraftWith({ vision: suggested }), template, markDraft: false }), 'vision');
    expect(block?.kind === 'paragraph' ? block.runs : []).toEqual([{ kind: 'text', text: 'see section 4', bold: false, italic: false, change: { kind: 'insertion', id: 's1', author: 'Sam', at: '2025-10-01T09:00:00.000Z' }, at: 1 }]);
  });
});

describe('Word and PDF render one model', () => {
  beforeEach(() => {
    built.length = 0;
  });

  it('paginates Word as the PDF prints it when a suggestion is pending: with the suggestion accepted, in a model of its own', async () => {
    const pending: NodeJSON = {
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Suggested words', marks: [{ type: 'insertion', attrs: { id: 's1', author: 'Sam', at: '2025-10-01T09:00:00.000Z' } }] }] }],
    };
    await exportDocx({ draft: sampleDraftWith({ vision: pending }), template, markDraft: false });
    const [own, paginated] = built.splice(0) as PrintDocument[];
    const runsOf = (model: PrintDocument | undefined) => model?.sections.filter((section) => section.id === 'vision').flatMap((section) => allRuns(section.blocks)) ?? [];
    expect(runsOf(own).map((run) => run.change?.kind)).toEqual(['insertion']);
    expect(runsOf(paginated).map((run) => [run.text, run.change])).toEqual([['Suggested words', undefined]]);
  });

  it('hands both renderers the same model for a rich draft, and each prints its sections and links', async () => {
    const input = { draft, template, markDraft: false };
    const pdf = await exportPdf(input);
    const forPdf = built.splice(0);
    const docx = await exportDocx(input);
    const forWord = built.splice(0);
    expect(forPdf).toHaveLength(1);
    // The Word export makes its model once: with no suggestion pending, the pagination behind its contents' page numbers and its rendering share it.
    expect(forWord).toHaveLength(1);
    // Word's own rendering goes through the model too: what it printed is what the PDF printed.
    expect(forWord[0]).toEqual(forPdf[0]);
    const model = forPdf[0] as PrintDocument;

    const xml = (await docxParts(docx, ['word/document.xml']))['word/document.xml'] ?? '';
    const bookmarks = [...xml.matchAll(/<w:bookmarkStart [^>]*w:name="(sec_[^"]+)"/g)].map((match) => match[1]);
    expect(bookmarks).toEqual(model.sections.map((section) => section.bookmark));
    const sectionLinks = [...xml.matchAll(/<w:hyperlink [^>]*w:anchor="(sec_[^"]+)"/g)].map((match) => match[1]);
    const bookmarkOf = new Map(model.sections.map((section) => [section.label, section.bookmark]));
    const modelLinks = model.sections.flatMap((section) => allRuns(section.blocks)).flatMap((run) => (run.link?.kind === 'section' ? [bookmarkOf.get(run.link.label)] : []));
    expect(sectionLinks).toEqual(modelLinks);
    expect(sectionLinks).toEqual(expect.arrayContaining(['sec_pledge', 'sec_board_tor', 'sec_local_context']));

    const loaded = await PDFDocument.load(pdf, { updateMetadata: false });
    const pages = loaded.getPages();
    const pageIndex = new Map(pages.map((page, index) => [page.ref.toString(), index]));
    let uris = 0;
    const destinations: { onPage: number; toPage: number }[] = [];
    pages.forEach((page, onPage) => {
      for (const ref of page.node.lookupMaybe(PDFName.of('Annots'), PDFArray)?.asArray() ?? []) {
        const annotation = loaded.context.lookup(ref, PDFDict);
        const destination = annotation.lookupMaybe(PDFName.of('Dest'), PDFArray);
        if (annotation.get(PDFName.of('A')) !== undefined) uris += 1;
        else if (destination !== undefined) destinations.push({ onPage, toPage: pageIndex.get(destination.get(0).toString()) ?? -1 });
      }
    });
    const runs = model.sections.flatMap((section) => allRuns(section.blocks));
    expect(uris).toBeGreaterThanOrEqual(new Set(runs.flatMap((run) => (run.link?.kind === 'web' ? [run.link.href] : []))).size);
    // The contents entries link too; they sit on the pages before the first section, so only links from there on are the text's cross-references.
    const firstSectionPage = Math.min(...destinations.map((link) => link.toPage));
    expect(firstSectionPage).toBeGreaterThan(0);
    expect(destinations.filter((link) => link.onPage >= firstSectionPage)).toHaveLength(modelLinks.length);
  }, 120_000);
});
