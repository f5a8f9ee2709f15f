import { Node } from 'prosemirror-model';
import type { Mappable } from 'prosemirror-transform';
import { acceptedViewWithMapping, isSuggestedText } from '../cowriting/suggestMode.js';
import { docFromJSON } from '../model/docJson.js';
import type { NodeJSON } from '../model/draft.js';
import type { TableKind } from '../model/schema.js';
import { sentenceSpans } from './text.js';
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
  // Most sections have no open suggestions: the one walk that reads the blocks also looks for them, and only a section with some is read again once they are accepted.
  const read = readContent(edited, true);
  if (read) return contextOf(id, edited, null, read);
  const { doc, toEdited } = acceptedViewWithMapping(edited);
  return contextOf(id, doc, toEdited, readContent(doc, false) ?? { blocks: [], tables: [] });
}

interface Content {
  blocks: TextBlock[];
  tables: TableData[];
}

/**
 * The text blocks and tables of a section in document order, in one walk
 * over its nodes. With `stopAtSuggestion`, null as soon as it meets
 * suggested text. Written as plain loops over the child arrays and the node
 * types' fields, with no callbacks, rather than with `descendants` and the
 * nodes' getters: this walk was a large part of a full check.
 */
function readContent(doc: Node, stopAtSuggestion: boolean): Content | null {
  const reading: Reading = { blocks: [], tables: [], headingIndex: null, stopAtSuggestion };
  return readChildren(reading, doc, 0) ? { blocks: reading.blocks, tables: reading.tables } : null;
}

interface Reading extends Content {
  headingIndex: number | null;
  stopAtSuggestion: boolean;
}

/** Reads the children of `node`, whose content starts at `start`; false when it stopped at suggested text. */
function readChildren(reading: Reading, node: Node, start: number): boolean {
  let pos = start;
  for (const child of node.content.content) {
    const type = child.type;
    if (type.name === 'table') reading.tables.push(readTable(child, pos));
    if (type.isBlock && type.inlineContent) {
      const text = textblockText(child, reading.stopAtSuggestion);
      if (text === null) return false;
      const kind = type.name === 'heading' ? 'heading' : node.type.name === 'list_item' ? 'list-item' : node.type.spec.tableRole ? 'cell' : 'paragraph';
      reading.blocks.push({ text, from: pos + 1, kind, headingIndex: reading.headingIndex });
      if (kind === 'heading') reading.headingIndex = reading.blocks.length - 1;
    } else if (child.content.size > 0 && !readChildren(reading, child, pos + 1)) {
      return false;
    }
    pos += child.nodeSize;
  }
  return true;
}

/** A text block's text as `textBetween` reads it with hard breaks as "\n" and other leaves as " "; null at suggested text when `stopAtSuggestion`. */
function textblockText(block: Node, stopAtSuggestion: boolean): string | null {
  let text = '';
  for (const child of block.content.content) {
    if (child.text !== undefined) {
      if (stopAtSuggestion && child.marks.length > 0 && isSuggestedText(child)) return null;
      text += child.text;
    } else if (child.isLeaf) {
      text += child.type.name === 'hard_break' ? '\n' : ' ';
    } else {
      const inner = textblockText(child, stopAtSuggestion);
      if (inner === null) return null;
      text += inner;
    }
  }
  return text;
}

function contextOf(id: string, doc: Node, toEdited: Mappable | null, { blocks, tables }: Content): SectionContext {
  const orderedLists: ListItemData[][] = [];
  doc.forEach((child, offset) => {
    if (child.type.name === 'ordered_list') orderedLists.push(readOrderedList(child, offset));
  });
  const blockOffsets: number[] = [];
  let offset = 0;
  for (const block of blocks) {
    blockOffsets.push(offset);
    offset += block.text.length + 1;
  }
  const text = blocks.map((block) => block.text).join('\n');
  // Sentences are split on first use: most sections' rules never need them.
  let sentences: Sentence[] | undefined;
  return {
    id,
    doc,
    toEdited,
    blocks,
    get sentences(): Sentence[] {
      sentences ??= splitSentences(blocks, text, blockOffsets);
      return sentences;
    },
    tables,
    orderedLists,
    text,
    blockOffsets,
  };
}

/**
 * Each block's sentences, read from the section's text rather than from the
 * block's own string: that one is built piece by piece, and reading it would
 * copy it into one piece first.
 */
function splitSentences(blocks: TextBlock[], text: string, blockOffsets: number[]): Sentence[] {
  const sentences: Sentence[] = [];
  blocks.forEach((block, blockIndex) => {
    const start = blockOffsets[blockIndex] ?? 0;
    const blockText = text.slice(start, start + block.text.length);
    for (const span of sentenceSpans(blockText)) sentences.push({ from: block.from + span.start, to: block.from + span.end, text: blockText.slice(span.start, span.end), blockIndex });
  });
  return sentences;
}

/** The index of the block that holds a character of `context.text`. */
function blockIndexAt(context: SectionContext, offset: number): number {
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
function positionAt(context: SectionContext, offset: number): number {
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
  let rowPos = pos + 1;
  for (const row of table.content.content) {
    const cells: TableCell[] = [];
    let cellPos = rowPos + 1;
    for (const cell of row.content.content) {
      cells.push({ text: textOf(cell, ' ', ' ').trim(), from: cellPos + 1, to: cellPos + cell.nodeSize - 1 });
      cellPos += cell.nodeSize;
    }
    rows.push(cells);
    rowPos += row.nodeSize;
  }
  const kind = table.attrs['kind'] as TableKind;
  return { kind, rows, location: { from: pos, to: pos + table.nodeSize } };
}

function readOrderedList(list: Node, pos: number): ListItemData[] {
  const first = Number(list.attrs['order'] ?? 1);
  const items: ListItemData[] = [];
  let itemPos = pos + 1;
  for (const item of list.content.content) {
    const title = item.firstChild ? textOf(item.firstChild, '', '') : '';
    items.push({ number: first + items.length, title, text: textOf(item, '\n', ' '), from: itemPos + 1, to: itemPos + item.nodeSize - 1 });
    itemPos += item.nodeSize;
  }
  return items;
}

/**
 * `node.textBetween(0, node.content.size, blockSeparator, leafText)` for a
 * schema without `leafText` specs, as a plain walk: `textBetween` calls back
 * through `nodesBetween` for every node, which showed up in the profile of a
 * full check. An empty `blockSeparator` puts nothing between blocks, and
 * `textOf(node, '', '')` is then `node.textContent`.
 */
function textOf(node: Node, blockSeparator: string, leafText: string): string {
  const joining: Joining = { text: '', first: true, blockSeparator, leafText };
  appendText(joining, node);
  return joining.text;
}

interface Joining {
  text: string;
  /** No block has been met yet, so the next gets no separator. */
  first: boolean;
  blockSeparator: string;
  leafText: string;
}

function appendText(joining: Joining, parent: Node): void {
  for (const child of parent.content.content) {
    const type = child.type;
    const leaf = !type.isText && child.isLeaf;
    if (joining.blockSeparator !== '' && type.isBlock && ((leaf && joining.leafText !== '') || type.inlineContent)) {
      if (joining.first) joining.first = false;
      else joining.text += joining.blockSeparator;
    }
    if (type.isText) joining.text += child.text ?? '';
    else if (leaf) joining.text += joining.leafText;
    else if (child.content.size > 0) appendText(joining, child);
  }
}
