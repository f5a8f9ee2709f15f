import { test, expect } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { violations } from './support/axe';
import { startWebHostProcess } from './support/webHostProcess';
import { COMPLETENESS, DRAFT, LIBRARY, WORKSHOP } from '../../renderer/app/accessibleNames.js';

test('the library, the draft screen, the completeness panel and the foreword workshop meet WCAG 2.1 AA as axe checks it', async ({ page }) => {
  const host = await startWebHostProcess(mkdtempSync(path.join(os.tmpdir(), 'cps-e2e-a11y-')));
  try {
    await page.goto(host.url);
    await page.getByRole('button', { name: LIBRARY.newStrategy }).waitFor();
    expect(await violations(page), 'library').toEqual([]);

    await page.getByRole('button', { name: LIBRARY.newStrategy }).click();
    expect(await violations(page), 'new strategy dialog').toEqual([]);
    await page.getByRole('dialog', { name: LIBRARY.newStrategy }).getByRole('button', { name: LIBRARY.create }).click();

    const nav = page.getByRole('navigation', { name: DRAFT.sections });
    await nav.getByRole('button', { name: 'Title page', exact: true }).click();
    expect(await violations(page), 'cover form').toEqual([]);

    await nav.getByRole('button', { name: 'Measures of success', exact: true }).click();
    await page.getByRole('textbox', { name: 'Measures of success text' }).waitFor();
    expect(await violations(page), 'editor with a structured table').toEqual([]);

    await page.getByRole('button', { name: COMPLETENESS.check, exact: true }).click();
    await page.getByRole('complementary', { name: COMPLETENESS.panel }).or(page.getByRole('region', { name: COMPLETENESS.panel })).first().waitFor();
    expect(await violations(page), 'completeness panel').toEqual([]);

    await nav.getByRole('button', { name: 'Foreword by children and young people', exact: true }).click();
    await page.getByRole('button', { name: WORKSHOP.open }).click();
    expect(await violations(page), 'foreword workshop').toEqual([]);
  } finally {
    await host.stop();
  }
});
