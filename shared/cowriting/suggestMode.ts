import type { Mark, MarkType, Node, Slice } from 'prosemirror-model';
import { ReplaceStep, StepMap, Transform, type Mappable } from 'prosemirror-transform';
import { docFromJSON } from '../model/docJson.js';
import type { NodeJSON } from '../model/draft.js';
import { schema } from '../model/schema.js';

/**
 * Suggest mode (tracked changes) as a pure model over the shared schema.
 *
 * An edit made in suggest mode is first applied as usual, then rewritten:
 * new text gets an `insertion` mark and removed text is put back with a
 * `deletion` mark, so nothing a young person (or anyone) wrote disappears
 * until someone accepts that it should. Removing text that is itself only
 * suggested (an `insertion`) really removes it: withdrawing a suggestion
 * needs no review. Text already suggested for removal stays as it is.
 * Formatting and structure (bold, lists, new paragraphs) are not tracked.
 *
 * Accepting an insertion keeps its text and drops the mark; accepting a
 * deletion removes its text. Rejecting does the opposite. One suggestion
 * may be both (typing over a selection), sharing one id.
 */

const insertionType = schema.marks['insertion'] as MarkType;
const deletionType = schema.marks['deletion'] as MarkType;

export interface SuggestionAttrs {
  id: string;
  author: string;
  /** ISO time. */
  at: string;
}

export interface SuggestionContext {
  author: string;
  at: string;
  /** A fresh id for this edit, used unless the edit continues a suggestion by the same author next to it. */
  newId: () => string;
  /** Where the cursor was before the edit: a deletion before it was made backwards (Backspace). */
  headBefore?: number;
}

export interface TrackedEdit {
  /** Where the cursor belongs after a plain deletion: before the struck-through text when deleting backwards, so the next Backspace goes on. */
  cursor: number | null;
}

interface DeletedPiece {
  /** Position in the final document (before any text inserted at the same place). */
  at: number;
  slice: Slice;
  /** The deletion was made backwards (Backspace or a selection ending at the cursor). */
  backwards: boolean;
}

function suggestionOf(marks: readonly Mark[], type: MarkType): SuggestionAttrs | null {
  const mark = type.isInSet(marks);
  return mark ? (mark.attrs as SuggestionAttrs) : null;
}

/** The suggestion of the given kind by `author` directly before or after a range, so typing on extends it. */
function neighbour(doc: Node, from: number, to: number, type: MarkType, author: string): SuggestionAttrs | null {
  const before = from > 0 ? doc.resolve(from).nodeBefore : null;
  const after = to < doc.content.size ? doc.resolve(to).nodeAfter : null;
  for (const node of [before, after]) {
    const attrs = node?.isText ? suggestionOf(node.marks, type) : null;
    if (attrs && attrs.author === author) return attrs;
  }
  return null;
}

/**
 * Rewrites an edit that has already been applied (`edit`, with its steps and
 * the documents before each) as suggestions, by adding steps to `into`, a
 * transform that starts from the edit's result. Returns where the cursor
 * should go, or null to leave it where the edit put it.
 */
export function trackEdit(edit: Transform, into: Transform, context: SuggestionContext): TrackedEdit {
  const inserted: { from: number; to: number }[] = [];
  const deleted: DeletedPiece[] = [];
  edit.steps.forEach((step, index) => {
    if (!(step instanceof ReplaceStep)) return;
    const { from, to, slice } = step;
    const rest = edit.mapping.slice(index + 1);
    if (slice.size > 0) {
      const start = rest.map(from, 1);
      const end = rest.map(from + slice.size, -1);
      if (end > start) inserted.push({ from: start, to: end });
    }
    if (to > from) {
      const before = edit.docs[index] as Node;
      deleted.push({ at: rest.map(from, -1), slice: before.slice(from, to), backwards: context.headBefore === undefined || context.headBefore > from });
    }
  });

  let editId: string | null = null;
  const idFor = (found: SuggestionAttrs | null): SuggestionAttrs => {
    if (found) return found;
    editId ??= context.newId();
    return { id: editId, author: context.author, at: context.at };
  };

  for (const range of inserted) {
    const attrs = idFor(neighbour(into.doc, range.from, range.to, insertionType, context.author));
    into.addMark(range.from, range.to, insertionType.create(attrs));
  }

  let cursor: number | null = null;
  for (const piece of deleted) {
    const at = into.mapping.map(piece.at, -1);
    into.replace(at, at, piece.slice);
    const reinserted = into.steps.length;
    const end = at + piece.slice.size;
    const withdrawn = markDeleted(into, at, end, () => idFor(neighbour(into.doc, at, end, deletionType, context.author)));
    // Withdrawn insertions go last to first so the earlier positions still hold.
    for (const range of withdrawn.reverse()) into.delete(range.from, range.to);
    const after = into.mapping.slice(reinserted);
    if (inserted.length === 0 && deleted.length === 1) cursor = piece.backwards ? after.map(at, -1) : after.map(end, 1);
  }
  return { cursor };
}

