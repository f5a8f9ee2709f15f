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
  /** Where each block starts in `text`. */
  blockOffsets: number[];
}

export type ParsedSection = { ok: true; context: SectionContext } | { ok: false; message: string };

export function isEditorNode(doc: unknown): doc is Node {
  return doc instanceof Node || (typeof doc === 'object' && doc !== null && typeof (doc as Node).nodeSize === 'number' && typeof (doc as Node).descendants === 'function');
}

export function readSection(id: string, doc: NodeJSON | Node): ParsedSection {
  if (isEditorNode(doc)) return { ok: true, context: buildSectionContext(id, doc) };
  const parsed = docFromJSON(doc);
  // A document parsed here is read once and never seen again: keeping what was read of its blocks would only cost.
  return parsed.ok ? { ok: true, context: buildSectionContext(id, parsed.doc, false) } : { ok: false, message: parsed.message };
}

/**
 * Pending suggestions are read as if accepted, as plain text reads them.
 * A finding's position is then of that text, which differs from the
 * editor's only inside a section with suggestions still open; `toEdited`
 * leads back.
 */
export function buildSectionContext(id: string, edited: Node, keep = true): SectionContext {
  // Most sections have no open suggestions: the one walk that reads the blocks also looks for them, and only a section with some is read again once they are accepted.
  const read = readContent(edited, true, keep);
  if (read) return contextOf(id, edited, null, read, keep);
  const { doc, toEdited } = acceptedViewWithMapping(edited);
  return contextOf(id, doc, toEdited, readContent(doc, false, keep) ?? { blocks: [], tables: [], nodes: [] }, keep);
}

interface Content {
  blocks: TextBlock[];
  tables: TableData[];
  nodes: Node[];
}

/**
 * The text blocks and tables of a section in document order, in one walk
 * over its nodes. With `stopAtSuggestion`, null as soon as it meets
 * suggested text. Written as plain loops over the child arrays and the node
 * types' fields, with no callbacks, rather than with `descendants` and the
 * nodes' getters: this walk was a large part of a full check.
 */
function readContent(doc: Node, stopAtSuggestion: boolean, keep: boolean): Content | null {
  const reading: Reading = { blocks: [], tables: [], nodes: [], headingIndex: null, stopAtSuggestion, keep };
  return readChildren(reading, doc, 0) ? { blocks: reading.blocks, tables: reading.tables, nodes: reading.nodes } : null;
}

interface Reading extends Content {
  /** The text block nodes, one per entry of `blocks`: what the per-block caches below are keyed by. */
  nodes: Node[];
  headingIndex: number | null;
  stopAtSuggestion: boolean;
  /** Keep what is read per node, for the next version of the document (see `textblockReads`). */
  keep: boolean;
}

/** Reads the children of `node`, whose content starts at `start`; false when it stopped at suggested text. */
function readChildren(reading: Reading, node: Node, start: number): boolean {
  let pos = start;
  for (const child of node.content.content) {
    const type = child.type;
    if (type.name === 'table') reading.tables.push(readTable(child, pos, reading.keep));
    if (type.isBlock && type.inlineContent) {
      const { text, suggested } = textblockRead(child, reading.keep);
      if (suggested && reading.stopAtSuggestion) return false;
      const kind = type.name === 'heading' ? 'heading' : node.type.name === 'list_item' ? 'list-item' : node.type.spec.tableRole ? 'cell' : 'paragraph';
      reading.blocks.push({ text, from: pos + 1, kind, headingIndex: reading.headingIndex });
      reading.nodes.push(child);
      if (kind === 'heading') reading.headingIndex = reading.blocks.length - 1;
    } else if (child.content.size > 0 && !readChildren(reading, child, pos + 1)) {
      return false;
    }
    pos += child.nodeSize;
  }
  return true;
}

interface TextblockRead {
  text: string;
  /** It holds suggested text (an insertion or deletion still open). */
  suggested: boolean;
}

/**
 * What a text block reads as, per block node. ProseMirror nodes are
 * immutable and an edit shares every untouched node with the document
 * before it, so as the writer types only the block being typed in is read
 * again, however long the section.
 */
const textblockReads = new WeakMap<Node, TextblockRead>();

function textblockRead(block: Node, keep: boolean): TextblockRead {
  let read = keep ? textblockReads.get(block) : undefined;
  if (!read) {
    const reading = { text: '', suggested: false };
    appendTextblock(reading, block);
    read = reading;
    if (keep) textblockReads.set(block, read);
  }
  return read;
}

