import { Node } from 'prosemirror-model';
import type { Mappable } from 'prosemirror-transform';
import { acceptedViewWithMapping } from '../cowriting/suggestMode.js';
import { docFromJSON } from '../model/docJson.js';
import type { NodeJSON } from '../model/draft.js';
import type { TableKind } from '../model/schema.js';
import { sentenceSpans, type Span } from './text.js';
import type { TextLocation } from './types.js';

/**
 * A section read once into the shapes the rules need: its text blocks with
 * their editor positions, its sentences, its tables as rows of cells and its
 * numbered lists. Building this is the expensive part of a check, which is why
 * the incremental checker keeps it per section.
 */

export interface TextBlock {
  /** Hard breaks are kept as "\n" so offsets in `text` map one-to-one onto positions. */
  text: string;
  /** Editor position of the block's first character. */
  from: number;
  kind: 'heading' | 'paragraph' | 'list-item' | 'cell';
  /** Index of the nearest heading block before this one, if any. */
  headingIndex: number | null;
}

export interface Sentence extends TextLocation {
  text: string;
  blockIndex: number;
}

export interface TableCell extends TextLocation {
  text: string;
}

export interface TableData {
  kind: TableKind;
  /** The first row is the header row. */
  rows: TableCell[][];
  location: TextLocation;
}

export interface ListItemData extends TextLocation {
  /** The number the reader sees. */
  number: number;
  /** The item's own first paragraph. */
  title: string;
  /** Everything inside the item, nested lists included. */
  text: string;
}

export interface SectionContext {
  id: string;
  /** The section with its pending suggestions accepted: every position here, and so in every finding, is of this document. */
  doc: Node;
  /**
   * From `doc`'s positions to the editor's, which still shows struck-through
   * text: the report is translated with it once it is put together (see
   * `toEditorPositions`), so each rule can go on working in the accepted
   * text. Null when the two documents have the same positions.
   */
  toEdited: Mappable | null;
  blocks: TextBlock[];
  /** Split on first use. */
  readonly sentences: Sentence[];
  tables: TableData[];
  /** Ordered lists at the top level of the section, in order. */
  orderedLists: ListItemData[][];
  /** All block texts joined by newlines, so a pattern can scan the section in one pass. */
  text: string;
  /** Where each block starts in `text`; see `positionAt`. */
  blockOffsets: number[];
}

export type ParsedSection = { ok: true; context: SectionContext } | { ok: false; message: string };

export function isEditorNode(doc: unknown): doc is Node {
  return doc instanceof Node || (typeof doc === 'object' && doc !== null && typeof (doc as Node).nodeSize === 'number' && typeof (doc as Node).descendants === 'function');
}

export function readSection(id: string, doc: NodeJSON | Node): ParsedSection {
  if (isEditorNode(doc)) return { ok: true, context: buildSectionContext(id, doc) };
  const parsed = docFromJSON(doc);
  return parsed.ok ? { ok: true, context: buildSectionContext(id, parsed.doc) } : { ok: false, message: parsed.message };
}

/**
 * Pending suggestions are read as if accepted, as plain text reads them.
 * A finding's position is then of that text, which differs from the
 * editor's only inside a section with suggestions still open; `toEdited`
 * leads back.
 */
export function buildSectionContext(id: string, edited: Node): SectionContext {
  const { doc, toEdited } = acceptedViewWithMapping(edited);
  const blocks: TextBlock[] = [];
  const tables: TableData[] = [];
  const orderedLists: ListItemData[][] = [];
  let headingIndex: number | null = null;

  doc.forEach((child, offset) => {
    if (child.type.name === 'ordered_list') orderedLists.push(readOrderedList(child, offset));
  });

  doc.descendants((node, pos, parent) => {
    if (node.type.name === 'table') {
      tables.push(readTable(node, pos));
      return true;
    }
    if (!node.isTextblock) return true;
    const text = node.textBetween(0, node.content.size, undefined, (leaf) => (leaf.type.name === 'hard_break' ? '\n' : ' '));
    const kind = node.type.name === 'heading' ? 'heading' : parent?.type.name === 'list_item' ? 'list-item' : parent?.type.spec.tableRole ? 'cell' : 'paragraph';
    blocks.push({ text, from: pos + 1, kind, headingIndex });
    if (kind === 'heading') headingIndex = blocks.length - 1;
    return false;
  });


  const blockOffsets: number[] = [];
  let offset = 0;
  for (const block of blocks) {
    blockOffsets.push(offset);
    offset += block.text.length + 1;
  }
  // Sentences are split on first use: most sections' rules never need them.
  let sentences: Sentence[] | undefined;
  return {
    id,
    doc,
    toEdited,
    blocks,
    get sentences(): Sentence[] {
      sentences ??= splitSentences(blocks);
      return sentences;
    },
    tables,
    orderedLists,
    text: blocks.map((block) => block.text).join('\n'),
    blockOffsets,
  };
}