/** Marks text in [from, to) as suggested for removal, except text that is only a suggested insertion: those ranges are returned to be removed. */
function markDeleted(into: Transform, from: number, to: number, attrs: () => SuggestionAttrs): { from: number; to: number }[] {
  const withdrawn: { from: number; to: number }[] = [];
  const toMark: { from: number; to: number }[] = [];
  into.doc.nodesBetween(from, to, (node, position) => {
    if (!node.isText) return true;
    const start = Math.max(from, position);
    const end = Math.min(to, position + node.nodeSize);
    if (insertionType.isInSet(node.marks)) withdrawn.push({ from: start, to: end });
    else if (!deletionType.isInSet(node.marks)) toMark.push({ from: start, to: end });
    return false;
  });
  if (toMark.length > 0) {
    const mark = deletionType.create(attrs());
    for (const range of toMark) into.addMark(range.from, range.to, mark);
  }
  return withdrawn;
}

/** One pending suggestion as the suggestions list shows it. */
export interface PendingSuggestion extends SuggestionAttrs {
  /** Where its first part starts, for showing it in the text. */
  from: number;
  inserted: string;
  deleted: string;
}

/** A run of suggested text inside a node; `offset` is where it starts in that node's content. */
interface SuggestionPiece {
  attrs: SuggestionAttrs;
  field: 'inserted' | 'deleted';
  text: string;
  offset: number;
}

const NO_PIECES: readonly SuggestionPiece[] = [];

/**
 * The suggested text in each node, kept per node: nodes are immutable and an
 * edit shares every node it does not touch, so as the writer types only the
 * nodes on the path to the edit are looked into again, not the whole section.
 */
const piecesByNode = new WeakMap<Node, readonly SuggestionPiece[]>();

function suggestionPieces(node: Node): readonly SuggestionPiece[] {
  const cached = piecesByNode.get(node);
  if (cached) return cached;
  const found: SuggestionPiece[] = [];
  node.forEach((child, offset) => {
    if (child.isText) {
      for (const [type, field] of [[insertionType, 'inserted'], [deletionType, 'deleted']] as const) {
        const attrs = suggestionOf(child.marks, type);
        if (attrs) found.push({ attrs, field, text: child.text ?? '', offset });
      }
    } else {
      for (const piece of suggestionPieces(child)) found.push({ ...piece, offset: offset + 1 + piece.offset });
    }
  });
  const pieces = found.length === 0 ? NO_PIECES : found;
  piecesByNode.set(node, pieces);
  return pieces;
}

/** Every pending suggestion in a document, in the order they first appear. */
export function pendingSuggestions(doc: Node): PendingSuggestion[] {
  const found = new Map<string, PendingSuggestion>();
  for (const { attrs, field, text, offset } of suggestionPieces(doc)) {
    const entry = found.get(attrs.id) ?? { id: attrs.id, author: attrs.author, at: attrs.at, from: offset, inserted: '', deleted: '' };
    entry[field] += text;
    found.set(attrs.id, entry);
  }
  return [...found.values()];
}

