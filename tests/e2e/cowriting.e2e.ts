import { test, expect } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startWebHostProcess } from './support/webHostProcess';
import { sectionButton, setAuthor, waitUntilSaved } from './support/draftScreen';
import { DRAFT, EDITOR, LIBRARY, REVIEW, SECTION_TOOLS, WORKSHOP } from '../../renderer/app/accessibleNames.js';

const FOREWORD = 'Foreword by children and young people';
const TITLE = 'Co-writing end-to-end';

test('young people write the foreword, an officer suggests, the suggestion is accepted, approved and an earlier version restored', async ({ page }) => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'cps-e2e-cowriting-'));
  const host = await startWebHostProcess(dataDir);
  try {
    await page.goto(host.url);
    await setAuthor(page, 'Youth Worker Sam');
    // This library's team signs off with one person; four-eyes review is switched off in its settings.
    await page.getByRole('checkbox', { name: LIBRARY.fourEyes }).uncheck();
    await expect(page.getByText('Four-eyes review is off')).toBeVisible();
    await page.getByRole('button', { name: LIBRARY.newStrategy }).click();
    const dialog = page.getByRole('dialog', { name: LIBRARY.newStrategy });
    await dialog.getByRole('textbox', { name: LIBRARY.title }).fill(TITLE);
    await dialog.getByRole('textbox', { name: LIBRARY.council }).fill('Northshire County Council');
    await dialog.getByRole('button', { name: LIBRARY.create }).click();

    // The young people write in the workshop: their words are ordinary text, not suggestions.
    await sectionButton(page, FOREWORD).click();
    await page.getByRole('button', { name: WORKSHOP.open }).click();
    await expect(page.getByRole('heading', { level: 1, name: WORKSHOP.heading })).toBeVisible();
    const workshop = page.getByRole('textbox', { name: WORKSHOP.editor });
    await workshop.click();
    // In place of the template's placeholder line.
    await page.keyboard.press('Control+a');
    await page.waitForTimeout(100);
    await page.keyboard.type('We want councillors to listen to us.');
    await expect(workshop).toHaveText('We want councillors to listen to us.');
    await expect(workshop.locator('ins')).toHaveCount(0);
    await page.getByRole('button', { name: WORKSHOP.back('strategy') }).click();
    await waitUntilSaved(page);

    // An officer, under their own name, edits the foreword on the main screen.
    await page.getByRole('button', { name: DRAFT.back }).click();
    await setAuthor(page, 'Officer Ola');
    await page.getByRole('button', { name: TITLE, exact: true }).click();
    await sectionButton(page, FOREWORD).click();
    const editor = page.getByRole('textbox', { name: `${FOREWORD} text` });
    await expect(page.getByText('Your edits to the young people’s words are shown as suggestions')).toBeVisible();
    const toggle = page.getByRole('toolbar', { name: EDITOR.toolbar }).getByRole('button', { name: EDITOR.suggestChanges });
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await expect(toggle).toHaveAttribute('aria-disabled', 'true');

    await editor.getByText('We want councillors to listen to us.').click();
    await page.keyboard.press('End');
    await page.waitForTimeout(100);
    await page.keyboard.type(' Please visit us.');
    await expect(editor.locator('ins.suggestion-ins')).toHaveText(' Please visit us.');
    await expect(editor.locator('ins.suggestion-ins')).toHaveAttribute('data-author', 'Officer Ola');
    await page.waitForTimeout(100);
    // Backspace strikes words through rather than removing them.
    await page.keyboard.press('Home');
    await page.waitForTimeout(100);
    await page.keyboard.press('Delete');
    await page.keyboard.press('Delete');
    await expect(editor.locator('del.suggestion-del')).toHaveText('We');
    await waitUntilSaved(page);

    await page.getByRole('group', { name: SECTION_TOOLS.group }).getByRole('button', { name: 'Suggestions (2)' }).click();
    const panel = page.getByRole('complementary', { name: SECTION_TOOLS.suggestedEdits });
    const addition = panel.getByRole('article').filter({ hasText: 'Please visit us.' });
    await expect(addition).toContainText('Officer Ola');
    await addition.getByRole('button', { name: SECTION_TOOLS.accept, exact: true }).click();
    await expect(editor.locator('ins')).toHaveCount(0);
    await expect(editor).toContainText('listen to us. Please visit us.');
    const removal = panel.getByRole('article').filter({ hasText: 'We' });
    await removal.getByRole('button', { name: SECTION_TOOLS.reject, exact: true }).click();
    await expect(editor.locator('del')).toHaveCount(0);
    await expect(editor).toContainText('We want councillors to listen to us. Please visit us.');
    await expect(panel).toContainText('No suggested edits in this section.');
    await waitUntilSaved(page);

    // Review and approval.
    const review = page.getByRole('region', { name: REVIEW.region });
    await review.getByRole('button', { name: REVIEW.markReady }).click();
    await expect(review.getByTestId('sign-off-state')).toHaveAttribute('data-state', 'ready-for-review');
    await review.getByRole('button', { name: REVIEW.approve }).click();
    const approve = page.getByRole('dialog', { name: `Approve “${FOREWORD}”` });
    await approve.getByRole('textbox', { name: REVIEW.note }).fill('Agreed with the Children in Care Council.');
    await approve.getByRole('button', { name: REVIEW.approveConfirm, exact: true }).click();
    await expect(review.getByTestId('sign-off-state')).toHaveAttribute('data-state', 'approved');

    // Restore the young people's own version from History.
    await page.getByRole('group', { name: SECTION_TOOLS.group }).getByRole('button', { name: SECTION_TOOLS.history }).click();
    const history = page.getByRole('complementary', { name: SECTION_TOOLS.history });
    const workshopVersion = history.getByRole('listitem').filter({ hasText: 'Youth Worker Sam' }).first();
    await workshopVersion.getByRole('button', { name: SECTION_TOOLS.restoreVersion }).click();
    await expect(history).toContainText('Restored the version of');
    await expect(editor).toContainText('We want councillors to listen to us.');
    await expect(editor).not.toContainText('Please visit us.');
    await expect(page.getByRole('status').filter({ hasText: 'needs review again' })).toBeVisible();
    await expect(review.getByTestId('sign-off-state')).not.toHaveAttribute('data-state', 'approved');
  } finally {
    await host.stop();
  }
});
