import { HeadingLevel, ImageRun, Paragraph, type FileChild } from 'docx';
import type { Node } from 'prosemirror-model';
import type { RenderContext } from './context.js';
import { svgFromDataUrl, type SafeSvg } from '../../../../shared/model/svgImage.js';
import { decodeImageDataUrl, displaySize } from '../imageData.js';
import { svgFallbackPng } from '../svgFallback.js';
import { inlineChildren } from './inline.js';
import { BULLET_REFERENCE, clampLevel, listTextIndent, orderedDefinition } from './lists/numbering.js';
import { STYLE_IDS } from './styles.js';
import { tableBlock } from './tables.js';
import { xmlSafeText } from '../xmlText.js';
import { PRINT_TYPE, twips } from '../printStyle.js';

/** Headings inside a section: the schema's level 2 is Word's Heading 2 (the section title is Heading 1). */
const IN_SECTION_HEADINGS = { 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

/** Blank paragraphs were typed for spacing; the styles space blocks, so they are left out. */
const isBlank = (block: Node) => block.textContent.trim() === '';

function paragraphBlock(node: Node, context: RenderContext): FileChild[] {
  if (isBlank(node)) return [];
  return [new Paragraph({ children: inlineChildren(node, context) })];
}

function headingBlock(node: Node, context: RenderContext): FileChild[] {
  if (isBlank(node)) return [];
  const level = node.attrs['level'] === 3 ? 3 : 2;
  return [new Paragraph({ heading: IN_SECTION_HEADINGS[level], children: inlineChildren(node, context) })];
}

export function imageBlock(node: Node): Paragraph {
  const alt = typeof node.attrs['alt'] === 'string' ? xmlSafeText(node.attrs['alt']).trim() : '';
  const src = typeof node.attrs['src'] === 'string' ? node.attrs['src'] : '';
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

function listBlock(list: Node, level: number, context: RenderContext): FileChild[] {
  const spec: ListSpec = {
    reference: list.type.name === 'ordered_list' ? orderedDefinition(orderedStart(list)) : BULLET_REFERENCE,
    instance: context.nextListInstance(),
  };
  const children: FileChild[] = [];
  list.forEach((item, _offset, index) => children.push(...listItemBlocks(item, spec, level, context, index === 0 && level === 0)));
  return children;
}

function orderedStart(list: Node): number {
  const order = list.attrs['order'];
  return typeof order === 'number' && Number.isInteger(order) && order > 0 ? order : 1;
}

/** `opensList`: the first item of a list that is not nested, spaced from what comes before as a paragraph is (as the PDF sets it). */
function listItemBlocks(item: Node, spec: ListSpec, level: number, context: RenderContext, opensList: boolean): FileChild[] {
  const children: FileChild[] = [];
  const numberingLevel = clampLevel(level);
  item.forEach((block, _offset, index) => {
    if (index === 0 && block.type.name === 'paragraph') {
      children.push(
        new Paragraph({
          style: STYLE_IDS.listItem,
          numbering: { reference: spec.reference, level: numberingLevel, instance: spec.instance },
          spacing: opensList ? { before: twips(PRINT_TYPE.body.spaceBefore) } : undefined,
          children: inlineChildren(block, context),
        }),
      );
    } else if (block.type.name === 'bullet_list' || block.type.name === 'ordered_list') {
      children.push(...listBlock(block, level + 1, context));
    } else if (block.type.name === 'paragraph') {
      // A second paragraph of an item continues it: aligned with the item's text, without a marker.
      if (!isBlank(block)) {
        children.push(new Paragraph({ style: STYLE_IDS.listContinuation, indent: { left: listTextIndent(numberingLevel) }, children: inlineChildren(block, context) }));
      }
    } else {
      children.push(...sectionBlock(block, context));
    }
  });
  return children;
}

/** One block of a section's content as Word paragraphs and tables. */
export function sectionBlock(node: Node, context: RenderContext): FileChild[] {
  switch (node.type.name) {
    case 'paragraph':
      return paragraphBlock(node, context);
    case 'heading':
      return headingBlock(node, context);
    case 'bullet_list':
    case 'ordered_list':
      return listBlock(node, 0, context);
    case 'table':
      return [tableBlock(node, context)];
    case 'image':
      return [imageBlock(node)];
    default:
      // The schema has no other block types; a document that parsed cannot reach here.
      return [];
  }
}

export function sectionBlocks(doc: Node, context: RenderContext): FileChild[] {
  const children: FileChild[] = [];
  doc.forEach((block) => children.push(...sectionBlock(block, context)));
  return children;
}
