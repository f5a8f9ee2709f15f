// esbuild options shared by build-node.mjs and cli.mjs (which rebuilds the command line when its sources changed).
import { build } from 'esbuild';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const CLI_OUTFILE = path.join(root, 'dist/electron/cli.cjs');

export const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: true,
  logLevel: 'warning',
  absWorkingDir: root,
  // Shared path helpers fall back to import.meta only when __dirname is missing, which never happens in these bundles.
  logOverride: { 'empty-import-meta': 'silent' },
};

/**
 * The CLI is one short process, so its start-up is most of what a user waits
 * for: the pure-JavaScript packages every command needs (zod, ProseMirror,
 * markdown-it) are bundled in, saving Node hundreds of file look-ups.
 * Packages that are native, read their own files beside their code (fonts),
 * or that only one command loads (the exporters, the Word reader) stay in
 * node_modules and are required when that command runs.
 */
const CLI_EXTERNAL = ['better-sqlite3', 'docx', 'pdf-lib', '@pdf-lib/*', 'fontkit', '@expo-google-fonts/*', 'mammoth', 'linkedom', 'jszip', 'linebreak', 'bidi-js'];

export function buildCli() {
  return build({ ...common, entryPoints: ['electron/cli/main.ts'], outfile: CLI_OUTFILE, external: CLI_EXTERNAL });
}
