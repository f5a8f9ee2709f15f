// Bundles the Node-side entry points into dist/electron/*.cjs with esbuild.
// CommonJS because Electron's sandboxed preload only accepts it, and one
// format for all keeps the entry points alike. TypeScript is bundled, not
// type-checked here: `npm run typecheck` does that.
import { build } from 'esbuild';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const common = {
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

await Promise.all([
  // Main process, web host and CLI load packages from node_modules at run
  // time: better-sqlite3 is native (and rebuilt for Electron when packaged),
  // and some packages read their own files (fonts) beside their code, which
  // bundling would break. node_modules ships with the packaged app anyway.
  build({ ...common, entryPoints: ['electron/shell/main.ts'], outfile: 'dist/electron/main.cjs', packages: 'external' }),
  build({ ...common, entryPoints: ['electron/webhost/main.ts'], outfile: 'dist/electron/webhost.cjs', packages: 'external' }),
  build({ ...common, entryPoints: ['electron/cli/main.ts'], outfile: 'dist/electron/cli.cjs', packages: 'external' }),
  // Each import runs in a worker thread started from this file. Bundled whole (its packages are pure JavaScript), so the packaged app can
  // keep it outside the asar archive without also unpacking node_modules.
  build({ ...common, entryPoints: ['electron/core/import/importWorker.ts'], outfile: 'dist/electron/importWorker.cjs' }),
  // A sandboxed preload can require nothing but 'electron', so everything else is bundled in.
  build({ ...common, entryPoints: ['electron/shell/preload.ts'], outfile: 'dist/electron/preload.cjs', external: ['electron'] }),
]);
