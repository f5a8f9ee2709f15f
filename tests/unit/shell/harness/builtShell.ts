import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { createFakeElectron, installFakeElectron, type FakeElectron } from './fakeElectron.js';

export const root = path.resolve(__dirname, '../../../..');
export const builtMain = path.join(root, 'dist', 'electron', 'main.cjs');
const requireFromHere = createRequire(__filename);

/**
 * Builds the shell as `npm run build` does. The Node bundles are rebuilt on
 * every test run (esbuild takes a second), so the harness never judges a
 * stale main.cjs; the renderer is built only if missing, since the harness
 * checks that the page exists but never runs it.
 */
export function buildShell(): void {
  execFileSync(process.execPath, [path.join(root, 'scripts', 'build-node.mjs')], { cwd: root, stdio: 'pipe' });
  if (!fs.existsSync(path.join(root, 'dist', 'renderer', 'index.html'))) {
    execFileSync(process.execPath, [path.join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--config', 'renderer/vite.config.ts', '--logLevel', 'error'], {
      cwd: root,
      stdio: 'pipe',
    });
  }
}

export interface RunningShell {
  fake: FakeElectron;
  dataDir: string;
  /** Quits as Electron would (closing the library) and undoes the harness's hooks. */
  stop(): void;
}

/**
 * Starts the built main.cjs in this process as Electron would start it:
 * `--data-dir` on the command line, `electron` answering with the stand-in,
 * then the app's ready event.
 */
export async function startBuiltShell(options: { appPath?: string; dataDir?: string; isPackaged?: boolean } = {}): Promise<RunningShell> {
  const dataDir = options.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'cps-shell-data-'));
  const version = (JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }).version;
  const fake = createFakeElectron({ appPath: options.appPath ?? root, version, isPackaged: options.isPackaged ?? false });
  const uninstall = installFakeElectron(fake);
  const argument = `--data-dir=${dataDir}`;
  process.argv.push(argument);
  Reflect.deleteProperty(requireFromHere.cache, builtMain);
  try {
    requireFromHere(builtMain);
  } finally {
    process.argv.splice(process.argv.indexOf(argument), 1);
  }
  fake.ready();
  // Lets the ready handler (and the menu's first read of the library) run.
  await new Promise((resolve) => setTimeout(resolve, 50));
  return {
    fake,
    dataDir,
    stop() {
      fake.appEvents.emit('will-quit', {});
      uninstall();
    },
  };
}
