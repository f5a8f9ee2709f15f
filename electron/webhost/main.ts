import fs from 'node:fs';
import path from 'node:path';
import { createCore } from '../core/createCore.js';
import { defaultDataDir } from '../core/paths/dataDir.js';
import { bundledImportWorker } from '../core/paths/importWorkerFile.js';
import { defaultTemplatesDir } from '../core/paths/templatesDir.js';
import { parseWebHostArgs } from './args.js';
import { defaultRendererDir } from './rendererDir.js';
import { startWebHost } from './server.js';

/**
 * Browser mode: the same core as the desktop app, behind the loopback web
 * host. Prints exactly one line (the URL with its token) so scripts and the
 * end-to-end tests can read it.
 */
async function main(): Promise<void> {
  const parsed = parseWebHostArgs(process.argv.slice(2));
  if (!parsed.ok) fail(parsed.message);
  const rendererDir = defaultRendererDir();
  if (!fs.existsSync(path.join(rendererDir, 'index.html'))) fail(`The renderer has not been built (no ${path.join(rendererDir, 'index.html')}). Run "npm run build" first.`);

  const dataDir = path.resolve(parsed.args.dataDir ?? defaultDataDir());
  const core = createCore({ dataDir, templatesDir: defaultTemplatesDir(), importWorkerFile: bundledImportWorker(__dirname) });
  const host = await startWebHost({ handlers: core.handlers, rendererDir, port: parsed.args.port }).catch((error: unknown) => {
    core.close();
    return fail(`The web host could not start: ${(error as Error)?.message ?? String(error)}`);
  });
  process.stdout.write(`Corporate Parenting Studio is running at ${host.url}\n`);

  let stopping = false;
  const stop = (): void => {
    if (stopping) return;
    stopping = true;
    host.close().finally(() => {
      core.close();
      process.exit(0);
    });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

main().catch((error: unknown) => fail(`The web host stopped: ${(error as Error)?.message ?? String(error)}`));
