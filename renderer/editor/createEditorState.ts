import { history } from 'prosemirror-history';
import type { Node } from 'prosemirror-model';
import { EditorState } from 'prosemirror-state';
import { tableEditing } from 'prosemirror-tables';
import { commentHighlights } from '../comments/commentHighlights.js';
import { strategyInputRules } from './plugins/inputRules.js';
import { strategyKeymaps } from './plugins/keymap.js';
import { longSentencesPlugin } from './plugins/longSentences.js';
import { placeholdersPlugin } from './plugins/placeholders.js';
import { suggestModePlugin } from './plugins/suggestMode.js';
import { structuredTablesPlugin } from './plugins/structuredTables.js';

/**
 * A fresh editing state for one section. The draft screen keeps one of
 * these per section for as long as the draft is open, so each section has
 * its own undo history that survives moving between sections.
 */
export function createEditorState(doc: Node): EditorState {
  return EditorState.create({
    doc,
    plugins: [strategyInputRules(), ...strategyKeymaps(), history(), tableEditing(), longSentencesPlugin(), commentHighlights(), suggestModePlugin(), structuredTablesPlugin(), placeholdersPlugin()],
  });
}
