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
  /** Ordered lists at the top level of the section, in order; read on first use (only the priorities rule asks). */
  readonly orderedLists: ListItemData[][];
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
  const read = readSectionBlocks(edited, true, keep, keep ? lastReads.get(id) : undefined);
  if (read) {
    if (keep) lastReads.set(id, read);
    return contextOf(id, edited, null, read, keep);
  }
  lastReads.delete(id);
  const { doc, toEdited } = acceptedViewWithMapping(edited);
  return contextOf(id, doc, toEdited, readSectionBlocks(doc, false, keep, undefined) ?? emptyRead(doc), keep);
}

/** A context's text block nodes and their kinds, in the order of its `blocks`: what the per-block caches below are keyed by. */
interface BlockIdentity {
  nodes: readonly Node[];
  kinds: readonly TextBlock['kind'][];
}

/**
 * One version of a section as read: its blocks and tables with what they
 * are joined into, and, per top-level child (and once more for the end),
 * where that child starts in the document, in `blocks` and in `tables`.
 */
interface SectionRead {
  doc: Node;
  blocks: TextBlock[];
  tables: TableData[];
  identity: BlockIdentity;
  text: string;
  blockOffsets: number[];
  childPos: number[];
  childBlocks: number[];
  childTables: number[];
}

const emptyRead = (doc: Node): SectionRead => ({ doc, blocks: [], tables: [], identity: { nodes: [], kinds: [] }, text: '', blockOffsets: [], childPos: [0], childBlocks: [0], childTables: [0] });

/**
 * The last read of each section as the writer's editor holds it, so that the
 * next version is read from it: an edit leaves every top-level node before
 * and after it the same object, so only the nodes between are read, and the
 * blocks after them are moved by the edit's length. Keyed by section id, and
 * used only where the nodes are the same objects, so another document with
 * the same id is read whole, never mixed up.
 */
const lastReads = new Map<string, SectionRead>();

/**
 * The text blocks and tables of a section in document order, carried over
 * from `previous` where its top-level nodes are the same objects. With
 * `stopAtSuggestion`, null as soon as it meets suggested text (a carried
 * read never holds any: only reads that met none are kept). Written as
 * plain loops over the child arrays and the node types' fields, with no
 * callbacks, rather than with `descendants` and the nodes' getters: this
 * walk was a large part of a full check.
 */
