import { test, expect, type Page } from '@playwright/test';
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { docxParts } from '../fixtures/docxInspect';
import { violations } from './support/axe';
import { sectionButton, waitUntilSaved } from './support/draftScreen';
import { startWebHostProcess } from './support/webHostProcess';
import { COMPLETENESS, DRAFT, EXPORT, LIBRARY } from '../../renderer/app/accessibleNames.js';

/**
 * A Welsh council's officer writes a section in English, is told it has no
 * Welsh text yet, switches the section to Cymraeg by keyboard, writes the
 * council's Welsh, finds both texts kept after a reload, and exports the
 * Welsh Word document.
 */

const SECTION = 'Our commitment and vision';
const ENGLISH = 'Every child in our care will have a safe and loving home.';
const WELSH = 'Bydd gan bob plentyn yn ein gofal gartref diogel a chariadus.';
const SCREENSHOTS = process.env['CPS_SCREENSHOT_DIR'];

async function shoot(page: Page, name: string): Promise<void> {
  if (!SCREENSHOTS) return;
  for (const size of [{ width: 1024, height: 700 }, { width: 1366, height: 768 }]) {
    await page.setViewportSize(size);
    await page.screenshot({ path: path.join(SCREENSHOTS, `${name}-${size.width}x${size.height}.png`) });
  }
  await page.setViewportSize({ width: 1366, height: 768 });
}

test('writes a section in Welsh beside the English and exports the Welsh document', async ({ page }) => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'cps-e2e-welsh-'));
  const host = await startWebHostProcess(dataDir);
  try {
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(host.url);
    await page.getByRole('button', { name: LIBRARY.newStrategy }).click();
    const dialog = page.getByRole('dialog', { name: LIBRARY.newStrategy });
    await dialog.getByRole('radio', { name: /Wales/ }).check();
    await dialog.getByRole('textbox', { name: LIBRARY.council }).fill('Cyngor Sir Enghraifft');
    await dialog.getByRole('button', { name: LIBRARY.create }).click();
    await sectionButton(page, SECTION).click();

    const switcher = page.getByRole('group', { name: DRAFT.textLanguage });
    const english = switcher.getByRole('button', { name: 'English' });
    const cymraeg = switcher.getByRole('button', { name: 'Cymraeg' });
    await expect(english).toHaveAttribute('aria-pressed', 'true');
    await expect(cymraeg).toHaveAttribute('lang', 'cy');

    const englishText = page.getByRole('textbox', { name: DRAFT.sectionText(SECTION) });
    await englishText.click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type(ENGLISH);
    await waitUntilSaved(page);
    await expect(page.getByText('No Welsh text yet for this section.')).toBeVisible();
    await page.getByRole('button', { name: COMPLETENESS.check }).click();
    const finding = page.getByRole('button', { name: /This section has no Welsh text yet/ }).first();
    await expect(finding).toBeVisible();
    await page.getByRole('button', { name: COMPLETENESS.hide }).click();

    // By keyboard: the switch is an ordinary button, one Tab stop each.
    await cymraeg.focus();
    await page.keyboard.press('Enter');
    await expect(cymraeg).toHaveAttribute('aria-pressed', 'true');
    const welshText = page.getByRole('textbox', { name: DRAFT.sectionTextIn(SECTION, 'Welsh') });
    await expect(welshText).toHaveAttribute('lang', 'cy-GB');
    await expect(welshText).toHaveAttribute('spellcheck', 'true');
    // The English is to hand above the Welsh editor, to read, not to edit.
    await expect(page.getByRole('region', { name: 'English text' })).toContainText(ENGLISH);
    await shoot(page, 'welsh-empty');
    await welshText.click();
    await page.keyboard.type(WELSH);
    await waitUntilSaved(page);
    await expect(page.getByText('No Welsh text yet for this section.')).toHaveCount(0);
    expect(await violations(page)).toEqual([]);
    await shoot(page, 'welsh-written');

    await page.reload();
    await expect(page.getByRole('heading', { level: 2, name: SECTION })).toBeVisible();
    await expect(page.getByRole('textbox', { name: DRAFT.sectionText(SECTION) })).toContainText(ENGLISH);
    await page.getByRole('group', { name: DRAFT.textLanguage }).getByRole('button', { name: 'Cymraeg' }).click();
    await expect(page.getByRole('textbox', { name: DRAFT.sectionTextIn(SECTION, 'Welsh') })).toContainText(WELSH);

    await page.getByRole('button', { name: EXPORT.open }).click();
    const exportDialog = page.getByRole('dialog', { name: EXPORT.dialog });
    await exportDialog.getByRole('radio', { name: /Word/ }).check();
    await exportDialog.getByRole('radio', { name: /Cymraeg/ }).check();
    await shoot(page, 'welsh-export');
    const [file] = await Promise.all([page.waitForEvent('download'), exportDialog.getByRole('button', { name: EXPORT.asDraft }).click()]);
    expect(file.suggestedFilename()).toBe('Cyngor Sir Enghraifft corporate parenting strategy (Cymraeg) (DRAFT).docx');
    const parts = await docxParts(readFileSync(await file.path()), ['word/document.xml', 'word/styles.xml']);
    expect(parts['word/document.xml']).toContain(WELSH);
    expect(parts['word/document.xml']).not.toContain(ENGLISH);
    expect(/<w:docDefaults>[\s\S]*?<w:lang w:val="cy-GB"/.test(parts['word/styles.xml'] ?? '')).toBe(true);
  } finally {
    await host.stop();
  }
});
