import { test, expect } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PROGRESS } from '../../renderer/app/accessibleNames.js';
import { adopt, EET, MISSING, MOVES } from '../unit/progress/adoptedStrategy.js';
import { violations } from './support/axe';
import { coreApi } from './support/coreApi';
import { startWebHostProcess, type RunningWebHost } from './support/webHostProcess';

/** Screenshots for a person to look at, outside the repository. */
const SHOTS = process.env['CPS_SHOTS'] ?? os.tmpdir();

test.describe('progress on the measures of an adopted strategy', () => {
  let host: RunningWebHost;
  test.beforeEach(async () => {
    host = await startWebHostProcess(mkdtempSync(path.join(os.tmpdir(), 'cps-e2e-progress-')));
  });
  test.afterEach(async () => {
    await host.stop();
  });

  test('a figure typed with the keyboard, a spreadsheet reviewed then recorded, charts with their figures as text', async ({ page, request }) => {
    const api = coreApi(request, host.url);
    const draft = await api('drafts.create', { templateId: 'england-strategy', title: 'Northvale strategy' });
    await adopt(api, draft);
    await api('settings.update', { author: 'Priya Shah' });

    await page.goto(`${host.url}#/draft/${draft.id}`);
    await page.getByRole('button', { name: PROGRESS.open }).click();
    const heading = page.getByRole('heading', { level: 1, name: `${PROGRESS.heading}: Northvale strategy` });
    await expect(heading).toBeFocused();

    // Keyboard only: the measure list, then each field in order, Enter to record.
    await page.getByLabel(PROGRESS.measure, { exact: true }).focus();
    await page.keyboard.press('ArrowDown');
    await expect(page.getByLabel(PROGRESS.measure, { exact: true })).toHaveValue(MOVES);
    await page.keyboard.press('Tab');
    await page.keyboard.type('2025-26 Q1');
    await page.keyboard.press('Tab');
    await page.keyboard.type('about ten');
    await page.keyboard.press('Enter');
    const error = page.getByRole('alert');
    await expect(error).toContainText('The value "about ten" is not a number');
    await page.getByLabel(PROGRESS.value, { exact: true }).fill('10.5%');
    await page.getByLabel(PROGRESS.value, { exact: true }).press('Enter');
    await expect(page.getByText(`Recorded 10.5% for “${MOVES}”, 2025-26 Q1.`)).toBeVisible();
    await expect(page.getByLabel(PROGRESS.value, { exact: true })).toBeFocused();
    const moves = page.getByRole('article', { name: MOVES });
    await expect(moves.locator('.rag')).toHaveAttribute('data-status', 'red');

    // A spreadsheet with one bad row is shown, refused, and nothing recorded.
    const bad = ['Indicator,Quarter,Actual,As at', `"${EET}",2025-26 Q1,55%,30/06/2025`, `"${MISSING}",2025-26 Q1,3,06/30/2025`].join('\n');
    await page.getByLabel(PROGRESS.importFile).setInputFiles({ name: 'return.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) });
    await expect(page.getByRole('heading', { name: PROGRESS.reviewHeading('return.csv') })).toBeFocused();
    await expect(page.getByRole('row', { name: /^3 / })).toContainText('US-order');
    await expect(page.getByRole('button', { name: PROGRESS.recordAll(2) })).toBeDisabled();
    await page.getByRole('button', { name: PROGRESS.cancelImport }).click();
    await expect(page.getByText('Nothing was recorded from “return.csv”.')).toBeVisible();

    const good = ['Indicator,Quarter,Actual,As at', `"${EET}",2025-26 Q1,55%,30/06/2025`, `"${EET}",2025-26 Q2,60%,30/09/2025`, `"${MISSING}",2025-26 Q1,3,30/06/2025`].join('\n');
    await page.getByLabel(PROGRESS.importFile).setInputFiles({ name: 'return.csv', mimeType: 'text/csv', buffer: Buffer.from(good) });
    await expect(page.getByRole('row', { name: /^2 / })).toContainText(EET);
    await page.getByRole('button', { name: PROGRESS.recordAll(3) }).click();
    await expect(page.getByText('Recorded 3 figures from “return.csv”.')).toBeVisible();

    const eet = page.getByRole('article', { name: EET });
    await expect(eet).toContainText('60% (2025-26 Q2), up 5 percentage points since 2025-26 Q1');
    await expect(eet.locator('.rag')).toHaveAttribute('data-status', 'amber');
    await expect(eet.getByRole('img')).toHaveAttribute('alt', /2025-26 Q1: 55%; 2025-26 Q2: 60%\.$/);
    const missing = page.getByRole('article', { name: MISSING });
    await expect(missing).toContainText('fewer than 5 (2025-26 Q1)');
    await expect(missing.getByRole('img')).toHaveAttribute('alt', /2025-26 Q1: fewer than 5\./);
    await missing.getByText(/^History/).click();
    await expect(missing.getByRole('row', { name: /2025-26 Q1/ })).toContainText('Priya Shah');
    await expect(missing.getByRole('row', { name: /2025-26 Q1/ })).not.toContainText(/\b3\b/);

    expect(await violations(page)).toEqual([]);
    for (const [width, height] of [[1024, 700], [1366, 768]] as const) {
      await page.setViewportSize({ width, height });
      await heading.scrollIntoViewIfNeeded();
      await page.screenshot({ path: path.join(SHOTS, `progress-${width}x${height}.png`) });
      await eet.scrollIntoViewIfNeeded();
      await page.screenshot({ path: path.join(SHOTS, `progress-measures-${width}x${height}.png`) });
    }
  });

  test('a strategy not yet adopted says which sections still need approval and offers no form', async ({ page, request }) => {
    const api = coreApi(request, host.url);
    const draft = await api('drafts.create', { templateId: 'england-strategy', title: 'Early draft' });
    await page.goto(`${host.url}#/progress/${draft.id}`);
    await expect(page.getByRole('heading', { level: 1, name: `${PROGRESS.heading}: Early draft` })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'every required section approved' })).toBeVisible();
    await expect(page.getByRole('button', { name: PROGRESS.record })).toHaveCount(0);
  });
});