function readSectionBlocks(doc: Node, stopAtSuggestion: boolean, keep: boolean, previous: SectionRead | undefined): SectionRead | null {
  const children = doc.content.content;
  const last = previous ?? emptyRead(doc);
  const before = previous ? previous.doc.content.content : [];
  const shorter = Math.min(children.length, before.length);
  let prefix = 0;
  while (prefix < shorter && children[prefix] === before[prefix]) prefix += 1;
  let suffix = 0;
  while (suffix < shorter - prefix && children[children.length - 1 - suffix] === before[before.length - 1 - suffix]) suffix += 1;

  const prefixBlocks = last.childBlocks[prefix] ?? 0;
  const lastBlock = last.blocks[prefixBlocks - 1];
  const reading: Reading = {
    blocks: last.blocks.slice(0, prefixBlocks),
    tables: last.tables.slice(0, last.childTables[prefix] ?? 0),
    nodes: last.identity.nodes.slice(0, prefixBlocks),
    kinds: last.identity.kinds.slice(0, prefixBlocks),
    headingIndex: lastBlock === undefined ? null : lastBlock.kind === 'heading' ? prefixBlocks - 1 : lastBlock.headingIndex,
    stopAtSuggestion,
    keep,
  };
  const childPos = last.childPos.slice(0, prefix);
  const childBlocks = last.childBlocks.slice(0, prefix);
  const childTables = last.childTables.slice(0, prefix);
  let pos = last.childPos[prefix] ?? 0;
  for (let index = prefix; index < children.length - suffix; index += 1) {
    const child = children[index] as Node;
    childPos.push(pos);
    childBlocks.push(reading.blocks.length);
    childTables.push(reading.tables.length);
    if (!readChild(reading, doc, child, pos)) return null;
    pos += child.nodeSize;
  }

  // The blocks after the edit are the same nodes, moved by what the edit added or took away.
  const firstAfter = before.length - suffix;
  const moveBy = pos - (last.childPos[firstAfter] ?? 0);
  const lastAfterBlock = last.childBlocks[firstAfter] ?? last.blocks.length;
  const blockShift = reading.blocks.length - lastAfterBlock;
  const tableShift = reading.tables.length - (last.childTables[firstAfter] ?? last.tables.length);
  for (let index = firstAfter; index <= before.length; index += 1) {
    childPos.push((last.childPos[index] ?? 0) + moveBy);
    childBlocks.push((last.childBlocks[index] ?? 0) + blockShift);
    childTables.push((last.childTables[index] ?? 0) + tableShift);
  }
  const headingBefore = reading.headingIndex;
  const middleBlocks = reading.blocks.length;
  for (let index = lastAfterBlock; index < last.blocks.length; index += 1) {
    const block = last.blocks[index] as TextBlock;
    const headingIndex = block.headingIndex !== null && block.headingIndex >= lastAfterBlock ? block.headingIndex + blockShift : headingBefore;
    reading.blocks.push(moveBy === 0 && headingIndex === block.headingIndex ? block : { text: block.text, from: block.from + moveBy, kind: block.kind, headingIndex });
    reading.nodes.push(last.identity.nodes[index] as Node);
    reading.kinds.push(block.kind);
  }
  for (let index = last.childTables[firstAfter] ?? last.tables.length; index < last.tables.length; index += 1) {
    const table = last.tables[index] as TableData;
    reading.tables.push(moveBy === 0 ? table : { kind: table.kind, rows: table.rows.map((row) => row.map((cell) => moved(cell, moveBy))), location: moved(table.location, moveBy) });
  }

  // The joined text likewise: the unchanged blocks' part of the last text, and the read blocks' own.
  const blockOffsets = last.blockOffsets.slice(0, prefixBlocks);
  let offset = lastBlock === undefined ? 0 : (last.blockOffsets[prefixBlocks - 1] ?? 0) + lastBlock.text.length + 1;
  let text = lastBlock === undefined ? '' : last.text.slice(0, offset - 1);
  for (let index = prefixBlocks; index < middleBlocks; index += 1) {
    const blockText = (reading.blocks[index] as TextBlock).text;
    blockOffsets.push(offset);
    text = index === 0 ? blockText : `${text}\n${blockText}`;
    offset += blockText.length + 1;
  }
  if (lastAfterBlock < last.blocks.length) {
    const textShift = offset - (last.blockOffsets[lastAfterBlock] ?? 0);
    for (let index = lastAfterBlock; index < last.blocks.length; index += 1) blockOffsets.push((last.blockOffsets[index] ?? 0) + textShift);
    const after = last.text.slice(last.blockOffsets[lastAfterBlock] ?? 0);
    text = middleBlocks === 0 ? after : `${text}\n${after}`;
  }

  const identity: BlockIdentity = { nodes: reading.nodes, kinds: reading.kinds };
  if (previous && keep) changeBetween(previous.identity, identity, prefixBlocks, last.blocks.length - lastAfterBlock);
  return { doc, blocks: reading.blocks, tables: reading.tables, identity, text, blockOffsets, childPos, childBlocks, childTables };
}

interface Reading {
  blocks: TextBlock[];
  tables: TableData[];
  /** The text block nodes and their kinds, one per entry of `blocks`: what the per-block caches below are keyed by. */
  nodes: Node[];
  kinds: TextBlock['kind'][];
  headingIndex: number | null;
  stopAtSuggestion: boolean;
  /** Keep what is read per node, for the next version of the document (see `textblockReads`). */
  keep: boolean;
}

/** Reads `child` of `node`, which starts at `pos`; false when it stopped at suggested text. */
function readChild(reading: Reading, node: Node, child: Node, pos: number): boolean {
  const type = child.type;
  if (type.name === 'table') reading.tables.push(readTable(child, pos, reading.keep));
  if (type.isBlock && type.inlineContent) {
    const { text, suggested } = textblockRead(child, reading.keep);
    if (suggested && reading.stopAtSuggestion) return false;
    const kind = type.name === 'heading' ? 'heading' : node.type.name === 'list_item' ? 'list-item' : node.type.spec.tableRole ? 'cell' : 'paragraph';
    reading.blocks.push({ text, from: pos + 1, kind, headingIndex: reading.headingIndex });
    reading.nodes.push(child);
    reading.kinds.push(kind);
    if (kind === 'heading') reading.headingIndex = reading.blocks.length - 1;
    return true;
  }
  return child.content.size === 0 || readChildren(reading, child, pos + 1);
}

