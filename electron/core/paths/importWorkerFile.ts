import fs from 'node:fs';
import path from 'node:path';

/**
 * The bundled import worker (`importWorker.cjs`) beside the running bundle in
 * `dist/electron/`. In the packaged app it is kept outside the asar archive
 * (see asarUnpack in electron-builder.yml), because a worker thread is
 * started from a real file. Undefined when running from source, where
 * imports run in the calling thread.
 */
export function bundledImportWorker(bundleDir: string): string | undefined {
  const file = path.join(bundleDir.replace(/app\.asar(?=[\\/]|$)/, 'app.asar.unpacked'), 'importWorker.cjs');
  return fs.existsSync(file) ? file : undefined;
}
