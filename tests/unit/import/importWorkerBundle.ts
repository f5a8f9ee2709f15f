import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';

/**
 * The import worker bundled the way `npm run build` bundles it, so the tests
 * run the real worker thread without a prior build. Bundled whole, into a
 * temporary folder, once per test file.
 */
export async function buildImportWorker(): Promise<string> {
  const outfile = path.join(os.tmpdir(), `cps-import-worker-${process.pid}-${Date.now()}.cjs`);
  await build({
    entryPoints: [path.resolve(__dirname, '../../../electron/core/import/importWorker.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    logLevel: 'error',
    logOverride: { 'empty-import-meta': 'silent' },
  });
  return outfile;
}
