import { test, expect } from '@playwright/test';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startWebHostProcess } from './support/webHostProcess';
import { sectionButton, waitUntilSaved } from './support/draftScreen';
import { COMPLETENESS, DRAFT, IMPORT, LIBRARY, SECTION_TOOLS } from '../../renderer/app/accessibleNames.js';

/**
 * Small things users hit in their first hour (issue 13, item 6): the app asks once for the name changes
 * carry, no suggestion is left unnamed, a title-page finding puts the focus in its field, and dates are
 * day/month/year in a browser set to US English.
 */

const FOREWORD = 'Foreword by children and young people';

test.use({ locale: 'en-US', timezoneId: 'America/New_York' });

test('asks once for the author’s name, names every suggestion, focuses a title-page field from its finding, and writes dates the British way', async ({ page }) => {
  const host = await startWebHostProcess(mkdtempSync(path.join(os.tmpdir(), 'cps-e2e-first-hour-')));
  try {
    await page.goto(host.url);
    // The library's settings do not pass the login name off as the user's name.
    await expect(page.getByRole('textbox', { name: LIBRARY.authorName })).toHaveValue('');
    await page.getByRole('button', { name: LIBRARY.newStrategy }).click();
    const dialog = page.getByRole('dialog', { name: LIBRARY.newStrategy });
    await dialog.getByRole('textbox', { name: LIBRARY.title }).fill('First hour');
    await dialog.getByRole('textbox', { name: LIBRARY.council }).fill('Northshire County Council');
    await dialog.getByRole('button', { name: LIBRARY.create }).click();

    // Asked on the draft screen, without taking the focus from the title.
    const prompt = page.getByRole('region', { name: DRAFT.authorPrompt });
    await expect(prompt).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: 'First hour' })).toBeFocused();

    // Edits made the moment the foreword opens are suggestions under a name, never "Unnamed author".
    await sectionButton(page, FOREWORD).click();
    const editor = page.getByRole('textbox', { name: `${FOREWORD} text` });
    await editor.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' One.');
    await expect(editor.locator('ins.suggestion-ins').first()).toBeVisible();
    const before = await editor.locator('ins.suggestion-ins').evaluateAll((marks) => marks.map((mark) => mark.getAttribute('data-author')));
    expect(before.length).toBeGreaterThan(0);
    expect(before).not.toContain('Unnamed author');

    // Answering by keyboard: type the name, Enter. The prompt goes, and the open editor uses the name at once.
    await prompt.getByRole('textbox', { name: DRAFT.yourName }).fill('Officer Ola');
    await page.keyboard.press('Enter');
    await expect(prompt).toHaveCount(0);
    await editor.click();
    await page.keyboard.press('Control+End');
    await page.waitForTimeout(100);
    for (const word of [' Two.', ' Three.', ' Four.']) {
      await page.keyboard.press('Enter');
      await page.keyboard.type(word);
    }
    const authors = await editor.locator('ins.suggestion-ins').evaluateAll((marks) => marks.map((mark) => mark.getAttribute('data-author')));
    expect(authors).not.toContain('Unnamed author');
    expect(authors.at(-1)).toBe('Officer Ola');
    await waitUntilSaved(page);

    // Asked once: after a reload the question is not asked again.
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'First hour' })).toBeVisible();
    await expect(sectionButton(page, FOREWORD)).toHaveAttribute('aria-current', 'page');
    await expect(page.getByRole('region', { name: DRAFT.authorPrompt })).toHaveCount(0);

    // A title-page finding puts the focus in the field it is about.
    await page.getByRole('button', { name: COMPLETENESS.check, exact: true }).click();
    const panel = page.getByRole('complementary', { name: COMPLETENESS.panel });
    await panel.getByRole('button', { name: /^Say which body approves the strategy/ }).click();
    await expect(page.getByRole('textbox', { name: DRAFT.cover.approvingBody })).toBeFocused();
    await panel.getByRole('button', { name: /^Add the date of this version/ }).click();
    const date = page.getByRole('textbox', { name: DRAFT.cover.date, exact: true });
    await expect(date).toBeFocused();

    // Day/month/year in a US-English browser, typed and shown back after a reload.
    await page.keyboard.type('12/03/2026');
    await expect(page.getByText('Enter the date as day, month and year')).toHaveCount(0);
    await page.getByRole('textbox', { name: DRAFT.cover.owner }).click();
    await waitUntilSaved(page);
    await page.reload();
    await expect(sectionButton(page, 'Title page')).toHaveAttribute('aria-current', 'page');
    await expect(page.getByRole('textbox', { name: DRAFT.cover.date, exact: true })).toHaveValue('12/03/2026');
    await page.getByRole('textbox', { name: DRAFT.cover.date, exact: true }).fill('03/12');
    await expect(page.getByText('Enter the date as day, month and year, for example 01/04/2025.')).toBeVisible();
  } finally {
    await host.stop();
  }
});

test('history tells the text an import brought in from an edit made here', async ({ page }) => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'cps-e2e-import-history-'));
  const host = await startWebHostProcess(dataDir);
  try {
    const file = path.join(dataDir, 'last-year.md');
    writeFileSync(file, ['# Westmoor Strategy 2021-2024', '', '## Our Vision', '', 'Every child we look after feels safe and settled.', ''].join('\n'));
    await page.goto(host.url);
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: IMPORT.open }).click()]);
    await chooser.setFiles(file);
    await page.getByRole('button', { name: IMPORT.intoNewDraft }).click();
    await expect(page.getByRole('complementary', { name: COMPLETENESS.panel })).toBeVisible();

    const vision = 'Our commitment and vision';
    await sectionButton(page, vision).click();
    const tools = page.getByRole('group', { name: SECTION_TOOLS.group });
    await tools.getByRole('button', { name: SECTION_TOOLS.history }).click();
    const versions = page.getByRole('checkbox');
    await expect(versions).toHaveCount(1);
    await expect(page.getByRole('checkbox', { name: /^Imported from a file · / })).toBeVisible();

    const editor = page.getByRole('textbox', { name: `${vision} text` });
    await editor.getByText('Every child we look after').click();
    await page.keyboard.press('End');
    await page.waitForTimeout(100);
    await page.keyboard.type(' Always.');
    await page.keyboard.press('Control+s');
    await waitUntilSaved(page);
    await tools.getByRole('button', { name: SECTION_TOOLS.history }).click();
    await tools.getByRole('button', { name: SECTION_TOOLS.history }).click();
    await expect(versions).toHaveCount(2);
    await expect(page.getByRole('checkbox', { name: /^Edited the text · / })).toBeVisible();
    await expect(page.getByRole('checkbox', { name: /^Imported from a file · / })).toBeVisible();
  } finally {
    await host.stop();
  }
});
