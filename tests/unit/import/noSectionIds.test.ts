import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { templateSectionSchema } from '../../../shared/template/template.js';
import { ENGLAND } from './helpers.js';

/**
 * Import knows sections only through the pack it reads for (their cues in
 * `import.json`, their roles): no module under electron/core/import may
 * name a section of the England pack. A quoted field name of a section
 * (`'roles'` in a type) is not a section id, even where a section shares it,
 * and nor is a role asked of a section (`roles.includes('priorities')`): roles are how a pack says what its sections are.
 */

const IMPORT_DIR = path.resolve(__dirname, '../../../electron/core/import');
const FIELD_NAMES = new Set(Object.keys(templateSectionSchema.shape));

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(file);
    return entry.name.endsWith('.ts') ? [file] : [];
  });
}

describe('electron/core/import', () => {
  it('names no section of the pack', () => {
    const ids = new Set(ENGLAND.sections.map((section) => section.id).filter((id) => !FIELD_NAMES.has(id)));
    const files = sourceFiles(IMPORT_DIR);
    expect(files.length).toBeGreaterThan(10);
    const named = files.flatMap((file) =>
      [...fs.readFileSync(file, 'utf8').matchAll(/(['"`])([a-z][a-z0-9-]*)\1/g)]
        .filter((match) => ids.has(match[2] ?? '') && !match.input.slice(0, match.index).endsWith('roles.includes('))
        .map((match) => `${path.relative(IMPORT_DIR, file)}: ${match[0]}`),
    );
    expect(named).toEqual([]);
  });
});
