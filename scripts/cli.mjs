// `npm run cli -- …`: runs the built command line (dist/electron/cli.cjs and
// the bundle it loads, cliMain.cjs), bundling it first only when it is missing
// or older than a source file, so the command starts at Node's speed rather
// than a TypeScript loader's.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { buildCli, CLI_BUNDLE, CLI_OUTFILE, root } from './node-bundles.mjs';

const SOURCE_FOLDERS = ['electron', 'shared'];

function newestSource(folder) {
  let newest = 0;
  for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(full));
    else if (entry.name.endsWith('.ts')) newest = Math.max(newest, fs.statSync(full).mtimeMs);
  }
  return newest;
}

const built = Math.min(...[CLI_OUTFILE, CLI_BUNDLE].map((file) => (fs.existsSync(file) ? fs.statSync(file).mtimeMs : 0)));
if (SOURCE_FOLDERS.some((folder) => newestSource(path.join(root, folder)) > built)) await buildCli();
createRequire(import.meta.url)(CLI_OUTFILE);