/** Whether a node is text suggested for insertion or deletion. */
export function isSuggestedText(node: Node): boolean {
  return node.isText && (insertionType.isInSet(node.marks) !== undefined || deletionType.isInSet(node.marks) !== undefined);
}

export function hasSuggestions(doc: Node): boolean {
  return suggestionPieces(doc).length > 0;
}

type Decision = 'accept' | 'reject';

/**
 * Accepts or rejects the suggestions whose id passes `chosen`: text that
 * stays loses its mark, text that goes is deleted (last to first, so the
 * positions found first still hold). Returns how many text runs changed.
 */
function decide(tr: Transform, decision: Decision, chosen: (id: string) => boolean): number {
  const unmark: { from: number; to: number; type: MarkType }[] = [];
  const remove: { from: number; to: number }[] = [];
  tr.doc.descendants((node, position) => {
    if (!node.isText) return true;
    const range = { from: position, to: position + node.nodeSize };
    const insertion = suggestionOf(node.marks, insertionType);
    const deletion = suggestionOf(node.marks, deletionType);
    if (insertion && chosen(insertion.id)) {
      if (decision === 'accept') unmark.push({ ...range, type: insertionType });
      else remove.push(range);
    } else if (deletion && chosen(deletion.id)) {
      if (decision === 'accept') remove.push(range);
      else unmark.push({ ...range, type: deletionType });
    }
    return false;
  });
  for (const range of unmark) tr.removeMark(range.from, range.to, range.type);
  for (const range of remove.reverse()) tr.delete(range.from, range.to);
  return unmark.length + remove.length;
}

export function acceptSuggestion(tr: Transform, id: string): boolean {
  return decide(tr, 'accept', (candidate) => candidate === id) > 0;
}

export function rejectSuggestion(tr: Transform, id: string): boolean {
  return decide(tr, 'reject', (candidate) => candidate === id) > 0;
}

export function acceptAllSuggestions(tr: Transform): boolean {
  return decide(tr, 'accept', () => true) > 0;
}

export function rejectAllSuggestions(tr: Transform): boolean {
  return decide(tr, 'reject', () => true) > 0;
}

/**
 * The text as it would read with every pending suggestion accepted:
 * deletion-marked text left out, insertions kept as ordinary text. Plain
 * text, the completeness check's reading and the PDF use this view, so a
 * suggestion counts as written but a struck-through word does not.
 */
export function acceptedView(doc: Node): Node {
  return acceptedViewWithMapping(doc).doc;
}

export interface AcceptedView {
  doc: Node;
  /**
   * Maps positions in `doc` back to the document as edited, so what is found
   * in the accepted text can be shown in the editor. Null when the positions
   * are the same in both: no suggestions, or only insertions (accepting one
   * just drops its mark).
   */
  toEdited: Mappable | null;
}

/** `acceptedView`, with the way back to the edited document's positions. */
export function acceptedViewWithMapping(doc: Node): AcceptedView {
  if (!hasSuggestions(doc)) return { doc, toEdited: null };
  const tr = new Transform(doc);
  acceptAllSuggestions(tr);
  const movesPositions = tr.mapping.maps.some((map) => map !== StepMap.empty);
  return { doc: tr.doc, toEdited: movesPositions ? tr.mapping.invert() : null };
}

/**
 * Whether a stored document carries a suggestion mark, read from its JSON
 * without parsing it: most drafts carry none, and parsing a long section
 * only to find that out costs an export more than the rest of its checks.
 */
export function storedDocHoldsSuggestions(node: NodeJSON): boolean {
  return (node.marks ?? []).some((mark) => mark.type === insertionType.name || mark.type === deletionType.name) || (node.content ?? []).some(storedDocHoldsSuggestions);
}

/** How many suggestions wait in each section of a draft that has any, by section id, in draft order. */
export function openSuggestionCounts(sections: readonly { id: string; doc: NodeJSON }[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const section of sections) {
    if (!storedDocHoldsSuggestions(section.doc)) continue;
    const parsed = docFromJSON(section.doc);
    const count = parsed.ok ? pendingSuggestions(parsed.doc).length : 0;
    if (count > 0) counts.set(section.id, count);
  }
  return counts;
}
