import { useRef, useState, type KeyboardEvent } from 'react';
import type { Command, EditorState } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import { undoDepth, redoDepth } from 'prosemirror-history';
import { isInTable } from 'prosemirror-tables';
import {
  addColumn,
  addRow,
  currentBlockKind,
  currentListKind,
  insertTable,
  type BlockKind,
  type ListKind,
  isMarkActive,
  redo,
  removeColumn,
  removeRow,
  setHeading,
  setParagraph,
  toggleBold,
  toggleItalic,
  undo,
  toggleBulletList,
  toggleNumberedList,
} from './commands.js';
import { suggestModeState } from './plugins/suggestMode.js';
import { insertBoardMembershipTable, insertMeasuresTable } from './structuredTableCommands.js';
import { marks } from './schemaTypes.js';
import { EDITOR } from '../app/accessibleNames.js';

interface ToolbarProps {
  status: ToolbarStatus;
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
  enabled: boolean;
  group: string;
}

/** Everything the toolbar shows about the editor's state: which buttons are pressed and which can act. */
export interface ToolbarStatus {
  block: BlockKind;
  bold: boolean;
  italic: boolean;
  link: boolean;
  list: ListKind;
  /** By command, whether it would do something here. */
  can: Readonly<Record<ToolCommand, boolean>>;
  undo: boolean;
  redo: boolean;
  suggesting: boolean;
}

const TOOL_COMMANDS = {
  setParagraph,
  heading2: setHeading(2),
  heading3: setHeading(3),
  toggleBold,
  toggleItalic,
  toggleBulletList,
  toggleNumberedList,
  insertTable,
  insertMeasuresTable,
  insertBoardMembershipTable,
  addRow,
  removeRow,
  addColumn,
  removeColumn,
} satisfies Record<string, Command>;

type ToolCommand = keyof typeof TOOL_COMMANDS;

const TABLE_ONLY: ReadonlySet<ToolCommand> = new Set(['addRow', 'removeRow', 'addColumn', 'removeColumn']);

export function toolbarStatus(state: EditorState): ToolbarStatus {
  const inTable = isInTable(state);
  const can = {} as Record<ToolCommand, boolean>;
  for (const [name, command] of Object.entries(TOOL_COMMANDS) as [ToolCommand, Command][]) can[name] = (inTable || !TABLE_ONLY.has(name)) && command(state);
  return {
    block: currentBlockKind(state),
    bold: isMarkActive(state, marks.strong),
    italic: isMarkActive(state, marks.em),
    link: isMarkActive(state, marks.link),
    list: currentListKind(state),
    can,
    undo: undoDepth(state) > 0,
    redo: redoDepth(state) > 0,
    suggesting: suggestModeState(state).on,
  };
}

/** Whether two statuses show the same toolbar, so typing that changes nothing on it does not redraw it. */
export function sameToolbarStatus(a: ToolbarStatus, b: ToolbarStatus): boolean {
  return (
    a.block === b.block &&
    a.bold === b.bold &&
    a.italic === b.italic &&
    a.link === b.link &&
    a.list === b.list &&
    a.undo === b.undo &&
    a.redo === b.redo &&
    a.suggesting === b.suggesting &&
    (Object.keys(a.can) as ToolCommand[]).every((name) => a.can[name] === b.can[name])
  );
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
export function Toolbar({ status, view, onLink, suggestLocked, onToggleSuggest, canSuggest = true }: ToolbarProps) {
  const [focusIndex, setFocusIndex] = useState(0);
  const buttonsRef = useRef<(HTMLButtonElement | null)[]>([]);
  const mod = isMac ? 'Meta' : 'Control';
  const { block, can } = status;

  const tools: ToolSpec[] = [
    { group: 'block', label: EDITOR.paragraph, text: '¶', shortcut: `${mod}+Alt+0`, command: TOOL_COMMANDS.setParagraph, pressed: block === 'paragraph', enabled: can.setParagraph },
    { group: 'block', label: EDITOR.heading2, text: EDITOR.heading2, shortcut: `${mod}+Alt+2`, command: TOOL_COMMANDS.heading2, pressed: block === 'heading-2', enabled: can.heading2 },
    { group: 'block', label: EDITOR.heading3, text: EDITOR.heading3, shortcut: `${mod}+Alt+3`, command: TOOL_COMMANDS.heading3, pressed: block === 'heading-3', enabled: can.heading3 },
    { group: 'mark', label: EDITOR.bold, text: 'B', shortcut: `${mod}+B`, command: toggleBold, pressed: status.bold, enabled: can.toggleBold },
    { group: 'mark', label: EDITOR.italic, text: 'I', shortcut: `${mod}+I`, command: toggleItalic, pressed: status.italic, enabled: can.toggleItalic },
    { group: 'mark', label: EDITOR.link, text: EDITOR.link, shortcut: `${mod}+K`, action: onLink, pressed: status.link, enabled: true },
    { group: 'list', label: EDITOR.bulletList, text: EDITOR.bulletList, shortcut: 'Shift+Control+8', command: toggleBulletList, pressed: status.list === 'bullet', enabled: can.toggleBulletList },
    { group: 'list', label: EDITOR.numberedList, text: EDITOR.numberedList, shortcut: 'Shift+Control+9', command: toggleNumberedList, pressed: status.list === 'numbered', enabled: can.toggleNumberedList },
    { group: 'table', label: EDITOR.insertTable, text: 'Table', command: insertTable, enabled: can.insertTable },
    { group: 'table', label: 'Insert measures table', text: 'Measures', command: insertMeasuresTable, enabled: can.insertMeasuresTable },
    { group: 'table', label: 'Insert Board membership table', text: 'Board', command: insertBoardMembershipTable, enabled: can.insertBoardMembershipTable },
    { group: 'table', label: EDITOR.addRow, text: '+ Row', command: addRow, enabled: can.addRow },
    { group: 'table', label: EDITOR.deleteRow, text: '− Row', command: removeRow, enabled: can.removeRow },
    { group: 'table', label: EDITOR.addColumn, text: '+ Column', command: addColumn, enabled: can.addColumn },
    { group: 'table', label: EDITOR.deleteColumn, text: '− Column', command: removeColumn, enabled: can.removeColumn },
    { group: 'history', label: EDITOR.undo, text: EDITOR.undo, shortcut: `${mod}+Z`, command: undo, enabled: status.undo },
    { group: 'history', label: EDITOR.redo, text: EDITOR.redo, shortcut: `${mod}+Y`, command: redo, enabled: status.redo },
    ...(canSuggest
      ? [{ group: 'review', label: EDITOR.suggestChanges, text: EDITOR.suggestChanges, action: onToggleSuggest, pressed: status.suggesting, enabled: !suggestLocked }]
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
        const { enabled } = tool;
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
