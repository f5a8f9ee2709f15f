import { markContent, structElement, type BlockContext, type Block, type HeadingBlock, type ListBlock, type StructElement, type TextLineItem } from './types.js';
import { setInline } from './inlineLayout.js';
import { slice, type Slice } from './paginate.js';
import { layoutTable } from './layoutTable.js';
import { COLOURS, FIGURE_MAX_HEIGHT, LIST_INDENT, TYPE, type TextStyle } from './style.js';
import { FIGURE_SPACE_BEFORE } from '../printStyle.js';

/**
 * Block layout: headings, paragraphs, lists, tables and figures become
 * slices for the paginator, and the structure tree grows as they are set.
 */

const HEADING_TYPE: Record<1 | 2 | 3, TextStyle> = { 1: TYPE.h1, 2: TYPE.h2, 3: TYPE.h3 };
const BULLETS = ['•', '–', '•'];

export function layoutBlocks(blocks: readonly Block[], context: BlockContext): Slice[] {
  return blocks.flatMap((block) => layoutBlock(block, context));
}

function layoutBlock(block: Block, context: BlockContext): Slice[] {
  switch (block.kind) {
    case 'heading':
      return layoutHeading(block, context);
    case 'paragraph': {
      const note = block.variant === 'note';
      const element = structElement('P', context.parent);
      return textSlices(block.runs, note ? TYPE.body : context.listDepth > 0 ? TYPE.listItem : TYPE.body, note ? COLOURS.muted : COLOURS.text, element, context);
    }
    case 'list':
      return layoutList(block, context);
    case 'table':
      return layoutTable(block, context);
    case 'image':
      return layoutFigure(block.src, block.alt, context);
  }
}

function textSlices(runs: HeadingBlock['runs'], type: TextStyle, colour: TextLineItem['colour'], element: StructElement, context: BlockContext): Slice[] {
  const lines = setInline({ runs, x: context.x, width: context.width, type, colour, element }, context.measurer, context.metrics);
  const count = lines.length;
  return lines.map((line, index) =>
    slice(line.height, [line.item], {
      spaceBefore: index === 0 ? type.spaceBefore : 0,
      // Two lines at least at the foot of a page, and never the last line alone at the top of the next.
      keepWithNext: count >= 2 && (index === 0 || index === count - 2),
    }),
  );
}

function layoutHeading(block: HeadingBlock, context: BlockContext): Slice[] {
  const type = HEADING_TYPE[block.level];
  const element = structElement(`H${block.level}`, context.parent, block.lang === undefined ? {} : { lang: block.lang });
  const slices = setInline({ runs: block.runs, x: context.x, width: context.width, type, colour: context.headingColour, element }, context.measurer, context.metrics).map((line) =>
    slice(line.height, [line.item], { keepWithNext: true }),
  );
  const first = slices[0];
  const last = slices[slices.length - 1];
  if (first === undefined || last === undefined) return [];
  first.spaceBefore = type.spaceBefore;
  first.pageBreakBefore = block.pageBreakBefore;
  first.anchor = { anchorId: block.anchorId, level: block.level, title: block.title };
  return slices;
}

function listLabel(list: ListBlock, index: number, depth: number): string {
  if (!list.ordered) return BULLETS[depth % BULLETS.length] as string;
  const number = list.start + index;
  if (depth % 3 === 1) return `${alphabetic(number)}.`;
  if (depth % 3 === 2) return `${roman(number)}.`;
  return `${number}.`;
}

/** Between a list label's end and its item's text. */
const LABEL_GAP = 5;

function layoutList(list: ListBlock, context: BlockContext): Slice[] {
  const listElement = structElement('L', context.parent);
  const depth = context.listDepth;
  const slices: Slice[] = [];
  // Labels end a gap before the text; a list whose widest label ("10.", "viii.") needs more than the usual indent gets it, so no label reaches into the margin.
  const labels = list.items.map((_, index) => listLabel(list, index, depth));
  const indent = Math.max(LIST_INDENT, ...labels.map((label) => context.measurer.width(label, 'regular', TYPE.listItem.size) + LABEL_GAP));
  list.items.forEach((content, index) => {
    const itemElement = structElement('LI', listElement);
    const labelElement = structElement('Lbl', itemElement);
    const bodyElement = structElement('LBody', itemElement);
    const itemSlices = layoutBlocks(content, { ...context, x: context.x + indent, width: Math.max(context.width - indent, indent), parent: bodyElement, listDepth: depth + 1 });
    let first = itemSlices[0];
    if (first === undefined) {
      first = slice(TYPE.listItem.leading, []);
      itemSlices.push(first);
    }
    first.spaceBefore = index === 0 && depth === 0 ? TYPE.body.spaceBefore : TYPE.listItem.spaceBefore;
    const line = first.items.find((item): item is TextLineItem => item.kind === 'text');
    const size = line?.size ?? TYPE.listItem.size;
    const label = labels[index] as string;
    const width = context.measurer.width(label, 'regular', size);
    const x = context.x + indent - width - LABEL_GAP;
    first.items.push({
      kind: 'text',
      y: line?.y ?? TYPE.listItem.leading * 0.75,
      size,
      colour: COLOURS.text,
      runs: [{ x, width, style: 'regular', parts: [label], mark: markContent(labelElement) }],
    });
    slices.push(...itemSlices);
  });
  return slices;
}

function layoutFigure(src: string, alt: string, context: BlockContext): Slice[] {
  const size = context.imageSize(src);
  const description = alt === '' ? 'Image without a description' : alt;
  if (size === null) {
    const element = structElement('P', context.parent);
    return textSlices([{ text: `[Image not shown: ${description}]`, style: 'italic' }], TYPE.body, COLOURS.muted, element, context);
  }
  const scale = Math.min(1, context.width / size.width, FIGURE_MAX_HEIGHT / size.height);
  const width = size.width * scale;
  const height = size.height * scale;
  const element = structElement('Figure', context.parent, { alt: description });
  // Centred in its column, as Word's Figure style centres it.
  const x = context.x + (context.width - width) / 2;
  return [slice(height, [{ kind: 'image', src, x, y: 0, width, height, mark: markContent(element) }], { spaceBefore: FIGURE_SPACE_BEFORE })];
}

function alphabetic(number: number): string {
  let remaining = number;
  let letters = '';
  while (remaining > 0) {
    letters = String.fromCharCode(97 + ((remaining - 1) % 26)) + letters;
    remaining = Math.floor((remaining - 1) / 26);
  }
  return letters || String(number);
}

function roman(number: number): string {
  if (number <= 0 || number >= 4000) return String(number);
  const numerals: [number, string][] = [[1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']];
  let remaining = number;
  let out = '';
  for (const [value, numeral] of numerals) {
    while (remaining >= value) {
      out += numeral;
      remaining -= value;
    }
  }
  return out;
}
