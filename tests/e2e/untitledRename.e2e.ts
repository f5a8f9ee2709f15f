import { test, expect } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DRAFT, LIBRARY } from '../../renderer/app/accessibleNames.js';
import { startWebHostProcess } from './support/webHostProcess';

/** Renaming a draft nobody has named starts from an empty box, not from a name nobody gave it; left empty, the draft stays untitled. */
test('the rename box of an untitled draft starts empty, its untitled name as the placeholder', async ({ page }) => {
  const host = await startWebHostProcess(mkdtempSync(path.join(os.tmpdir(), 'cps-e2e-untitled-rename-')));
  try {
    await page.goto(host.url);
    await page.getByRole('button', { name: LIBRARY.newStrategy }).click();
    const dialog = page.getByRole('dialog', { name: LIBRARY.newStrategy });
    await expect(dialog.getByRole('radio').first()).toBeChecked();
    await dialog.getByRole('button', { name: LIBRARY.create }).click();
    const heading = page.getByRole('heading', { level: 1, name: /^Untitled / });
    await expect(heading).toBeVisible();
    const untitled = (await heading.textContent()) ?? '';
    await page.getByRole('button', { name: DRAFT.back }).click();

    const listed = page.getByRole('table', { name: LIBRARY.heading });
    await listed.getByRole('button', { name: LIBRARY.rename(untitled), exact: true }).click();
    const field = listed.getByRole('textbox', { name: LIBRARY.newTitle });
    await expect(field).toBeFocused();
    await expect(field).toHaveValue('');
    await expect(field).toHaveAttribute('placeholder', untitled);
    await page.keyboard.press('Enter');
    await expect(listed.getByRole('button', { name: untitled, exact: true })).toBeVisible();

    await listed.getByRole('button', { name: LIBRARY.rename(untitled), exact: true }).click();
    await field.fill('Harbourside Strategy 2026');
    await page.keyboard.press('Enter');
    await expect(listed.getByRole('button', { name: 'Harbourside Strategy 2026', exact: true })).toBeVisible();
    // A named draft's box starts with its name, ready to edit.
    await listed.getByRole('button', { name: LIBRARY.rename('Harbourside Strategy 2026'), exact: true }).click();
    await expect(field).toHaveValue('Harbourside Strategy 2026');
    await page.keyboard.press('Escape');
  } finally {
    await host.stop();
  }
});
