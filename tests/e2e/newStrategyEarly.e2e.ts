import { test, expect } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { LIBRARY } from '../../renderer/app/accessibleNames.js';
import { startWebHostProcess } from './support/webHostProcess';

/**
 * On a slow machine the list of templates can arrive after the officer has
 * typed a title and pressed Enter. The strategy must still be created, from
 * the first template, instead of the key press being silently ignored.
 */
test('a new strategy asked for before the template list has arrived is still created', async ({ page }) => {
  const host = await startWebHostProcess(mkdtempSync(path.join(os.tmpdir(), 'cps-e2e-new-early-')));
  try {
    await page.route('**/api/templates.list', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await route.continue();
    });
    await page.goto(host.url);
    await page.getByRole('button', { name: LIBRARY.newStrategy }).click();
    const dialog = page.getByRole('dialog', { name: LIBRARY.newStrategy });
    await expect(dialog.getByRole('status')).toBeVisible();
    await dialog.getByRole('textbox', { name: LIBRARY.title }).fill('Strategy asked for early');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'Strategy asked for early' })).toBeVisible({ timeout: 15_000 });
  } finally {
    await host.stop();
  }
});

/**
 * The list arriving must not move Create from under a pointer already on it:
 * the list keeps its room while it loads, so the fields and buttons below it
 * are where they will stay.
 */
test('nothing in the New strategy dialog moves when the template list arrives', async ({ page }) => {
  const host = await startWebHostProcess(mkdtempSync(path.join(os.tmpdir(), 'cps-e2e-new-steady-')));
  try {
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/api/templates.list', async (route) => {
      await held;
      await route.continue();
    });
    await page.setViewportSize({ width: 1024, height: 700 });
    await page.goto(host.url);
    await page.getByRole('button', { name: LIBRARY.newStrategy }).click();
    const dialog = page.getByRole('dialog', { name: LIBRARY.newStrategy });
    await expect(dialog.getByRole('status')).toHaveText('Loading templates…');
    const create = dialog.getByRole('button', { name: LIBRARY.create });
    const title = dialog.getByRole('textbox', { name: LIBRARY.title });
    const before = [await create.boundingBox(), await title.boundingBox()];

    release();
    await expect(dialog.getByRole('radio').first()).toBeChecked();
    expect([await create.boundingBox(), await title.boundingBox()]).toEqual(before);
  } finally {
    await host.stop();
  }
});
