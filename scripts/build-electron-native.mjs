// Builds better-sqlite3 for Electron's ABI into .electron-native/better_sqlite3.node.
// Why a copy: node_modules/better-sqlite3/build must stay built for Node, or
// Vitest, the CLI and the web host would stop loading it. The shell passes
// this file to better-sqlite3 as its `nativeBinding` instead (see
// electron/shell/main.ts). The packaged app does not need it: electron-builder
// rebuilds node_modules for Electron when it packages.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { electronNativeFiles } from './electronNative.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(path.join(root, 'package.json'));
const { dir: outDir, binding: outFile, versionFile } = electronNativeFiles(root);
const logFile = path.join(outDir, 'build.log');

const electronVersion = require('electron/package.json').version;
const sourceDir = path.dirname(require.resolve('better-sqlite3/package.json'));

fs.mkdirSync(outDir, { recursive: true });
const nodeGyp = findNodeGyp();
const problem = nodeGyp ? buildWith(nodeGyp) : 'node-gyp was not found (it normally comes with npm)';
if (problem) {
  console.error(`Could not build better-sqlite3 for Electron ${electronVersion}: ${problem}. Browser mode (npm run serve) does not need it.`);
  process.exitCode = 1;
} else {
  console.log(`Built better-sqlite3 for Electron ${electronVersion} into ${path.relative(root, outDir)}.`);
}

/** Compiles a copy in a temporary folder; returns why it failed, or undefined. */
function buildWith(nodeGypScript) {
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cps-sqlite-electron-'));
  try {
    // Everything but Node's own build output, which must not be reused or touched.
    const skipped = [path.join(sourceDir, 'build'), path.join(sourceDir, 'node_modules')];
    fs.cpSync(sourceDir, workDir, { recursive: true, filter: (source) => !skipped.some((dir) => source === dir || source.startsWith(dir + path.sep)) });

    const log = fs.openSync(logFile, 'w');
    const result = spawnSync(
      process.execPath,
      [nodeGypScript, 'rebuild', '--release', `--target=${electronVersion}`, `--arch=${process.arch}`, '--dist-url=https://electronjs.org/headers', '--runtime=electron'],
      { cwd: workDir, stdio: ['ignore', log, log], timeout: 20 * 60 * 1000 },
    );
    fs.closeSync(log);
    const built = path.join(workDir, 'build', 'Release', 'better_sqlite3.node');
    if (result.status !== 0 || !fs.existsSync(built)) return `node-gyp did not finish (details in ${path.relative(root, logFile)})`;

    fs.copyFileSync(built, outFile);
    // start.mjs compares this with the installed Electron, so an upgrade triggers a rebuild.
    fs.writeFileSync(versionFile, electronVersion);
    return undefined;
  } finally {
    fs.rmSync(workDir, { recursive: true, force: true });
  }
}

/** npm bundles node-gyp; where depends on how Node was installed, so try the usual places. */
function findNodeGyp() {
  const candidates = [];
  if (process.env.npm_execpath) candidates.push(path.join(path.dirname(process.env.npm_execpath), '..', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'));
  const prefix = spawnSync('npm', ['prefix', '-g'], { encoding: 'utf8', shell: process.platform === 'win32' }).stdout?.trim();
  if (prefix) {
    candidates.push(path.join(prefix, 'lib', 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'));
    candidates.push(path.join(prefix, 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'));
  }
  try {
    candidates.push(require.resolve('node-gyp/bin/node-gyp.js'));
  } catch {
    // Not a project dependency; npm's copy above is the usual source.
  }
  return candidates.find((candidate) => fs.existsSync(candidate));
}
