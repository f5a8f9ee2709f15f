// `npm start` (after the build): the desktop app where Electron can run here,
// otherwise the same app in the browser through the local web host, so one
// command works on every machine, including those where Electron's binary
// cannot be downloaded.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { browserModeNotice, electronBuildIsCurrent, electronNativeFiles, probeNativeBinding } from './electronNative.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(path.join(root, 'package.json'));
const args = process.argv.slice(2);

const electron = usableElectron();
const problem = electron ? electronSqliteProblem(electron) : "Electron's binary is not available on this machine";
if (!problem) {
  run(electron, [root, ...args], 'inherit');
} else {
  console.log(browserModeNotice(problem));
  const child = run(process.execPath, [path.join(root, 'dist', 'electron', 'webhost.cjs'), ...args], ['inherit', 'pipe', 'inherit']);
  let opened = false;
  child.stdout.on('data', (chunk) => {
    process.stdout.write(chunk);
    const url = /running at (http:\/\/\S+)/.exec(chunk.toString())?.[1];
    if (url && !opened) {
      opened = true;
      openInBrowser(url);
    }
  });
}

/** Runs the child, passes Ctrl+C and termination on to it, and exits with its code. */
function run(command, commandArgs, stdio) {
  const child = spawn(command, commandArgs, { stdio });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
  return child;
}

/** The Electron executable if it is present and loads on this machine (its libraries may be missing). */
function usableElectron() {
  const found = electronPath() ?? (tryInstallElectron() && electronPath());
  if (!found) return undefined;
  const probe = spawnSync(found, ['--version'], { env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' }, stdio: 'ignore', timeout: 30_000 });
  return probe.status === 0 ? found : undefined;
}

/**
 * Mirrors node_modules/electron/index.js without its side effect: requiring
 * that module starts a noisy download when the binary is missing.
 */
function electronPath() {
  try {
    const electronDir = path.dirname(require.resolve('electron/package.json'));
    const relative = fs.readFileSync(path.join(electronDir, 'path.txt'), 'utf8');
    const full = path.join(process.env.ELECTRON_OVERRIDE_DIST_PATH ?? path.join(electronDir, 'dist'), relative);
    return fs.existsSync(full) ? full : undefined;
  } catch {
    return undefined;
  }
}

/** Electron fetches its binary on first use; one quiet attempt, which fails fast where downloads are blocked. */
function tryInstallElectron() {
  try {
    const installer = path.join(path.dirname(require.resolve('electron/package.json')), 'install.js');
    return spawnSync(process.execPath, [installer], { stdio: 'ignore', timeout: 2 * 60 * 1000 }).status === 0;
  } catch {
    return false;
  }
}

/**
 * better-sqlite3 built for this Electron version (see build-electron-native.mjs),
 * building it if needed, then loaded once by Electron itself: why the app
 * cannot use it, or undefined when it can.
 */
function electronSqliteProblem(electron) {
  const version = require('electron/package.json').version;
  if (!electronBuildIsCurrent(root, version)) {
    const built = spawnSync(process.execPath, [path.join(root, 'scripts', 'build-electron-native.mjs')], { stdio: 'inherit' }).status === 0;
    if (!built) return 'its database module could not be built for Electron';
  }
  const failure = probeNativeBinding(electron, root, electronNativeFiles(root).binding);
  return failure ? `its database module built for Electron does not load (${failure}; \`npm run rebuild:electron\` builds it again)` : undefined;
}

/** Best effort: if no opener exists the printed URL is still there to click. */
function openInBrowser(url) {
  const [command, commandArgs, verbatim] =
    process.platform === 'darwin'
      ? ['open', [url], false]
      : process.platform === 'win32'
        ? ['cmd', ['/c', 'start', '""', url], true] // `start` treats its first quoted argument as a window title.
        : ['xdg-open', [url], false];
  const opener = spawn(command, commandArgs, { stdio: 'ignore', detached: true, windowsVerbatimArguments: verbatim });
  opener.on('error', () => {});
  opener.unref();
}
