import { test, expect } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { LIBRARY } from '../../renderer/app/accessibleNames.js';
import { violations } from './support/axe';
import { startWebHostProcess } from './support/webHostProcess';

/** The council's own names (issue 15): given once on the library screen, kept in the library, offered again when the app next starts. */

const CHILDREN_IN_CARE_COUNCIL = 'Children in Care Council';

test('keeps the Children in Care Council’s local name given in Settings when the app is started again', async ({ page }) => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'cps-e2e-local-names-'));
  let host = await startWebHostProcess(dataDir);
  try {
    await page.goto(host.url);
    const settings = page.getByRole('region', { name: LIBRARY.localNames });
    const field = settings.getByRole('textbox', { name: CHILDREN_IN_CARE_COUNCIL });
    await expect(field).toHaveValue('');
    // The pack's examples are the field's description, so a screen reader hears them with the label.
    await expect(field).toHaveAccessibleDescription(/^For example: /);
    expect(await violations(page)).toEqual([]);

    await field.fill('Our Voice');
    await settings.getByRole('button', { name: LIBRARY.saveLocalNames }).click();
    await expect(settings.getByRole('status')).toContainText('saved');
    await host.stop();

    host = await startWebHostProcess(dataDir);
    await page.goto(host.url);
    await expect(page.getByRole('region', { name: LIBRARY.localNames }).getByRole('textbox', { name: CHILDREN_IN_CARE_COUNCIL })).toHaveValue('Our Voice');

    // Emptying the box forgets the name: the usual one is looked for again.
    await page.getByRole('region', { name: LIBRARY.localNames }).getByRole('textbox', { name: CHILDREN_IN_CARE_COUNCIL }).fill('');
    await page.getByRole('region', { name: LIBRARY.localNames }).getByRole('button', { name: LIBRARY.saveLocalNames }).click();
    await expect(page.getByRole('region', { name: LIBRARY.localNames }).getByRole('status')).toContainText('saved');
    await page.reload();
    await expect(page.getByRole('region', { name: LIBRARY.localNames }).getByRole('textbox', { name: CHILDREN_IN_CARE_COUNCIL })).toHaveValue('');
  } finally {
    await host.stop();
  }
});
