import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTemplateCatalogue } from '../../../electron/core/templateCatalogue.js';
import { tempDir, TEST_TEMPLATE } from './fixtures.js';

describe('the template catalogue', () => {
  it('reads the packs again only when a file has changed, so a council’s edit is seen without a restart', () => {
    const dir = tempDir('cps-catalogue-');
    const file = path.join(dir, `${TEST_TEMPLATE.id}.json`);
    fs.writeFileSync(file, JSON.stringify(TEST_TEMPLATE));
    const catalogue = createTemplateCatalogue(dir);

    const first = catalogue.get(TEST_TEMPLATE.id);
    expect(catalogue.get(TEST_TEMPLATE.id)).toBe(first);

    fs.writeFileSync(file, JSON.stringify({ ...TEST_TEMPLATE, name: 'Renamed by the council' }));
    expect(catalogue.get(TEST_TEMPLATE.id).name).toBe('Renamed by the council');

    fs.writeFileSync(path.join(dir, 'second.json'), JSON.stringify({ ...TEST_TEMPLATE, id: 'second' }));
    expect(catalogue.list().templates.map((template) => template.id)).toEqual(['second', TEST_TEMPLATE.id]);
  });
});
