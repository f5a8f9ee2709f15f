import { baseKeymap, chainCommands, exitCode } from 'prosemirror-commands';
import { keymap } from 'prosemirror-keymap';
import { liftListItem, sinkListItem, splitListItem } from 'prosemirror-schema-list';
import type { Command, Plugin } from 'prosemirror-state';
import { nodes } from '../schemaTypes.js';
import {
  redo,
  setHeading,
  setParagraph,
  toggleBold,
  toggleItalic,
  undo,
  toggleBulletList,
  toggleNumberedList,
} from '../commands.js';
import { leaveTableBelow, nextCellOrNewRow, previousCell } from '../tableNavigation.js';

export const LINK_REQUEST_EVENT = 'cps-link-request';

/**
 * Keyboard shortcuts. Order matters: the table keymap gets Tab first (move
 * between cells, and never out of a table), then lists (indent and
 * outdent), and only then does Tab fall through to the browser so keyboard
 * users can leave the editor.
 */
export function strategyKeymaps(): Plugin[] {
  const { listItem, hardBreak } = nodes;
  const insertHardBreak: Command = (state, dispatch) => {
    if (dispatch) dispatch(state.tr.replaceSelectionWith(hardBreak.create()).scrollIntoView());
    return true;
  };
  // The link dialog belongs to the toolbar around the view, so the shortcut asks for it with a DOM event.
  const openLinkDialog: Command = (_state, _dispatch, view) => {
    view?.dom.dispatchEvent(new CustomEvent(LINK_REQUEST_EVENT, { bubbles: true }));
    return true;
  };
  // Undo and redo take their keys even with nothing to do: a redo key let through falls to the keymap's unshifted binding
  // (Ctrl+Shift+Z to Ctrl+Z, so a second undo) or to the browser's own undo of the editable text.
  const always =
    (command: Command): Command =>
    (state, dispatch, view) => {
      command(state, dispatch, view);
      return true;
    };
  return [
    keymap({ Tab: nextCellOrNewRow, 'Shift-Tab': previousCell, ArrowDown: leaveTableBelow('down'), ArrowRight: leaveTableBelow('right') }),
    keymap({
      'Mod-z': always(undo),
      'Mod-y': always(redo),
      'Shift-Mod-z': always(redo),
      'Mod-b': toggleBold,
      'Mod-i': toggleItalic,
      'Mod-k': openLinkDialog,
      'Mod-Alt-0': setParagraph,
      'Mod-Alt-2': setHeading(2),
      'Mod-Alt-3': setHeading(3),
      'Shift-Ctrl-8': toggleBulletList,
      'Shift-Ctrl-9': toggleNumberedList,
      Enter: splitListItem(listItem),
      Tab: sinkListItem(listItem),
      'Shift-Tab': liftListItem(listItem),
      'Shift-Enter': chainCommands(exitCode, insertHardBreak),
    }),
    keymap(baseKeymap),
  ];
}