/** Reads the children of `node`, whose content starts at `start`; false when it stopped at suggested text. */
function readChildren(reading: Reading, node: Node, start: number): boolean {
  let pos = start;
  for (const child of node.content.content) {
    if (!readChild(reading, node, child, pos)) return false;
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

const blockIdentities = new WeakMap<SectionContext, BlockIdentity>();

function contextOf(id: string, doc: Node, toEdited: Mappable | null, { blocks, tables, identity, text, blockOffsets }: SectionRead, keep: boolean): SectionContext {
  // Sentences are split on first use: most sections' rules never need them.
  let sentences: Sentence[] | undefined;
  let orderedLists: ListItemData[][] | undefined;
  const context: SectionContext = {
    id,
    doc,
    toEdited,
    blocks,
    get sentences(): Sentence[] {
      sentences ??= blocks.flatMap((_, blockIndex) => blockSentences(context, blockIndex));
      return sentences;
    },
    tables,
    get orderedLists(): ListItemData[][] {
      if (!orderedLists) {
        const read: ListItemData[][] = [];
        doc.forEach((child, offset) => {
          if (child.type.name === 'ordered_list') read.push(readOrderedList(child, offset, keep));
        });
        orderedLists = read;
      }
      return orderedLists;
    },
    text,
    blockOffsets,
  };
  if (keep) blockIdentities.set(context, identity);
  return context;
}

type SentenceSpans = ReturnType<typeof sentenceSpans>;

/** Where a block's sentences are, per block node (see `textblockReads`). */
const sentenceSpansByBlock = new WeakMap<Node, SentenceSpans>();

function spansOf(text: string, node: Node | undefined): SentenceSpans {
  let spans = node && sentenceSpansByBlock.get(node);
  if (!spans) {
    spans = sentenceSpans(text);
    if (node) sentenceSpansByBlock.set(node, spans);
  }
  return spans;
}

/**
 * Each context's sentences, split block by block on first use: a rule that
 * asks which sentence holds a match (`sentenceAt`) splits only that block,
 * and a sentence is the same object however it is reached.
 */
const sentencesByBlock = new WeakMap<SectionContext, (Sentence[] | undefined)[]>();

function blockSentences(context: SectionContext, blockIndex: number): Sentence[] {
  let byBlock = sentencesByBlock.get(context);
  if (!byBlock) {
    byBlock = [];
    sentencesByBlock.set(context, byBlock);
  }
  let sentences = byBlock[blockIndex];
  if (!sentences) {
    const block = context.blocks[blockIndex];
    sentences = block ? spansOf(block.text, blockIdentities.get(context)?.nodes[blockIndex]).map((span) => ({ from: block.from + span.start, to: block.from + span.end, text: block.text.slice(span.start, span.end), blockIndex })) : [];
    byBlock[blockIndex] = sentences;
  }
  return sentences;
}

/** What a per-block search sees of a block: only what is the same wherever the block stands, so what it finds can be kept with the block node. */
export interface BlockText {
  text: string;
  kind: TextBlock['kind'];
  /** Its sentences, as offsets in `text`. */
  sentences: SentenceSpans;
}

/**
 * What a per-block search found, kept two ways: per block node, for a block
 * met anywhere; and per section, the blocks last read with what was found in
 * each. The next version of a section shares its blocks with the last, in
 * order, except around the edit, so what was found is carried over by
 * position and only the changed blocks are looked up or read: a keystroke
 * costs the same in a section of any length.
 */
interface KeptReads<Value> {
  byNode: WeakMap<Node, { kind: TextBlock['kind']; value: Value }>;
  last: Map<string, BlockReads<Value>>;
}

interface BlockReads<Value> {
  blocks: BlockIdentity;
  values: Value[];
  /** The first block whose value counts as found, or -1. */
  firstFound: number;
}

/** Where two versions of a section's blocks differ: the first `prefix` and the last `suffix` blocks are the same nodes, of the same kinds. */
interface BlockChange {
  prefix: number;
  suffix: number;
}

/** Each version of a section's blocks is compared with the version before it once, however many searches then carry their results over. */
const changes = new WeakMap<BlockIdentity, { from: BlockIdentity; change: BlockChange }>();

function changeBetween(from: BlockIdentity, to: BlockIdentity, knownPrefix = 0, knownSuffix = 0): BlockChange {
  const known = changes.get(to);
  if (known?.from === from) return known.change;
  const same = (fromIndex: number, toIndex: number): boolean => from.nodes[fromIndex] === to.nodes[toIndex] && from.kinds[fromIndex] === to.kinds[toIndex];
  const shorter = Math.min(from.nodes.length, to.nodes.length);
  let prefix = knownPrefix;
  while (prefix < shorter - knownSuffix && same(prefix, prefix)) prefix += 1;
  let suffix = knownSuffix;
  while (suffix < shorter - prefix && same(from.nodes.length - 1 - suffix, to.nodes.length - 1 - suffix)) suffix += 1;
  const change = { prefix, suffix };
  changes.set(to, { from, change });
  return change;
}

function readPerBlock<Value>(
  kept: KeptReads<Value>,
  context: SectionContext,
  blocks: BlockIdentity,
  read: (blockIndex: number) => Value,
  found: (value: Value) => boolean,
  same: (read: Value, last: Value) => boolean = () => false,
): BlockReads<Value> {
  const last = kept.last.get(context.id);
  if (last?.blocks === blocks) return last;
  const { prefix, suffix } = last ? changeBetween(last.blocks, blocks) : { prefix: 0, suffix: 0 };
  const changed: Value[] = [];
  const changedEnd = blocks.nodes.length - suffix;
  const lastAtSameIndex = last && last.values.length === blocks.nodes.length ? last.values : undefined;
  for (let index = prefix; index < changedEnd; index += 1) {
    const node = blocks.nodes[index];
    const kind = blocks.kinds[index];
    const entry = node && kept.byNode.get(node);
    if (entry && entry.kind === kind) {
      changed.push(entry.value);
    } else {
      // What was found in the block before it changed stands for what is found now when it is the same, so the section's values need not be copied.
      const fresh = read(index);
      const before = lastAtSameIndex?.[index];
      const value = lastAtSameIndex && index < lastAtSameIndex.length && same(fresh, before as Value) ? (before as Value) : fresh;
      if (node && kind) kept.byNode.set(node, { kind, value });
      changed.push(value);
    }
  }
  // Most keystrokes leave most searches' result for the block typed in as it was (nothing found, before and after): the last values then stand, with nothing copied.
  if (last && lastAtSameIndex && changed.every((value, offset) => value === lastAtSameIndex[prefix + offset])) {
    const reads = { blocks, values: last.values, firstFound: last.firstFound };
    kept.last.set(context.id, reads);
    return reads;
  }
  // Copied whole, as the engine copies arrays, rather than pushed one by one.
  let values = changed;
  if (last && last.values.length === blocks.nodes.length) {
    values = last.values.slice();
    changed.forEach((value, offset) => (values[prefix + offset] = value));
  } else if (last) {
    values = last.values.slice(0, prefix).concat(changed, last.values.slice(last.values.length - suffix));
  }
  const reads = { blocks, values, firstFound: firstFoundAfter(last, { prefix, suffix }, values, found) };
  kept.last.set(context.id, reads);
  return reads;
}

/** The first found block of the new values, from the last version's where it can be: only the changed blocks are looked at, unless the first found was among them and went. */
function firstFoundAfter<Value>(last: BlockReads<Value> | undefined, { prefix, suffix }: BlockChange, values: readonly Value[], found: (value: Value) => boolean): number {
  const firstIn = (from: number, to: number): number => {
    for (let index = from; index < to; index += 1) if (found(values[index] as Value)) return index;
    return -1;
  };
  if (!last) return firstIn(0, values.length);
  if (last.firstFound >= 0 && last.firstFound < prefix) return last.firstFound;
  const inChanged = firstIn(prefix, values.length - suffix);
  if (inChanged >= 0 || last.firstFound === -1) return inChanged;
  const lastLength = last.values.length;
  if (last.firstFound >= lastLength - suffix) return last.firstFound - lastLength + values.length;
  return firstIn(values.length - suffix, values.length);
}

const keptReads = new WeakMap<object, Map<string, KeptReads<unknown>>>();

function keptFor<Value>(owner: object, purpose: string): KeptReads<Value> {
  let byPurpose = keptReads.get(owner);
  if (!byPurpose) {
    byPurpose = new Map();
    keptReads.set(owner, byPurpose);
  }
  let kept = byPurpose.get(purpose) as KeptReads<Value> | undefined;
  if (!kept) {
    kept = { byNode: new WeakMap(), last: new Map() };
    byPurpose.set(purpose, kept as KeptReads<unknown>);
  }
  return kept;
}

const isFound = (value: unknown): boolean => value !== undefined && !(Array.isArray(value) && value.length === 0);

/** What a search found in each block, and the first block where it found something (not undefined, not an empty list), or -1. */
export interface PerBlock<Value> {
  values: readonly Value[];
  firstFound: number;
}

/**
 * What `read` finds in each of the section's text blocks, in block order,
 * kept with each block node (see `KeptReads`), so that a search across a
 * section is put together from its blocks' results and a keystroke runs
 * `read` on the one block typed in. `owner` and `purpose` name the search:
 * `owner` is an object that lives as long as what `read` looks for (a rule's
 * compiled patterns), and one owner may have several searches. What `read`
 * returns holds offsets in the block's text, never editor positions, which
 * move.
 */
export function perBlock<Value>(context: SectionContext, owner: object, purpose: string, read: (block: BlockText) => Value): PerBlock<Value> {
  const blocks = blockIdentities.get(context);
  if (!blocks) {
    const values = context.blocks.map((block) => read({ text: block.text, kind: block.kind, sentences: sentenceSpans(block.text) }));
    return { values, firstFound: values.findIndex(isFound) };
  }
  const { values, firstFound } = readPerBlock(
    keptFor<Value>(owner, purpose),
    context,
    blocks,
    (index) => {
      const block = context.blocks[index];
      const text = block?.text ?? '';
      return read({ text, kind: block?.kind ?? 'paragraph', sentences: spansOf(text, blocks.nodes[index]) });
    },
    isFound,
  );
  return { values, firstFound };
}

/** The sentence that holds an editor position, if any. */
export function sentenceAt(context: SectionContext, position: number): Sentence | undefined {
  // Sentences never run across blocks, nor touch one another, so only the last block starting at or before the position can hold it.
  let low = 0;
  let high = context.blocks.length - 1;
  let holder = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if ((context.blocks[middle]?.from ?? 0) <= position) {
      holder = middle;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return holder < 0 ? undefined : blockSentences(context, holder).find((sentence) => sentence.from <= position && position <= sentence.to);
}

/** A match of a pattern in one block's text; `index` is of that text. */
type BlockMatches = readonly RegExpExecArray[];

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
 * Each block's matches of a pattern, kept per block (see `KeptReads`). A
 * pattern is matched block by block, not across the section's joined text,
 * so that a keystroke re-runs it on one block only; a term or figure cannot
 * run from one paragraph into the next, and `^` and `$` are a block's start
 * and end.
 */
function blockMatches(context: SectionContext, pattern: RegExp): PerBlock<BlockMatches> {
  const blocks = blockIdentities.get(context);
  if (!blocks) {
    const values = context.blocks.map((block) => matchesIn(block.text, globalOf(pattern)));
    return { values, firstFound: values.findIndex((matches) => matches.length > 0) };
  }
  return readPerBlock(
    keptFor<BlockMatches>(pattern, 'matches'),
    context,
    blocks,
    (index) => {
      const inBlock = matchesIn(context.blocks[index]?.text ?? '', globalOf(pattern));
      return inBlock.length === 0 ? NO_MATCHES : inBlock;
    },
    (matches) => matches.length > 0,
    sameMatches,
  );
}

/** Matches at the same offsets with the same text and groups: the block's text around them may differ, which nothing reads (`inSection` gives a match the section's text). */
function sameMatches(read: BlockMatches, last: BlockMatches): boolean {
  return (
    read.length === last.length &&
    read.every((match, index) => {
      const other = last[index];
      return (
        other !== undefined &&
        match.index === other.index &&
        match.length === other.length &&
        match.every((group, groupIndex) => group === other[groupIndex]) &&
        (match.indices === undefined || match.indices.every((range, groupIndex) => range?.[0] === other.indices?.[groupIndex]?.[0] && range?.[1] === other.indices?.[groupIndex]?.[1]))
      );
    })
  );
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
  blockMatches(context, pattern).values.forEach((matches, blockIndex) => {
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
    const { values, firstFound } = blockMatches(context, pattern);
    const match = values[firstFound]?.[0];
    if (match) {
      const from = (context.blocks[firstFound]?.from ?? 0) + match.index;
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
