import path from 'node:path';
import { findProjectRoot } from '../core/paths/templatesDir.js';

/**
 * The built renderer (`dist/renderer`), found from the project root so the
 * answer is the same under tsx (electron/webhost/) and bundled (dist/electron/).
 */
export function defaultRendererDir(): string {
  const starts = [typeof __dirname === 'string' ? __dirname : process.cwd(), process.cwd()];
  for (const start of starts) {
    const root = findProjectRoot(start);
    if (root) return path.join(root, 'dist', 'renderer');
  }
  throw new Error(`Could not find the project folder above ${starts.join(' or ')}.`);
}
