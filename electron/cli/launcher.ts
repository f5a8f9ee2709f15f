import fs from 'node:fs';
import Module from 'node:module';
import os from 'node:os';
import path from 'node:path';
import vm from 'node:vm';
import { VERSION_LINE } from './version.js';

/**
 * The built command line's entry point (dist/electron/cli.cjs). Every
 * command is a new process, and compiling the megabytes of the bundled
 * command line (cliMain.cjs, exporters included) was most of its start-up.
 * So this loads the bundle through V8's code cache: the first run of each
 * command keeps the code it compiled in the user's cache folder, and later
 * runs of that command start from it. V8 refuses a cache made by another
 * Node or with other flags (it is then made again), and the bundle's size
 * and time name its caches, so a rebuilt command line never runs an old
 * build's code. A cache folder that cannot be written only costs the speed.
 */

const BUNDLE = path.join(__dirname, 'cliMain.cjs');
/** One folder per installed copy, so two copies (an app and a checkout) never clear each other's caches. */
const CACHE_FOLDER = path.join(userCacheFolder(), 'corporate-parenting-studio', 'cli-code-cache', folderHash(BUNDLE));

/** FNV-1a of the bundle's path: a short folder name, without loading node:crypto for it. */
function folderHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193) >>> 0;
  return hash.toString(16).padStart(8, '0');
}

/** Where the platform keeps a user's caches: nothing in it is needed, and nobody else can write there. */
function userCacheFolder(): string {
  if (process.platform === 'win32') return process.env['LOCALAPPDATA'] || path.join(os.homedir(), 'AppData', 'Local');
  if (process.platform === 'darwin') return path.join(os.homedir(), 'Library', 'Caches');
  return process.env['XDG_CACHE_HOME'] || path.join(os.homedir(), '.cache');
}

function readOrUndefined(file: string): Buffer | undefined {
  try {
    return fs.readFileSync(file);
  } catch {
    return undefined;
  }
}

/** Keeps only this build's caches, written whole (a half-written cache would only be refused, but costs a run). */
function keepCache(file: string, data: Buffer, build: string): void {
  try {
    fs.mkdirSync(CACHE_FOLDER, { recursive: true, mode: 0o700 });
    for (const old of fs.readdirSync(CACHE_FOLDER)) if (!old.startsWith(build)) fs.rmSync(path.join(CACHE_FOLDER, old), { force: true });
    const partial = `${file}.${process.pid}.partial`;
    fs.writeFileSync(partial, data, { mode: 0o600 });
    fs.renameSync(partial, file);
  } catch {
    // Read-only home, full disk: the command itself has run, only more slowly.
  }
}

function launch(): void {
  // The version needs none of the command line: answered here, it costs a process no more than Node's own start.
  if (process.argv[2] === '--version') {
    process.stdout.write(`${VERSION_LINE}\n`);
    return;
  }
  const stat = fs.statSync(BUNDLE);
  const build = `${stat.size}-${Math.round(stat.mtimeMs)}`;
  // One cache per command: each holds the code that command runs (the export command's exporters, not the import machinery).
  const command = /^[a-z][a-z-]{0,19}$/.test(process.argv[2] ?? '') ? process.argv[2] : 'help';
  const cacheFile = path.join(CACHE_FOLDER, `${build}-${command}.v8cache`);
  const cachedData = readOrUndefined(cacheFile);
  const script = new vm.Script(Module.wrap(fs.readFileSync(BUNDLE, 'utf8')), { filename: BUNDLE, cachedData });
  const bundle = new Module(BUNDLE, module);
  bundle.filename = BUNDLE;
  bundle.paths = (Module as unknown as { _nodeModulePaths(folder: string): string[] })._nodeModulePaths(path.dirname(BUNDLE));
  const wrapper = script.runInThisContext() as (exports: unknown, require: NodeJS.Require, module: Module, filename: string, dirname: string) => void;
  wrapper.call(bundle.exports, bundle.exports, Module.createRequire(BUNDLE), bundle, BUNDLE, path.dirname(BUNDLE));
  if (cachedData === undefined || script.cachedDataRejected === true) {
    // Made as the process ends, so it holds every function the command compiled, not just the bundle's top level.
    process.once('exit', () => keepCache(cacheFile, script.createCachedData(), build));
  }
}

launch();
