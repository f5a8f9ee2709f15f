import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findLayerViolations, type SourceFile } from './layers.js';

// `npm test` runs this before the unit tests: a wrong-layer import fails the
// run with the file, the import and the rule it breaks.
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function sourcesUnder(folder: string): SourceFile[] {
  return readdirSync(path.join(root, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(ts|tsx|mts|cts|js|mjs|cjs)$/.test(entry.name))
    .map((entry) => {
      const absolute = path.join(entry.parentPath, entry.name);
      return { path: path.relative(root, absolute).split(path.sep).join('/'), text: readFileSync(absolute, 'utf8') };
    });
}

const files = ['renderer', 'shared', 'electron'].flatMap(sourcesUnder);
const violations = findLayerViolations(files);
for (const violation of violations) {
  console.error(`${violation.file}: imports '${violation.specifier}', but ${violation.rule}`);
}
if (violations.length > 0) process.exit(1);
console.log(`Layer check: ${files.length} files, every import within its layer.`);
