// esbuild options shared by build-node.mjs and cli.mjs (which rebuilds the command line when its sources changed).
import { build } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
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

/** What `npm run cli` and scripts run: the launcher, which loads the bundled command line (CLI_BUNDLE) through V8's code cache. */
export const CLI_OUTFILE = path.join(root, 'dist/electron/cli.cjs');
export const CLI_BUNDLE = path.join(root, 'dist/electron/cliMain.cjs');

/**
 * The CLI is one short process, so its start-up is most of what a user waits
 * for. Every pure-JavaScript package is bundled in, the exporters' too:
 * one file read instead of hundreds of module look-ups, and code the
 * launcher's cache can hold (see electron/cli/launcher.ts). A command runs
 * only the modules it imports, as the exporters and the Word reader are
 * imported when their command needs them. Left in node_modules: native
 * packages, and the font packages, whose files are opened beside their code.
 */
const CLI_EXTERNAL = ['better-sqlite3', '@resvg/*', '@expo-google-fonts/*'];

/**
 * esbuild escapes non-ASCII characters everywhere but in regular expression
 * literals (quotation marks and dashes in the import cues). One such
 * character makes Node decode the whole bundle as UTF-8 into a two-byte
 * string, several times slower than reading ASCII, so they are written as
 * \u escapes, which mean the same character in a regular expression, a
 * string or a name. (The source map's columns after one are a few off.)
 */
function asAscii(file) {
  const text = fs.readFileSync(file, 'utf8');
  fs.writeFileSync(file, text.replace(/[\u0080-\uffff]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`));
}

/** pdf-lib's pako, for the faster zlib stand-in electron/core/export/pdf/pdfLibDeflate.ts: for every bundle pdf-lib is bundled into. */
export const pdfLibDeflate = {
  name: 'pdf-lib-deflate',
  setup(builder) {
    builder.onResolve({ filter: /^pako$/ }, (args) => (/[\\/]node_modules[\\/]pdf-lib[\\/]/.test(args.importer) ? { path: path.join(root, 'electron/core/export/pdf/pdfLibDeflate.ts') } : undefined));
  },
};

/**
 * tiny-inflate, which unicode-trie uses to unpack the Unicode tables of linebreak, fontkit and unicode-properties, replaced
 * by Node's zlib (electron/core/export/pdf/unicodeTrieInflate.ts). tiny-inflate is CommonJS (`module.exports = inflate`),
 * so its stand-in is too: required by unicode-trie, imported as a default by fontkit.
 */
const UNICODE_TRIE_INFLATE = path.join(root, 'electron/core/export/pdf/unicodeTrieInflate.ts');
export const unicodeTrieInflate = {
  name: 'unicode-trie-inflate',
  setup(builder) {
    builder.onResolve({ filter: /^tiny-inflate$/ }, () => ({ path: 'tiny-inflate', namespace: 'unicode-trie-inflate' }));
    builder.onLoad({ filter: /.*/, namespace: 'unicode-trie-inflate' }, () => ({ contents: `module.exports = require(${JSON.stringify(UNICODE_TRIE_INFLATE)}).inflateInto;`, loader: 'js', resolveDir: root }));
  },
};

export function buildCli() {
  return Promise.all([
    // Whitespace and comments go too: less to read at every start, and comments can hold any character.
    build({ ...common, entryPoints: ['electron/cli/main.ts'], outfile: CLI_BUNDLE, external: CLI_EXTERNAL, minifyWhitespace: true, plugins: [pdfLibDeflate, unicodeTrieInflate] }).then(() => asAscii(CLI_BUNDLE)),
    build({ ...common, entryPoints: ['electron/cli/launcher.ts'], outfile: CLI_OUTFILE, sourcemap: false }),
  ]);
}
