import { HeadingLevel, ImageRun, Paragraph, type FileChild } from 'docx';
import type { PrintBlock, PrintImage, PrintList, PrintListItem, PrintRun } from '../printModel.js';
import type { RenderContext } from './context.js';
import { svgFromDataUrl, type SafeSvg } from '../../../../shared/model/svgImage.js';
import { decodeImageDataUrl, displaySize } from '../imageData.js';
import { svgFallbackPng } from '../svgFallback.js';
import { inlineChildren } from './inline.js';
import { BULLET_REFERENCE, clampLevel, listTextIndent, orderedDefinition } from './lists/numbering.js';
import { STYLE_IDS } from './styles.js';
import { tableBlock } from './tables.js';
import { printableText } from '../printableText.js';
import { PRINT_TYPE, twips } from '../printStyle.js';

/** Headings inside a section: the schema's level 2 is Word's Heading 2 (the section title is Heading 1). */
const IN_SECTION_HEADINGS = { 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

export function imageBlock(block: PrintImage): Paragraph {
  const alt = printableText(block.alt).trim();
  const src = block.src;
  const svg = svgFromDataUrl(src);
  if (svg !== null) {
    const picture = svgPicture(svg, alt);
    if (picture !== null) return picture;
  }
  const image = svg === null ? decodeImageDataUrl(src) : null;
  if (image === null) {
    return new Paragraph({ style: STYLE_IDS.imageNote, text: `[Image could not be included: ${alt === '' ? 'no description was given' : alt}]` });
  }
  return new Paragraph({
    style: STYLE_IDS.figure,
    children: [
      new ImageRun({
        type: image.format,
        data: image.data,
        transformation: displaySize(image),
        altText: { name: alt === '' ? 'Image' : alt.slice(0, 100), description: alt, title: alt },
      }),
    ],
  });
}

/** A chart as Word's own SVG picture with its PNG fallback and description; null when the fallback cannot be drawn. */
function svgPicture(svg: SafeSvg, alt: string): Paragraph | null {
  const png = svgFallbackPng(svg.markup);
  if (png === null) return null;
  const description = alt || svg.description;
  const size = displaySize(svg);
  return new Paragraph({
    style: STYLE_IDS.figure,
    children: [
      new ImageRun({
        type: 'svg',
        data: new TextEncoder().encode(svg.markup),
        fallback: { type: 'png', data: png },
        transformation: size,
        altText: { name: (svg.title || description || 'Chart').slice(0, 100), description, title: svg.title || description },
      }),
    ],
  });
}

interface ListSpec {
  reference: ReturnType<typeof orderedDefinition>;
  instance: number;
}

function listBlock(list: PrintList, level: number, context: RenderContext): FileChild[] {
  const spec: ListSpec = {
    reference: list.ordered ? orderedDefinition(list.start) : BULLET_REFERENCE,
    instance: context.nextListInstance(),
  };
  return list.items.flatMap((item, index) => listItemBlocks(item, spec, level, context, index === 0 && level === 0));
}

/** `opensList`: the first item of a list that is not nested, spaced from what comes before as a paragraph is (as the PDF sets it). */
function listItemBlocks(item: PrintListItem, spec: ListSpec, level: number, context: RenderContext, opensList: boolean): FileChild[] {
  const numberingLevel = clampLevel(level);
  const lead: FileChild[] =
    item.lead === null
      ? []
      : [
          new Paragraph({
            style: STYLE_IDS.listItem,
            numbering: { reference: spec.reference, level: numberingLevel, instance: spec.instance },
            spacing: opensList ? { before: twips(PRINT_TYPE.body.spaceBefore) } : undefined,
            children: inlineChildren(item.lead, context),
          }),
        ];
  return [
    ...lead,
    ...item.blocks.flatMap((block) => {
      if (block.kind === 'list') return listBlock(block, level + 1, context);
      // A further paragraph of an item continues it: aligned with the item's text, without a marker.
      if (block.kind === 'paragraph') return [continuation(block.runs, numberingLevel, context)];
      return sectionBlock(block, context);
    }),
  ];
}

function continuation(runs: readonly PrintRun[], numberingLevel: number, context: RenderContext): Paragraph {
  return new Paragraph({ style: STYLE_IDS.listContinuation, indent: { left: listTextIndent(numberingLevel) }, children: inlineChildren(runs, context) });
}

/** One block of a section's content as Word paragraphs and tables. */
export function sectionBlock(block: PrintBlock, context: RenderContext): FileChild[] {
  switch (block.kind) {
    case 'paragraph':
      return [new Paragraph({ children: inlineChildren(block.runs, context) })];
    case 'heading':
      return [new Paragraph({ heading: IN_SECTION_HEADINGS[block.level], children: inlineChildren(block.runs, context) })];
    case 'note':
      return [new Paragraph({ style: STYLE_IDS.draftNote, text: block.text })];
    case 'list':
      return listBlock(block, 0, context);
    case 'table':
      return [tableBlock(block, context)];
    case 'image':
      return [imageBlock(block)];
  }
}

export function sectionBlocks(blocks: readonly PrintBlock[], context: RenderContext): FileChild[] {
  return blocks.flatMap((block) => sectionBlock(block, context));
}
