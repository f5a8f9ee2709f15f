import { test, expect } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { LIBRARY } from '../../renderer/app/accessibleNames.js';
import { violations } from './support/axe';
import { startWebHostProcess } from './support/webHostProcess';

/** The council's house style (issue 17): set once on the library screen, by keyboard, kept in the library. */

test('sets the house style by keyboard, refuses a colour too pale to read, and keeps the choice when the app starts again', async ({ page }) => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'cps-e2e-house-style-'));
  let host = await startWebHostProcess(dataDir);
  try {
    await page.goto(host.url);
    const section = page.getByRole('region', { name: LIBRARY.houseStyle });
    const font = section.getByRole('combobox', { name: LIBRARY.houseFont });
    const colour = section.getByRole('textbox', { name: LIBRARY.headingColour, exact: true });
    await expect(font).toHaveValue('Arial');
    await expect(colour).toHaveValue('#1F3864');
    await expect(section.getByRole('radio', { name: /Title at the top/ })).toBeChecked();
    expect(await violations(page)).toEqual([]);

    await font.focus();
    await font.selectOption('Calibri');
    await colour.fill('#FFFF00');
    await colour.press('Enter');
    await expect(section.getByText(/too pale to read on white paper/)).toBeVisible();
    await expect(colour).toBeFocused();
    await expect(colour).toHaveAttribute('aria-invalid', 'true');
    expect(await violations(page)).toEqual([]);

    await colour.fill('#8b1a1a');
    await section.getByRole('radio', { name: /Title at the top/ }).focus();
    await page.keyboard.press('ArrowDown');
    await expect(section.getByRole('radio', { name: /Title centred/ })).toBeChecked();
    await page.keyboard.press('Tab');
    await expect(section.getByRole('button', { name: LIBRARY.saveHouseStyle })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(section.getByRole('status')).toContainText('saved');
    await expect(colour).toHaveValue('#8B1A1A');
    await host.stop();

    host = await startWebHostProcess(dataDir);
    await page.goto(host.url);
    const again = page.getByRole('region', { name: LIBRARY.houseStyle });
    await expect(again.getByRole('combobox', { name: LIBRARY.houseFont })).toHaveValue('Calibri');
    await expect(again.getByRole('textbox', { name: LIBRARY.headingColour, exact: true })).toHaveValue('#8B1A1A');
    await expect(again.getByRole('radio', { name: /Title centred/ })).toBeChecked();
  } finally {
    await host.stop();
  }
});
