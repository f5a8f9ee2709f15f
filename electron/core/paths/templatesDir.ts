import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The repository's `templates/` folder, found by walking up from this
 * module: the same answer whether the code runs as TypeScript under tsx or
 * Vitest, or bundled into `dist/electron/*.cjs`. The packaged app knows its
 * own resources folder and passes that instead.
 */
export function defaultTemplatesDir(): string {
  const starts = [moduleDir(), process.cwd()];
  for (const start of starts) {
    const found = findProjectRoot(start);
    if (found) return path.join(found, 'templates');
  }
  throw new Error(`Could not find the templates folder above ${starts.join(' or ')}.`);
}

/** The nearest folder at or above `start` holding both package.json and templates/. */
export function findProjectRoot(start: string): string | undefined {
  let dir = path.resolve(start);
  for (;;) {
    if (fs.existsSync(path.join(dir, 'package.json')) && isDirectory(path.join(dir, 'templates'))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

function moduleDir(): string {
  // CommonJS (tsx without "type": "module", esbuild's cjs bundles, Vitest) defines __dirname; ES modules only have import.meta.
  if (typeof __dirname === 'string') return __dirname;
  return path.dirname(fileURLToPath(import.meta.url));
}

function isDirectory(candidate: string): boolean {
  try {
    return fs.statSync(candidate).isDirectory();
  } catch {
    return false;
  }
}
