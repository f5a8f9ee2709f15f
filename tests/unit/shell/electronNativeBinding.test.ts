import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BRIDGE_KEY, type DesktopBridge } from '../../../shared/api/bridge.js';
import { root, startBuiltShell, type RunningShell } from './harness/builtShell.js';

// Which better-sqlite3 the built shell loads. In a checkout node_modules holds
// the build for Node (the tests, CLI and web host need it) and
// .electron-native/ the one for Electron; the packaged app has node_modules
// rebuilt for Electron. A file that is not a loadable module stands in for
// "built for the other ABI": if the shell picks it, the library cannot open.

const nodeBuild = path.join(path.dirname(createRequire(__filename).resolve('better-sqlite3/package.json')), 'build', 'Release', 'better_sqlite3.node');
const made: string[] = [];
let running: RunningShell | undefined;

afterEach(() => {
  running?.stop();
  running = undefined;
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** A folder to start Electron on, as `electron .` would be started on the checkout, with the given .electron-native/better_sqlite3.node. */
function appFolder(binding: 'none' | 'unloadable' | 'node-build'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cps-shell-app-'));
  made.push(dir);
  fs.symlinkSync(path.join(root, 'templates'), path.join(dir, 'templates'));
  if (binding !== 'none') {
    fs.mkdirSync(path.join(dir, '.electron-native'));
    const file = path.join(dir, '.electron-native', 'better_sqlite3.node');
    if (binding === 'unloadable') fs.writeFileSync(file, 'not a native module');
    else fs.copyFileSync(nodeBuild, file);
  }
  return dir;
}

async function start(options: { appPath: string; isPackaged: boolean }): Promise<RunningShell> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cps-shell-data-'));
  made.push(dataDir);
  running = await startBuiltShell({ ...options, dataDir });
  return running;
}

/** What the page hears when it asks, through the real preload, whether the library opened. */
async function libraryStatus(shell: RunningShell): Promise<{ state: string; message?: string }> {
  const [window] = shell.fake.windows;
  if (!window) throw new Error('The shell opened no window');
  const page = shell.fake.loadPreload(window, String(window.options.webPreferences?.['preload']));
  const result = await (page.mainWorld[BRIDGE_KEY] as DesktopBridge).call('library.status', {});
  if (!result.ok) throw new Error(`library.status failed: ${JSON.stringify(result)}`);
  return result.value as { state: string; message?: string };
}

describe('the better-sqlite3 build the desktop shell loads', () => {
  it('in a checkout, is the one in .electron-native/ when it is there; if it does not load, the page says so in one line', async () => {
    const shell = await start({ appPath: appFolder('unloadable'), isPackaged: false });
    expect(shell.fake.record.errorBoxes).toEqual([]);
    expect(shell.fake.windows).toHaveLength(1);
    const status = await libraryStatus(shell);
    expect(status).toMatchObject({ state: 'unavailable', reason: 'cannot-open', canStartFresh: false });
    expect(status.message).toMatch(/database component could not be loaded/);
    expect(status.message).not.toContain('\n');
    expect(fs.existsSync(path.join(shell.dataDir, 'library.sqlite'))).toBe(false);
  });

  it('in a checkout, opens the library through .electron-native/ when that build loads', async () => {
    const shell = await start({ appPath: appFolder('node-build'), isPackaged: false });
    expect(shell.fake.record.errorBoxes).toEqual([]);
    expect(await libraryStatus(shell)).toMatchObject({ state: 'ready' });
    expect(fs.existsSync(path.join(shell.dataDir, 'library.sqlite'))).toBe(true);
  });

  it('in a checkout without .electron-native/, falls back to node_modules', async () => {
    const shell = await start({ appPath: appFolder('none'), isPackaged: false });
    expect(await libraryStatus(shell)).toMatchObject({ state: 'ready' });
  });

  it('when packaged, is the one in node_modules, whatever lies in .electron-native/', async () => {
    const shell = await start({ appPath: appFolder('unloadable'), isPackaged: true });
    expect(await libraryStatus(shell)).toMatchObject({ state: 'ready' });
  });

  it('is never chosen from .electron-native/ by the web host or the CLI', () => {
    for (const bundle of ['webhost.cjs', 'cli.cjs', 'cliMain.cjs', 'importWorker.cjs']) {
      expect(fs.readFileSync(path.join(root, 'dist', 'electron', bundle), 'utf8'), bundle).not.toContain('.electron-native');
    }
    expect(fs.readFileSync(path.join(root, 'dist', 'electron', 'main.cjs'), 'utf8')).toContain('.electron-native');
  });
});