function splitSentences(blocks: TextBlock[]): Sentence[] {
  const sentences: Sentence[] = [];
  blocks.forEach((block, blockIndex) => {
    for (const span of sentenceSpans(block.text)) sentences.push(sentenceOf(block, blockIndex, span));
  });
  return sentences;
}

function sentenceOf(block: TextBlock, blockIndex: number, span: Span): Sentence {
  return { from: block.from + span.start, to: block.from + span.end, text: block.text.slice(span.start, span.end), blockIndex };
}

/** The index of the block that holds a character of `context.text`. */
export function blockIndexAt(context: SectionContext, offset: number): number {
  let low = 0;
  let high = context.blockOffsets.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((context.blockOffsets[middle] ?? 0) <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** The editor position of a character of `context.text`. */
export function positionAt(context: SectionContext, offset: number): number {
  const index = blockIndexAt(context, offset);
  return (context.blocks[index]?.from ?? 0) + offset - (context.blockOffsets[index] ?? 0);
}

/** The sentence that holds an editor position, if any. */
export function sentenceAt(context: SectionContext, position: number): Sentence | undefined {
  let low = 0;
  let high = context.sentences.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const sentence = context.sentences[middle];
    if (!sentence) return undefined;
    if (position < sentence.from) high = middle - 1;
    else if (position > sentence.to) low = middle + 1;
    else return sentence;
  }
  return undefined;
}

/** Every match of a pattern in the section, in one pass over its text, with editor positions. */
export function findAll(context: SectionContext, pattern: RegExp): { match: RegExpExecArray; location: TextLocation; blockIndex: number }[] {
  const global = pattern.global ? pattern : new RegExp(pattern.source, `${pattern.flags}g`);
  const found: { match: RegExpExecArray; location: TextLocation; blockIndex: number }[] = [];
  global.lastIndex = 0;
  for (let match = global.exec(context.text); match !== null; match = global.exec(context.text)) {
    if (match[0].length === 0) {
      global.lastIndex += 1;
      continue;
    }
    const from = positionAt(context, match.index);
    found.push({ match, location: { from, to: from + match[0].length }, blockIndex: blockIndexAt(context, match.index) });
  }
  return found;
}

/** The first match of any of the patterns (earliest pattern first), with its editor position. */
export function findFirst(context: SectionContext, patterns: RegExp[]): TextLocation | undefined {
  for (const pattern of patterns) {
    const match = pattern.global ? null : pattern.exec(context.text);
    if (match) {
      const from = positionAt(context, match.index);
      return { from, to: from + match[0].length };
    }
    if (pattern.global) {
      const first = findAll(context, pattern)[0];
      if (first) return first.location;
    }
  }
  return undefined;
}

function readTable(table: Node, pos: number): TableData {
  const rows: TableCell[][] = [];
  table.forEach((row, rowOffset) => {
    const cells: TableCell[] = [];
    const rowPos = pos + 1 + rowOffset;
    row.forEach((cell, cellOffset) => {
      const cellPos = rowPos + 1 + cellOffset;
      cells.push({ text: cell.textBetween(0, cell.content.size, ' ', ' ').trim(), from: cellPos + 1, to: cellPos + cell.nodeSize - 1 });
    });
    rows.push(cells);
  });
  const kind = table.attrs['kind'] as TableKind;
  return { kind, rows, location: { from: pos, to: pos + table.nodeSize } };
}

function readOrderedList(list: Node, pos: number): ListItemData[] {
  const first = Number(list.attrs['order'] ?? 1);
  const items: ListItemData[] = [];
  list.forEach((item, offset) => {
    const itemPos = pos + 1 + offset;
    const title = item.firstChild?.textContent ?? '';
    items.push({ number: first + items.length, title, text: item.textBetween(0, item.content.size, '\n', ' '), from: itemPos + 1, to: itemPos + item.nodeSize - 1 });
  });
  return items;
}
