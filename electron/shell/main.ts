import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, session, shell } from 'electron';
import { IPC_CALL_CHANNEL, IPC_SAVE_FILE_CHANNEL } from '../../shared/api/bridge.js';
import { dispatch } from '../../shared/api/dispatch.js';
import type { ApiResult } from '../../shared/api/errors.js';
import type { DraftSummary } from '../../shared/model/draft.js';
import { createCore, type Core } from '../core/createCore.js';
import { dataDirFromArgs, defaultDataDir } from '../core/paths/dataDir.js';
import { bundledImportWorker } from '../core/paths/importWorkerFile.js';
import { defaultTemplatesDir } from '../core/paths/templatesDir.js';
import { createMainWindow } from './mainWindow.js';
import { installAppMenu } from './menu.js';
import { changesRecentDrafts } from './recentDrafts.js';
import { cliArguments } from './commandLine.js';
import { runCli } from '../cli/runCli.js';
import { saveFileFromPage } from './saveFile.js';
import { confineWebContents, lockDownSession } from './security.js';
import { isRendererPageUrl } from './trustedUrls.js';

// Wiring only: each concern lives in its own module beside this one.

// Before anything else (and before the single-instance lock, which lives in
// this folder) so the app, the web host and the CLI share one library.
app.setPath('userData', path.resolve(dataDirFromArgs(process.argv) ?? defaultDataDir()));

// The app writes British English documents: date fields and number formats follow en-GB (dd/mm/yyyy)
// whatever the machine's own language, so a date typed on the title page means the same everywhere.
app.commandLine.appendSwitch('lang', 'en-GB');

// This bundle is dist/electron/main.cjs, both in the repository and inside the packaged app.
const indexHtml = path.join(__dirname, '..', 'renderer', 'index.html');
const indexFileUrl = pathToFileURL(indexHtml).href;
const preload = path.join(__dirname, 'preload.cjs');

const cliArgs = cliArguments(process.argv);
if (cliArgs !== undefined) {
  runCommandLine(cliArgs);
} else if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  let mainWindow: BrowserWindow | undefined;
  let core: Core | undefined;

  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  confineWebContents(indexFileUrl);

  app.whenReady().then(() => {
    app.setAboutPanelOptions({ applicationName: 'Corporate Parenting Studio', applicationVersion: app.getVersion() });
    lockDownSession(session.defaultSession);
    session.defaultSession.setSpellCheckerLanguages(['en-GB']);

    const openedCore = openCore();
    core = openedCore;
    const listDrafts = async (): Promise<ApiResult<DraftSummary[]>> =>
      (await dispatch(openedCore.handlers, 'drafts.list', { scope: 'active' })) as ApiResult<DraftSummary[]>;
    const menu = installAppMenu({ isPackaged: app.isPackaged, listDrafts, fallbackWindow: () => mainWindow, openHelp });

    ipcMain.handle(IPC_CALL_CHANNEL, async (event, method: unknown, payload: unknown) => {
      if (!event.senderFrame || !isRendererPageUrl(event.senderFrame.url, indexFileUrl)) {
        return { ok: false, error: { code: 'invalid-request', message: 'Only the app’s own page may use its library.' } };
      }
      const result = await dispatch(openedCore.handlers, method, payload);
      if (changesRecentDrafts(method)) menu.refresh();
      return result;
    });

    ipcMain.handle(IPC_SAVE_FILE_CHANNEL, async (event, fileName: unknown, dataBase64: unknown) => {
      if (!event.senderFrame || !isRendererPageUrl(event.senderFrame.url, indexFileUrl)) {
        return { saved: false, error: 'Only the app’s own page may save files.' };
      }
      return saveFileFromPage(BrowserWindow.fromWebContents(event.sender) ?? undefined, openedCore.dataDir, fileName, dataBase64);
    });

    const showWindow = (): void => {
      mainWindow = createMainWindow({ indexHtml, preload, stateFile: path.join(app.getPath('userData'), 'window-state.json') });
      mainWindow.on('closed', () => (mainWindow = undefined));
    };
    showWindow();
    app.on('activate', () => {
      if (!mainWindow) showWindow();
    });
  }).catch((error: unknown) => {
    dialog.showErrorBox('Corporate Parenting Studio could not start', (error as Error)?.message ?? String(error));
    app.exit(1);
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', () => core?.close());
}

/**
 * `--cli …`: the command line the installed app carries (commandLine.ts),
 * run without a window. It takes no single-instance lock, so it runs while
 * the app is open, as `npm run cli` may. Output is written out before the
 * process ends with the command's exit code.
 */
function runCommandLine(args: string[]): void {
  // `… --cli show ID | head` closes the pipe early; that is the reader's choice, not an error to report.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
  });
  const exit = (code: number): void => {
    process.stdout.write('', () => process.stderr.write('', () => app.exit(code)));
  };
  runCli(
    args,
    {
      stdout: (text) => process.stdout.write(`${text}\n`),
      stderr: (text) => process.stderr.write(`${text}\n`),
    },
    {
      codeStamp: buildStamp(),
      templatesDir: app.isPackaged ? path.join(app.getAppPath(), 'templates') : undefined,
      core: { nativeBinding: app.isPackaged ? undefined : electronBuildOfSqlite() },
    },
  ).then(exit, (error: unknown) => {
    process.stderr.write(`Something went wrong: ${(error as Error)?.message ?? String(error)}\n`);
    exit(1);
  });
}

/** This build, as the CLI's template and check caches know it (see electron/cli/main.ts): a new version of the app never trusts an old one's results. */
function buildStamp(): string | undefined {
  try {
    const bundle = fs.statSync(__filename);
    return `${bundle.size}:${bundle.mtimeMs}`;
  } catch {
    return undefined;
  }
}

function openCore(): Core {
  return createCore({
    dataDir: app.getPath('userData'),
    // The packaged app carries the templates inside its own bundle.
    templatesDir: app.isPackaged ? path.join(app.getAppPath(), 'templates') : defaultTemplatesDir(),
    nativeBinding: app.isPackaged ? undefined : electronBuildOfSqlite(),
    importWorkerFile: bundledImportWorker(__dirname),
  });
}

/**
 * In development node_modules holds better-sqlite3 built for Node (the tests
 * need it); `npm run rebuild:electron` puts a copy built for Electron here.
 * The packaged app has node_modules rebuilt for Electron by electron-builder.
 */
function electronBuildOfSqlite(): string | undefined {
  const binding = path.join(app.getAppPath(), '.electron-native', 'better_sqlite3.node');
  return fs.existsSync(binding) ? binding : undefined;
}

function openHelp(): void {
  // Outside the asar archive when packaged, so the user's own viewer can open it.
  const readme = app.isPackaged ? path.join(process.resourcesPath, 'README.md') : path.join(app.getAppPath(), 'README.md');
  void shell.openPath(readme).then((problem) => {
    if (problem) dialog.showErrorBox('The guide could not be opened', problem);
  });
}
