import { test, expect } from '@playwright/test';
import { copyFileSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SECTION_TOOLS } from '../../renderer/app/accessibleNames.js';
import { sectionButton } from './support/draftScreen';
import { startWebHostProcess } from './support/webHostProcess';

/** A draft written before packs (tests/fixtures/libraries/README.md) opened in today's app: the England pack's 2026 sections are there, and say where they came from. */

const LIBRARY_BEFORE_PACKS = path.resolve(__dirname, '../fixtures/libraries/format-3-england-template-v1.sqlite');

test('an old draft opens with the sections the template has gained, each telling in its history that the new template added it, its own text untouched', async ({ page }) => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'cps-e2e-old-draft-'));
  copyFileSync(LIBRARY_BEFORE_PACKS, path.join(dataDir, 'library.sqlite'));
  const host = await startWebHostProcess(dataDir);
  try {
    await page.goto(host.url);
    await page.getByRole('button', { name: 'Corporate Parenting Strategy 2025 to 2028', exact: true }).click();

    await sectionButton(page, 'Our pledge to children in care and care leavers').click();
    await expect(page.getByRole('textbox', { name: 'Our pledge to children in care and care leavers text' })).toContainText('We will find you a home close to your school.');

    await sectionButton(page, 'Our offer to care leavers').click();
    const tools = page.getByRole('group', { name: SECTION_TOOLS.group });
    await tools.getByRole('button', { name: SECTION_TOOLS.history }).click();
    await expect(page.getByText(/^Added by the template’s new version · /)).toBeVisible();
  } finally {
    await host.stop();
  }
});
