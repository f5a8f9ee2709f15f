import type { NumberingDefinition } from 'docx';
import type { PrintBlock, PrintImage, PrintList, PrintListItem, PrintRun } from '../printModel.js';
import type { RenderContext } from './context.js';
import { svgFromDataUrl, type SafeSvg } from '../../../../shared/model/svgImage.js';
import { decodeImageDataUrl, displaySize } from '../imageData.js';
import { svgFallbackPng } from '../svgFallback.js';
import { contentsTitle, inlineChildren } from './inline.js';
import { inlinePictureRun } from './drawing.js';
import { BULLET_REFERENCE, clampLevel, listTextIndent, orderedDefinition } from './lists/numbering.js';
import { STYLE_IDS } from './styles.js';
import { tableBlock } from './tables.js';
import { printableText } from '../printableText.js';
import { PRINT_TYPE, twips } from '../printStyle.js';
import { bookmarkEnd, bookmarkStart, paragraph, textRun } from './wordXml.js';

/** Headings inside a section: the schema's level 2 is Word's Heading 2 (the section title is Heading 1). */
const IN_SECTION_HEADINGS = { 2: 'Heading2', 3: 'Heading3' } as const;

export function imageBlock(block: PrintImage, context: RenderContext): string {
  const alt = printableText(block.alt).trim();
  const src = block.src;
  const svg = svgFromDataUrl(src);
  if (svg !== null) {
    const picture = svgPicture(svg, alt, context);
    if (picture !== null) return picture;
  }
  const image = svg === null ? decodeImageDataUrl(src) : null;
  if (image === null) {
    return paragraph({ style: STYLE_IDS.imageNote }, textRun(`[Image could not be included: ${alt === '' ? 'no description was given' : alt}]`));
  }
  const size = displaySize(image);
  return paragraph(
    { style: STYLE_IDS.figure },
    inlinePictureRun({ picture: { type: image.format, data: image.data }, ...size, name: alt === '' ? 'Image' : alt.slice(0, 100), description: alt, title: alt }, context),
  );
}

/** A chart as Word's own SVG picture with its PNG fallback and description; null when the fallback cannot be drawn. */
function svgPicture(svg: SafeSvg, alt: string, context: RenderContext): string | null {
  const png = svgFallbackPng(svg.markup);
  if (png === null) return null;
  const description = alt || svg.description;
  const size = displaySize(svg);
  return paragraph(
    { style: STYLE_IDS.figure },
    inlinePictureRun(
      {
        picture: { type: 'svg', data: new TextEncoder().encode(svg.markup) },
        fallback: { type: 'png', data: png },
        ...size,
        name: (svg.title || description || 'Chart').slice(0, 100),
        description,
        title: svg.title || description,
      },
      context,
    ),
  );
}

/**
 * A heading as its paragraph; levels 1 and 2 with text are listed in the
 * contents, so they carry the bookmark the contents entry links to, around
 * everything in the paragraph. `title`: the text the contents list it by;
 * `inner`: the heading's own content.
 */
export function headingParagraph(level: 1 | 2 | 3, title: string, inner: string, context: RenderContext, pageBreakBefore = false): string {
  const look = { style: level === 1 ? 'Heading1' : IN_SECTION_HEADINGS[level], pageBreakBefore };
  if (level === 3 || title.trim() === '') return paragraph(look, inner);
  const id = context.nextBookmarkId();
  return paragraph(look, bookmarkStart(context.listInContents(level, title, id), id) + inner + bookmarkEnd(id));
}

interface ListSpec {
  definition: string | NumberingDefinition;
  instance: number;
}

function listBlock(list: PrintList, level: number, context: RenderContext): string {
  const spec: ListSpec = {
    definition: list.ordered ? orderedDefinition(list.start) : BULLET_REFERENCE,
    instance: context.nextListInstance(),
  };
  return list.items.map((item, index) => listItemBlocks(item, spec, level, context, index === 0 && level === 0)).join('');
}

/** `opensList`: the first item of a list that is not nested, spaced from what comes before as a paragraph is (as the PDF sets it). */
function listItemBlocks(item: PrintListItem, spec: ListSpec, level: number, context: RenderContext, opensList: boolean): string {
  const numberingLevel = clampLevel(level);
  const lead =
    item.lead === null
      ? ''
      : paragraph(
          {
            style: STYLE_IDS.listItem,
            numbering: { numId: context.numId(spec.definition, spec.instance), level: numberingLevel },
            spacing: opensList ? { before: twips(PRINT_TYPE.body.spaceBefore) } : undefined,
          },
          inlineChildren(item.lead, context),
        );
  return (
    lead +
    item.blocks
      .map((block) => {
        if (block.kind === 'list') return listBlock(block, level + 1, context);
        // A further paragraph of an item continues it: aligned with the item's text, without a marker.
        if (block.kind === 'paragraph') return continuation(block.runs, numberingLevel, context);
        return sectionBlock(block, context);
      })
      .join('')
  );
}

function continuation(runs: readonly PrintRun[], numberingLevel: number, context: RenderContext): string {
  return paragraph({ style: STYLE_IDS.listContinuation, indentLeft: listTextIndent(numberingLevel) }, inlineChildren(runs, context));
}

/** One block of a section's content as Word paragraphs and tables. */
export function sectionBlock(block: PrintBlock, context: RenderContext): string {
  switch (block.kind) {
    case 'paragraph':
      return paragraph({}, inlineChildren(block.runs, context));
    case 'heading':
      return headingParagraph(block.level, contentsTitle(block.runs), inlineChildren(block.runs, context), context);
    case 'note':
      return paragraph({ style: STYLE_IDS.draftNote }, textRun(block.text));
    case 'list':
      return listBlock(block, 0, context);
    case 'table':
      return tableBlock(block, context);
    case 'image':
      return imageBlock(block, context);
  }
}

export function sectionBlocks(blocks: readonly PrintBlock[], context: RenderContext): string {
  return blocks.map((block) => sectionBlock(block, context)).join('');
}
