import { test, expect } from '@playwright/test';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { headingsAndParagraphsMarkdown } from '../../bench/fixtures/largeImports';
import { violations } from './support/axe';
import { startWebHostProcess, type RunningWebHost } from './support/webHostProcess';
import { IMPORT } from '../../renderer/app/accessibleNames.js';

let host: RunningWebHost;
let dataDir: string;

test.beforeEach(async () => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'cps-e2e-large-import-'));
  host = await startWebHostProcess(dataDir);
});

test.afterEach(async () => {
  await host.stop();
});

async function chooseFile(page: import('@playwright/test').Page, file: string) {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: IMPORT.open }).click()]);
  await chooser.setFiles(file);
}

test('a long import shows its progress and can be cancelled, leaving nothing behind', async ({ page }) => {
  const file = path.join(dataDir, 'big.md');
  writeFileSync(file, headingsAndParagraphsMarkdown(8_000_000));
  await page.goto(host.url);
  await chooseFile(page, file);

  const dialog = page.getByRole('dialog', { name: IMPORT.importing('big.md') });
  await expect(dialog).toBeVisible({ timeout: 15_000 });
  await expect(dialog.getByRole('progressbar', { name: IMPORT.progress })).toBeVisible();
  await expect(dialog.getByRole('button', { name: IMPORT.cancelImport })).toBeFocused();
  expect(await violations(page)).toEqual([]);
  if (process.env.CPS_SCREENSHOTS) {
    for (const [width, height] of [[1024, 700], [1366, 768]] as const) {
      await page.setViewportSize({ width, height });
      await page.screenshot({ path: path.join(process.env.CPS_SCREENSHOTS, `import-progress-${width}.png`) });
    }
  }
  await dialog.getByRole('button', { name: IMPORT.cancelImport }).click();

  await expect(page.getByText('The import of “big.md” was cancelled. Nothing was added to your strategies.')).toBeVisible();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByRole('button', { name: IMPORT.open })).toBeEnabled();
  await expect(page.getByRole('table')).toHaveCount(0);
});

test('Escape cancels a long import too, and the next import runs to the review', async ({ page }) => {
  const big = path.join(dataDir, 'big.md');
  writeFileSync(big, headingsAndParagraphsMarkdown(8_000_000));
  const medium = path.join(dataDir, 'medium.md');
  writeFileSync(medium, headingsAndParagraphsMarkdown(1_000_000));
  await page.goto(host.url);

  await chooseFile(page, big);
  await expect(page.getByRole('dialog', { name: IMPORT.importing('big.md') })).toBeVisible({ timeout: 15_000 });
  await page.keyboard.press('Escape');
  await expect(page.getByText('The import of “big.md” was cancelled.', { exact: false })).toBeVisible();

  await chooseFile(page, medium);
  await expect(page.getByRole('heading', { level: 1, name: IMPORT.reviewHeading('medium.md') })).toBeVisible({ timeout: 60_000 });
});