/** A text block's text as `textBetween` reads it, with hard breaks as "\n" and other leaves as " ". */
function appendTextblock(reading: TextblockRead, block: Node): void {
  for (const child of block.content.content) {
    if (child.text !== undefined) {
      if (!reading.suggested && child.marks.length > 0 && isSuggestedText(child)) reading.suggested = true;
      reading.text += child.text;
    } else if (child.isLeaf) {
      reading.text += child.type.name === 'hard_break' ? '\n' : ' ';
    } else {
      appendTextblock(reading, child);
    }
  }
}

/** Each context's text block nodes, in the order of its `blocks`. */
const blockNodes = new WeakMap<SectionContext, readonly Node[]>();

function contextOf(id: string, doc: Node, toEdited: Mappable | null, { blocks, tables, nodes }: Content, keep: boolean): SectionContext {
  const orderedLists: ListItemData[][] = [];
  doc.forEach((child, offset) => {
    if (child.type.name === 'ordered_list') orderedLists.push(readOrderedList(child, offset, keep));
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
  const context: SectionContext = {
    id,
    doc,
    toEdited,
    blocks,
    get sentences(): Sentence[] {
      sentences ??= splitSentences(blocks, keep ? nodes : []);
      return sentences;
    },
    tables,
    orderedLists,
    text,
    blockOffsets,
  };
  if (keep) blockNodes.set(context, nodes);
  return context;
}

/** Where a block's sentences are, per block node (see `textblockReads`). */
const sentenceSpansByBlock = new WeakMap<Node, ReturnType<typeof sentenceSpans>>();

function splitSentences(blocks: TextBlock[], nodes: readonly Node[]): Sentence[] {
  const sentences: Sentence[] = [];
  blocks.forEach((block, blockIndex) => {
    const node = nodes[blockIndex];
    let spans = node && sentenceSpansByBlock.get(node);
    if (!spans) {
      spans = sentenceSpans(block.text);
      if (node) sentenceSpansByBlock.set(node, spans);
    }
    for (const span of spans) sentences.push({ from: block.from + span.start, to: block.from + span.end, text: block.text.slice(span.start, span.end), blockIndex });
  });
  return sentences;
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

/** A match of a pattern in one block's text; `index` is of that text. */
type BlockMatches = readonly RegExpExecArray[];

/** The matches of each pattern in each block, kept per pattern object and block node (see `textblockReads`). */
const matchesByPattern = new WeakMap<RegExp, WeakMap<Node, BlockMatches>>();

/**
 * The block nodes a pattern was last matched against, and what it found in
 * each. The next context of the same section shares almost all of them, in
 * the same places, and comparing nodes one by one is much cheaper than
 * looking each up.
 */
const lastMatched = new WeakMap<RegExp, { nodes: readonly Node[]; found: BlockMatches[] }>();

/** Every non-empty match of a global pattern in a text. */
function matchesIn(text: string, global: RegExp): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  global.lastIndex = 0;
  for (let match = global.exec(text); match !== null; match = global.exec(text)) {
    if (match[0].length === 0) global.lastIndex += 1;
    else found.push(match);
  }
  return found;
}

/**
 * Each block's matches of a pattern. A pattern is matched block by block, not
 * across the section's joined text, so that a keystroke re-runs it on one
 * block only; a term or figure cannot run from one paragraph into the next,
 * and `^` and `$` are a block's start and end.
 */
function blockMatches(context: SectionContext, pattern: RegExp): BlockMatches[] {
  const nodes = blockNodes.get(context);
  if (!nodes) return context.blocks.map((block) => matchesIn(block.text, globalOf(pattern)));
  const last = lastMatched.get(pattern);
  if (last?.nodes === nodes) return last.found;
  let byBlock = matchesByPattern.get(pattern);
  if (!byBlock) {
    byBlock = new WeakMap();
    matchesByPattern.set(pattern, byBlock);
  }
  let global: RegExp | undefined;
  const found: BlockMatches[] = [];
  for (let index = 0; index < context.blocks.length; index += 1) {
    const node = nodes[index];
    let matches = node !== undefined && last?.nodes[index] === node ? last.found[index] : node === undefined ? undefined : byBlock.get(node);
    if (!matches) {
      global ??= globalOf(pattern);
      const inBlock = matchesIn(context.blocks[index]?.text ?? '', global);
      matches = inBlock.length === 0 ? NO_MATCHES : inBlock;
      if (node) byBlock.set(node, matches);
    }
    found.push(matches);
  }
  lastMatched.set(pattern, { nodes, found });
  return found;
}

const NO_MATCHES: BlockMatches = [];

/** The pattern itself when global, else a global copy, made once per pattern. */
const globalCopies = new WeakMap<RegExp, RegExp>();

function globalOf(pattern: RegExp): RegExp {
  if (pattern.global) return pattern;
  let copy = globalCopies.get(pattern);
  if (!copy) {
    copy = new RegExp(pattern.source, `${pattern.flags}g`);
    globalCopies.set(pattern, copy);
  }
  return copy;
}

/** A block's match as a match of the section's `text`, which is what the rules read offsets in. */
function inSection(context: SectionContext, match: RegExpExecArray, blockIndex: number): RegExpExecArray {
  const moved = Object.assign([...match], { index: (context.blockOffsets[blockIndex] ?? 0) + match.index, input: context.text, groups: match.groups }) as RegExpExecArray;
  if (match.indices) moved.indices = match.indices;
  return moved;
}

/** Every match of a pattern in the section, block by block, with editor positions. */
export function findAll(context: SectionContext, pattern: RegExp): { match: RegExpExecArray; location: TextLocation; blockIndex: number }[] {
  const found: { match: RegExpExecArray; location: TextLocation; blockIndex: number }[] = [];
  blockMatches(context, pattern).forEach((matches, blockIndex) => {
    const blockFrom = context.blocks[blockIndex]?.from ?? 0;
    for (const match of matches) {
      const from = blockFrom + match.index;
      found.push({ match: inSection(context, match, blockIndex), location: { from, to: from + match[0].length }, blockIndex });
    }
  });
  return found;
}

/** The first match of any of the patterns (earliest pattern first), with its editor position. */
export function findFirst(context: SectionContext, patterns: RegExp[]): TextLocation | undefined {
  for (const pattern of patterns) {
    const byBlock = blockMatches(context, pattern);
    const blockIndex = byBlock.findIndex((matches) => matches.length > 0);
    const match = byBlock[blockIndex]?.[0];
    if (match) {
      const from = (context.blocks[blockIndex]?.from ?? 0) + match.index;
      return { from, to: from + match[0].length };
    }
  }
  return undefined;
}

/**
 * Tables and ordered lists as read at position 0, per node (see
 * `textblockReads`), so a keystroke elsewhere in the section only moves them
 * to where they now are.
 */
const tablesRead = new WeakMap<Node, TableData>();
const orderedListsRead = new WeakMap<Node, ListItemData[]>();

const moved = <Located extends TextLocation>(located: Located, by: number): Located => ({ ...located, from: located.from + by, to: located.to + by });

function readTable(table: Node, pos: number, keep: boolean): TableData {
  if (!keep) return readTableAt(table, pos);
  let read = tablesRead.get(table);
  if (!read) {
    read = readTableAt(table, 0);
    tablesRead.set(table, read);
  }
  return pos === 0 ? read : { kind: read.kind, rows: read.rows.map((row) => row.map((cell) => moved(cell, pos))), location: moved(read.location, pos) };
}

function readTableAt(table: Node, pos: number): TableData {
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

function readOrderedList(list: Node, pos: number, keep: boolean): ListItemData[] {
  if (!keep) return readOrderedListAt(list, pos);
  let read = orderedListsRead.get(list);
  if (!read) {
    read = readOrderedListAt(list, 0);
    orderedListsRead.set(list, read);
  }
  return pos === 0 ? read : read.map((item) => moved(item, pos));
}

function readOrderedListAt(list: Node, pos: number): ListItemData[] {
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
 * `node.textBetween(0, node.content.size, blockSeparator, leafText)` as a
 * plain walk: `textBetween` calls back
 * through `nodesBetween` for every node, which showed up in the profile of a
 * full check. An empty `blockSeparator` puts nothing between blocks, and
 * `textOf(node, '', '')` is then `node.textContent`: as there, an empty
 * `leafText` falls back to the node's own (a hard break reads as "\n").
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
    else if (leaf) joining.text += joining.leafText === '' ? (type.spec.leafText?.(child) ?? '') : joining.leafText;
    else if (child.content.size > 0) appendText(joining, child);
  }
}
