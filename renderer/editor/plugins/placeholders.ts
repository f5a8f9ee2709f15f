import type { Node } from 'prosemirror-model';
import { Plugin, TextSelection, type EditorState, type Transaction } from 'prosemirror-state';
import { findPlaceholders } from '../../../shared/model/placeholders.js';
import { marks } from '../schemaTypes.js';

/**
 * Starter text such as `[Name]`, `[First priority]`, `TBC` or `XX%` is one
 * unit, as a Word content control is: a caret put into it (a click, Home,
 * Ctrl+Home, an arrow key) selects it whole, so typing replaces it; a
 * second click, or an arrow key from the selected placeholder, moves the
 * caret as usual. Text typed in a placeholder's place never takes the
 * placeholder's bold or italic, which was there to make it stand out.
 * Placeholders are found with the one definition the completeness check
 * and the final-export refusal use, so what the check asks the writer to
 * replace is what acts as one.
 */

export interface PlaceholderRange {
  from: number;
  to: number;
}

/** Inline leaves (line breaks) stand for one character, so offsets in the text are offsets in the block. */
const LEAF = '\ufffc';

/** The placeholders in a textblock, as document positions; `start` is the position of its content's start. */
export function placeholdersIn(block: Node, start: number): PlaceholderRange[] {
  const text = block.textBetween(0, block.content.size, undefined, LEAF);
  return findPlaceholders(text).map((match) => ({ from: start + match.from, to: start + match.to }));
}

/** The placeholder around [from, to] in one textblock: `from` at its start or inside, `to` no further than its end. */
export function placeholderAround(doc: Node, from: number, to: number, { atEnd }: { atEnd: boolean }): PlaceholderRange | null {
  const $from = doc.resolve(from);
  if (!$from.parent.isTextblock || to > $from.end()) return null;
  const found = placeholdersIn($from.parent, $from.start()).find((range) => range.from <= from && to <= range.to && (atEnd || from < range.to));
  if (!found) return null;
  // A suggested deletion still shows its words, but they are on their way out: nothing to select there.
  return doc.rangeHasMark(found.from, found.to, marks.deletion) ? null : found;
}

/** The whole placeholder, when the caret is at its start or inside it. */
function wholePlaceholderAtCaret(state: EditorState): PlaceholderRange | null {
  const selection = state.selection;
  if (!(selection instanceof TextSelection) || !selection.empty) return null;
  return placeholderAround(state.doc, selection.from, selection.from, { atEnd: false });
}

/** The selection the plugin turns a caret move into, or null to leave it. */
export function selectWholePlaceholder(transactions: readonly Transaction[], oldState: EditorState, newState: EditorState): Transaction | null {
  if (transactions.some((tr) => tr.docChanged) || oldState.selection.eq(newState.selection)) return null;
  const range = wholePlaceholderAtCaret(newState);
  if (!range) return null;
  // Coming out of the selected placeholder (an arrow key collapses it, a second click goes inside): let it.
  if (oldState.selection.from === range.from && oldState.selection.to === range.to) return null;
  return newState.tr.setSelection(TextSelection.create(newState.doc, range.from, range.to));
}

const FORMATTING = new Set([marks.strong, marks.em, marks.link]);

export function placeholdersPlugin(): Plugin {
  return new Plugin({
    appendTransaction: selectWholePlaceholder,
    props: {
      // Coming back to the editor (Tab, or a section just opened) with the caret still where it was, at a
      // placeholder's start, is moving into it too.
      handleDOMEvents: {
        focus(view) {
          const range = wholePlaceholderAtCaret(view.state);
          if (range) view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, range.from, range.to)));
          return false;
        },
      },
      handleTextInput(view, from, to, text) {
        const { state } = view;
        // Formatting the writer chose just now (Ctrl+B before typing) applies as usual.
        if (state.storedMarks !== null || !placeholderAround(state.doc, from, to, { atEnd: true })) return false;
        const kept = state.doc.resolve(from).marks().filter((mark) => !FORMATTING.has(mark.type));
        view.dispatch(state.tr.setStoredMarks(kept).insertText(text, from, to).scrollIntoView());
        return true;
      },
    },
  });
}
