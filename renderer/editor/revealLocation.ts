import type { Node } from 'prosemirror-model';
import { Selection, TextSelection, type EditorState, type Transaction } from 'prosemirror-state';
import type { TextLocation } from '../../shared/completeness/index.js';

/**
 * Taking the writer to the text a finding is about. The finding's positions
 * come from the check of a slightly older document when the writer has typed
 * since, so they are clamped into the document as it is; a location that no
 * longer points into text falls back to the nearest place a cursor can go.
 */

/** A request, from outside the editor, to show a place in a section; `id` tells repeated requests apart. */
export interface RevealRequest {
  id: number;
  sectionId: string;
  location?: TextLocation;
}

/** The location limited to the document's content, with from ≤ to. */
export function clampLocation(doc: Node, location: TextLocation): TextLocation {
  const size = doc.content.size;
  const clamp = (position: number) => Math.min(Math.max(0, Math.round(position)), size);
  const from = clamp(Math.min(location.from, location.to));
  const to = clamp(Math.max(location.from, location.to));
  return { from, to };
}

/** A text selection over the location, or a cursor near it when it covers no text. */
export function selectionForLocation(doc: Node, location: TextLocation): Selection {
  const { from, to } = clampLocation(doc, location);
  // `between` moves ends that fall between blocks into the nearest text.
  return from < to ? TextSelection.between(doc.resolve(from), doc.resolve(to)) : Selection.near(doc.resolve(from));
}

/** Selects the location and scrolls it into view; no undo step, since nothing in the text changed. */
export function revealLocation(state: EditorState, location: TextLocation | undefined): Transaction {
  const selection = location === undefined ? Selection.atStart(state.doc) : selectionForLocation(state.doc, location);
  return state.tr.setSelection(selection).scrollIntoView();
}
