import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';

/**
 * The import worker bundled the way `npm run build` bundles it, so the tests
 * run the real worker thread without a prior build. Bundled whole, into a
 * temporary folder, once per test file.
 */
export function buildImportWorker(): Promise<string> {
  return bundleWorker(path.resolve(__dirname, '../../../electron/core/import/importWorker.ts'));
}

/** Any worker entry (TypeScript) as one CommonJS file a Worker can start. */
export async function bundleWorker(entry: string): Promise<string> {
  const outfile = path.join(os.tmpdir(), `cps-${path.basename(entry, '.ts')}-${process.pid}-${Date.now()}.cjs`);
  await build({
    entryPoints: [entry],
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
