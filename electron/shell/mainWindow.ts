import path from 'node:path';
import { BrowserWindow, screen } from 'electron';
import { MIN_WINDOW_SIZE, placeWindow, readWindowState, writeWindowState } from './windowState.js';

export interface MainWindowOptions {
  indexHtml: string;
  preload: string;
  /** window-state.json in the user-data folder. */
  stateFile: string;
}

/** The one app window: sandboxed, isolated and without Node, opened where the user last left it. */
export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const placed = placeWindow(
    readWindowState(options.stateFile),
    screen.getAllDisplays().map((display) => display.workArea),
    screen.getPrimaryDisplay().workArea,
  );
  const window = new BrowserWindow({
    ...placed.bounds,
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    title: 'Corporate Parenting Studio',
    show: false,
    webPreferences: {
      preload: path.resolve(options.preload),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      spellcheck: true,
    },
  });
  if (placed.maximised) window.maximize();
  // Shown once painted, so the user never sees an empty white frame.
  window.once('ready-to-show', () => window.show());
  window.on('close', () => {
    try {
      writeWindowState(options.stateFile, { bounds: window.getNormalBounds(), maximised: window.isMaximized() });
    } catch (error) {
      // Forgetting the window's place is not worth stopping the app from closing.
      console.warn(`Could not remember the window position: ${(error as Error).message}`);
    }
  });
  void window.loadFile(options.indexHtml);
  return window;
}
