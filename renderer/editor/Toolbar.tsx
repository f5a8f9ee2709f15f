import { useRef, useState, type KeyboardEvent } from 'react';
import type { Command, EditorState } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import { undoDepth, redoDepth } from 'prosemirror-history';
import { isInTable } from 'prosemirror-tables';
import {
  addColumn,
  addRow,
  currentBlockKind,
  insertTable,
  isMarkActive,
  redo,
  removeColumn,
  removeRow,
  setHeading,
  setParagraph,
  toggleBold,
  toggleItalic,
  undo,
  wrapInBulletList,
  wrapInOrderedList,
} from './commands.js';
import { suggestModeState } from './plugins/suggestMode.js';
import { insertBoardMembershipTable, insertMeasuresTable } from './structuredTableCommands.js';
import { marks } from './schemaTypes.js';
import { EDITOR } from '../app/accessibleNames.js';

interface ToolbarProps {
  state: EditorState;
  view: EditorView | null;
  onLink: () => void;
  /** Suggest mode cannot be switched off here (the young people's foreword outside the workshop). */
  suggestLocked: boolean;
  onToggleSuggest: () => void;
  /** False where edits are never suggestions (a section's Welsh text): the toggle is left out. */
  canSuggest?: boolean;
}

interface ToolSpec {
  label: string;
  text: string;
  /** In aria-keyshortcuts syntax; shown in the tooltip with the platform's modifier name. */
  shortcut?: string;
  command?: Command;
  action?: () => void;
  pressed?: boolean;
  enabled?: boolean;
  group: string;
}

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

function shortcutForHumans(shortcut: string): string {
  return shortcut.replace('Control', isMac ? '⌘' : 'Ctrl').replace('Meta', '⌘').replace('Alt', isMac ? '⌥' : 'Alt');
}

/**
 * The formatting toolbar: one tab stop, arrow keys move between its
 * buttons (the ARIA toolbar pattern), and pressing a button never takes
 * the focus or the selection away from the text.
 */
export function Toolbar({ state, view, onLink, suggestLocked, onToggleSuggest, canSuggest = true }: ToolbarProps) {
  const [focusIndex, setFocusIndex] = useState(0);
  const buttonsRef = useRef<(HTMLButtonElement | null)[]>([]);
  const mod = isMac ? 'Meta' : 'Control';
  const block = currentBlockKind(state);
  const can = (command: Command) => command(state);
  const inTable = isInTable(state);

  const tools: ToolSpec[] = [
    { group: 'block', label: EDITOR.paragraph, text: '¶', shortcut: `${mod}+Alt+0`, command: setParagraph, pressed: block === 'paragraph' },
    { group: 'block', label: EDITOR.heading2, text: EDITOR.heading2, shortcut: `${mod}+Alt+2`, command: setHeading(2), pressed: block === 'heading-2' },
    { group: 'block', label: EDITOR.heading3, text: EDITOR.heading3, shortcut: `${mod}+Alt+3`, command: setHeading(3), pressed: block === 'heading-3' },
    { group: 'mark', label: EDITOR.bold, text: 'B', shortcut: `${mod}+B`, command: toggleBold, pressed: isMarkActive(state, marks.strong) },
    { group: 'mark', label: EDITOR.italic, text: 'I', shortcut: `${mod}+I`, command: toggleItalic, pressed: isMarkActive(state, marks.em) },
    { group: 'mark', label: EDITOR.link, text: EDITOR.link, shortcut: `${mod}+K`, action: onLink, pressed: isMarkActive(state, marks.link) },
    { group: 'list', label: EDITOR.bulletList, text: EDITOR.bulletList, shortcut: 'Shift+Control+8', command: wrapInBulletList },
    { group: 'list', label: EDITOR.numberedList, text: EDITOR.numberedList, shortcut: 'Shift+Control+9', command: wrapInOrderedList },
    { group: 'table', label: EDITOR.insertTable, text: 'Table', command: insertTable },
    { group: 'table', label: 'Insert measures table', text: 'Measures', command: insertMeasuresTable },
    { group: 'table', label: 'Insert Board membership table', text: 'Board', command: insertBoardMembershipTable },
    { group: 'table', label: EDITOR.addRow, text: '+ Row', command: addRow, enabled: inTable && can(addRow) },
    { group: 'table', label: EDITOR.deleteRow, text: '− Row', command: removeRow, enabled: inTable && can(removeRow) },
    { group: 'table', label: EDITOR.addColumn, text: '+ Column', command: addColumn, enabled: inTable && can(addColumn) },
    { group: 'table', label: EDITOR.deleteColumn, text: '− Column', command: removeColumn, enabled: inTable && can(removeColumn) },
    { group: 'history', label: EDITOR.undo, text: EDITOR.undo, shortcut: `${mod}+Z`, command: undo, enabled: undoDepth(state) > 0 },
    { group: 'history', label: EDITOR.redo, text: EDITOR.redo, shortcut: `${mod}+Y`, command: redo, enabled: redoDepth(state) > 0 },
    ...(canSuggest
      ? [{ group: 'review', label: EDITOR.suggestChanges, text: EDITOR.suggestChanges, action: onToggleSuggest, pressed: suggestModeState(state).on, enabled: !suggestLocked }]
      : []),
  ];

  function run(tool: ToolSpec) {
    if (!view) return;
    if (tool.action) return tool.action();
    if (tool.command) tool.command(view.state, view.dispatch, view);
    view.focus();
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    const jump = event.key === 'Home' ? 0 : event.key === 'End' ? tools.length - 1 : null;
    if (step === 0 && jump === null) return;
    event.preventDefault();
    const next = jump ?? (focusIndex + step + tools.length) % tools.length;
    setFocusIndex(next);
    buttonsRef.current[next]?.focus();
  }

  return (
    <div className="toolbar" role="toolbar" aria-label={EDITOR.toolbar} aria-controls="section-editor" onKeyDown={onKeyDown}>
      {tools.map((tool, index) => {
        const enabled = tool.enabled ?? (tool.action !== undefined || (tool.command !== undefined && can(tool.command)));
        const previous = tools[index - 1];
        return (
          <button
            key={tool.label}
            ref={(element) => {
              buttonsRef.current[index] = element;
            }}
            type="button"
            className={`toolbar__button ${previous && previous.group !== tool.group ? 'toolbar__button--group-start' : ''}`}
            aria-label={tool.label}
            aria-pressed={tool.pressed}
            aria-keyshortcuts={tool.shortcut}
            title={tool.shortcut ? `${tool.label} (${shortcutForHumans(tool.shortcut)})` : tool.label}
            aria-disabled={!enabled}
            tabIndex={index === focusIndex ? 0 : -1}
            onFocus={() => setFocusIndex(index)}
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => enabled && run(tool)}
          >
            <span aria-hidden="true">{tool.text}</span>
          </button>
        );
      })}
    </div>
  );
}
