import { TextSelection, type EditorState, type Transaction } from 'prosemirror-state';
import { placeholdersIn } from '../editor/plugins/placeholders.js';
import { nodes } from '../editor/schemaTypes.js';

/**
 * Where the young people start writing. The foreword's starter is only its
 * attribution line, in italics and full of placeholders; a caret left at
 * its end would make everything they type italic and put their words after
 * the signature. While the foreword still begins with such a line, the
 * workshop opens with an empty paragraph above it, the caret in it. Not an
 * undo step: undoing it would only put the trap back.
 */
export function openWritingPlace(state: EditorState): Transaction | null {
  const first = state.doc.firstChild;
  if (!first?.isTextblock || placeholdersIn(first, 1).length === 0) return null;
  const tr = state.tr.insert(0, nodes.paragraph.create());
  return tr.setSelection(TextSelection.create(tr.doc, 1)).setMeta('addToHistory', false);
}
