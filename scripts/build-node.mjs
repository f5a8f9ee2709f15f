// Bundles the Node-side entry points into dist/electron/*.cjs with esbuild.
// CommonJS because Electron's sandboxed preload only accepts it, and one
// format for all keeps the entry points alike. TypeScript is bundled, not
// type-checked here: `npm run typecheck` does that.
import { build } from 'esbuild';
import fs from 'node:fs';
import { buildCli, common, pdfLibDeflate } from './node-bundles.mjs';

// ProseMirror is bundled in (its ES module build): required from node_modules, Node would load its CommonJS build,
// where Babel's class helper makes creating a text node about 40 times slower (a whole import or check pays for it).
const { dependencies } = JSON.parse(fs.readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
// pdf-lib is bundled in too, so its DEFLATE can be Node's zlib rather than pako's JavaScript (pdfLibDeflate), as in the command line.
const FROM_NODE_MODULES = Object.keys(dependencies)
  .filter((name) => !name.startsWith('prosemirror-') && name !== 'pdf-lib')
  .flatMap((name) => [name, `${name}/*`]);

await Promise.all([
  // Main process and web host load packages from node_modules at run
  // time: better-sqlite3 is native (and rebuilt for Electron when packaged),
  // and some packages read their own files (fonts) beside their code, which
  // bundling would break. node_modules ships with the packaged app anyway.
  build({ ...common, entryPoints: ['electron/shell/main.ts'], outfile: 'dist/electron/main.cjs', external: ['electron', ...FROM_NODE_MODULES], plugins: [pdfLibDeflate] }),
  build({ ...common, entryPoints: ['electron/webhost/main.ts'], outfile: 'dist/electron/webhost.cjs', external: FROM_NODE_MODULES, plugins: [pdfLibDeflate] }),
  buildCli(),
  // Each import runs in a worker thread started from this file. Bundled whole (its packages are pure JavaScript), so the packaged app can
  // keep it outside the asar archive without also unpacking node_modules.
  build({ ...common, entryPoints: ['electron/core/import/importWorker.ts'], outfile: 'dist/electron/importWorker.cjs' }),
  // A sandboxed preload can require nothing but 'electron', so everything else is bundled in.
  build({ ...common, entryPoints: ['electron/shell/preload.ts'], outfile: 'dist/electron/preload.cjs', external: ['electron'] }),
]);
