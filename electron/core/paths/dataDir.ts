import os from 'node:os';
import path from 'node:path';

/** The folder name Electron derives from `productName`; the CLI and web host must use the very same folder. */
export const APP_FOLDER_NAME = 'Corporate Parenting Studio';

/**
 * Where the library lives when no `--data-dir` is given: the folder
 * Electron's `app.getPath('userData')` returns, computed without Electron so
 * the CLI and the web host find the same database as the app.
 */
export function defaultDataDir(platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env, home: string = os.homedir()): string {
  if (platform === 'win32') {
    const appData = env['APPDATA'] || path.win32.join(home, 'AppData', 'Roaming');
    return path.win32.join(appData, APP_FOLDER_NAME);
  }
  if (platform === 'darwin') return path.posix.join(home, 'Library', 'Application Support', APP_FOLDER_NAME);
  // Chromium takes any non-empty XDG_CONFIG_HOME as it is, so we do too.
  const base = env['XDG_CONFIG_HOME'] || path.posix.join(home, '.config');
  return path.posix.join(base, APP_FOLDER_NAME);
}

/** Reads `--data-dir DIR` or `--data-dir=DIR` from a command line; the last one wins, as with most tools. */
export function dataDirFromArgs(argv: readonly string[]): string | undefined {
  let found: string | undefined;
  argv.forEach((arg, index) => {
    if (arg === '--data-dir') {
      const next = argv[index + 1];
      if (next !== undefined && !next.startsWith('--')) found = next;
    } else if (arg.startsWith('--data-dir=')) {
      const value = arg.slice('--data-dir='.length);
      if (value !== '') found = value;
    }
  });
  return found;
}
