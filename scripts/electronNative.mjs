// Where `npm start` finds better-sqlite3 built for Electron, and whether that
// build really loads, so the app is only started on a library it can open.
// A module of its own so the decisions can be tested without Electron.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/** .electron-native/ in the checkout: the Electron build, beside (not over) node_modules' Node build. */
export function electronNativeFiles(root) {
  const dir = path.join(root, '.electron-native');
  return { dir, binding: path.join(dir, 'better_sqlite3.node'), versionFile: path.join(dir, 'electron-version.txt') };
}

/** True when the build there was made for this Electron version; an upgrade of Electron makes it stale. */
export function electronBuildIsCurrent(root, electronVersion) {
  const files = electronNativeFiles(root);
  const builtFor = fs.existsSync(files.versionFile) ? fs.readFileSync(files.versionFile, 'utf8').trim() : '';
  return builtFor === electronVersion && fs.existsSync(files.binding);
}

/**
 * Opens an in-memory database through `binding` with `runtime` acting as
 * Node (ELECTRON_RUN_AS_NODE), so a build for the wrong ABI or a damaged
 * file is caught before any window opens. Returns why it failed, or undefined.
 */
export function probeNativeBinding(runtime, root, binding) {
  const script = 'const [sqlite, binding] = process.argv.slice(-2); new (require(sqlite))(":memory:", { nativeBinding: binding }).close();';
  const sqlite = path.join(root, 'node_modules', 'better-sqlite3');
  const probe = spawnSync(runtime, ['-e', script, sqlite, binding], {
    env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
    encoding: 'utf8',
    timeout: 30_000,
  });
  if (probe.status === 0) return undefined;
  const firstLine = (probe.stderr ?? '').split('\n').find((line) => /Error/.test(line)) ?? probe.error?.message ?? `exit code ${probe.status}`;
  return firstLine.trim();
}

/** The one line `npm start` prints before opening browser mode instead of the desktop app. */
export function browserModeNotice(reason) {
  return `${reason[0].toUpperCase()}${reason.slice(1)}, so Corporate Parenting Studio is opening in browser mode instead.`;
}
