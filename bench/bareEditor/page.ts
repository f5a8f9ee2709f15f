import { baseKeymap } from 'prosemirror-commands';
import { keymap } from 'prosemirror-keymap';
import { Node } from 'prosemirror-model';
import { splitListItem } from 'prosemirror-schema-list';
import { EditorState } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import { schema } from '../../shared/model/schema.js';
import { nodes } from '../../renderer/editor/schemaTypes.js';

/**
 * Bare ProseMirror, the anchor the editor benchmark types into beside the
 * app: the app's schema and the keys every editor needs (Enter splits a list
 * item, the base keymap), and none of the app's plugins, so the difference
 * between the two is the app's own work. Bundled and served by the benchmark
 * only; the product never loads it.
 */

interface BareEditorWindow {
  loadBareEditor(doc: unknown, label: string): void;
}

let view: EditorView | null = null;

(window as unknown as BareEditorWindow).loadBareEditor = (json, label) => {
  const mount = document.getElementById('editor');
  if (!mount) throw new Error('the bare page has no #editor');
  view?.destroy();
  view = new EditorView(mount, {
    state: EditorState.create({ doc: Node.fromJSON(schema, json), plugins: [keymap({ Enter: splitListItem(nodes.listItem) }), keymap(baseKeymap)] }),
    attributes: { role: 'textbox', 'aria-label': label, 'aria-multiline': 'true' },
  });
};
