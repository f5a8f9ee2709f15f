import { BrowserWindow, Menu, type MenuItemConstructorOptions } from 'electron';
import { IPC_MENU_CHANNEL, type MenuCommand } from '../../shared/api/bridge.js';
import type { ApiResult } from '../../shared/api/errors.js';
import type { DraftSummary } from '../../shared/model/draft.js';
import { recentDraftLabel, recentDrafts } from './recentDrafts.js';

export interface AppMenuOptions {
  isPackaged: boolean;
  /** Reads the library for File › Open recent. */
  listDrafts(): Promise<ApiResult<DraftSummary[]>>;
  /** The window to use when none has focus (e.g. a menu opened from the macOS menu bar). */
  fallbackWindow(): BrowserWindow | undefined;
  openHelp(): void;
}

export interface AppMenu {
  /** Rebuilds the menu (debounced) so Open recent reflects the library. */
  refresh(): void;
}

const REFRESH_DELAY_MS = 300;

/**
 * The native menu. Items never act on the library themselves: they send a
 * MenuCommand to the renderer, which does the same as its own buttons and
 * keys, so the menu and the browser mode cannot drift apart.
 */
export function installAppMenu(options: AppMenuOptions): AppMenu {
  let timer: NodeJS.Timeout | undefined;

  const send = (command: MenuCommand, window: BrowserWindow | undefined): void => {
    const target = window ?? BrowserWindow.getFocusedWindow() ?? options.fallbackWindow();
    target?.webContents.send(IPC_MENU_CHANNEL, command);
  };

  const rebuild = async (): Promise<void> => {
    const result = await options.listDrafts();
    Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(options, result, send)));
  };

  void rebuild();
  return {
    refresh() {
      clearTimeout(timer);
      timer = setTimeout(() => void rebuild(), REFRESH_DELAY_MS);
    },
  };
}

type Send = (command: MenuCommand, window: BrowserWindow | undefined) => void;

function menuTemplate(options: AppMenuOptions, drafts: ApiResult<DraftSummary[]>, send: Send): MenuItemConstructorOptions[] {
  const isMac = process.platform === 'darwin';
  const command =
    (make: MenuCommand) =>
    (_item: unknown, window: unknown): void =>
      send(make, window instanceof BrowserWindow ? window : undefined);

  const file: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      { label: 'New from template…', accelerator: 'CmdOrCtrl+N', click: command({ type: 'new-from-template' }) },
      { label: 'Open recent', submenu: recentSubmenu(drafts, command) },
      { type: 'separator' },
      { label: 'Save now', accelerator: 'CmdOrCtrl+S', click: command({ type: 'save-now' }) },
      { label: 'Export…', accelerator: 'CmdOrCtrl+E', click: command({ type: 'export' }) },
      { type: 'separator' },
      isMac ? { role: 'close' } : { role: 'quit', label: 'Quit' },
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: '&Edit',
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'pasteAndMatchStyle' },
      { role: 'selectAll' },
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: '&View',
    submenu: [
      { role: 'reload' },
      ...(options.isPackaged ? [] : [{ role: 'toggleDevTools' } as const]),
      { type: 'separator' },
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  };
  const help: MenuItemConstructorOptions = {
    role: 'help',
    label: '&Help',
    submenu: [
      { label: 'Using Corporate Parenting Studio', click: () => options.openHelp() },
      ...(isMac ? [] : [{ type: 'separator' } as const, { role: 'about', label: 'About Corporate Parenting Studio' } as const]),
    ],
  };
  return [...(isMac ? [{ role: 'appMenu' } as const] : []), file, edit, view, help];
}

function recentSubmenu(drafts: ApiResult<DraftSummary[]>, command: (make: MenuCommand) => MenuItemConstructorOptions['click']): MenuItemConstructorOptions[] {
  if (!drafts.ok) return [{ label: 'The library is not available', enabled: false }];
  const recent = recentDrafts(drafts.value);
  if (recent.length === 0) return [{ label: 'No drafts yet', enabled: false }];
  return recent.map((draft) => ({ label: recentDraftLabel(draft), click: command({ type: 'open-draft', id: draft.id }) }));
}
