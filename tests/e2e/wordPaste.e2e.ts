import { test, expect, type Page } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { WORD_LIST_CLIPBOARD, WORD_LIST_ITEMS } from '../fixtures/wordClipboard';
import { coreApi } from './support/coreApi';
import { openNewDraftAt, waitUntilSaved } from './support/draftScreen';
import { startWebHostProcess, type RunningWebHost } from './support/webHostProcess';
import { EXPORT } from '../../renderer/app/accessibleNames.js';

const SECTION = 'Introduction: what corporate parenting means';

/** A paste as the browser delivers it from the clipboard, to whatever has the focus (or to the editor itself). */
async function paste(page: Page, html: string, target: 'focus' | 'editor' = 'focus'): Promise<void> {
  await page.evaluate(
    ([data, where]) => {
      const transfer = new DataTransfer();
      transfer.setData('text/html', data);
      transfer.setData('text/plain', 'plain fallback');
      const element = where === 'editor' ? document.querySelector('.ProseMirror') : document.activeElement;
      element?.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
    },
    [html, target] as const,
  );
}

test.describe('pasting from Word', () => {
  let host: RunningWebHost;
  test.beforeEach(async () => {
    host = await startWebHostProcess(mkdtempSync(path.join(os.tmpdir(), 'cps-e2e-word-paste-')));
  });
  test.afterEach(async () => {
    await host.stop();
  });

  test('a Word 365 list pastes as nested bullet and numbered lists and is saved as lists', async ({ page, request }) => {
    const draftId = await openNewDraftAt(page, host.url, SECTION);
    const editor = page.getByRole('textbox', { name: `${SECTION} text` });
    await editor.locator(':scope > *').last().click();
    await page.keyboard.press('Control+End');
    await paste(page, WORD_LIST_CLIPBOARD);

    await expect(editor.locator('ul > li > ul > li > ul > li')).toHaveCount(2);
    await expect(editor.locator('ul > li > ul > li > ul > li').first()).toHaveText('including at school or at home');
    await expect(editor.locator('ol[start="3"] > li')).toHaveCount(2);
    await expect(editor.locator('ol[start="3"] > li > ol > li')).toHaveCount(2);
    await expect(editor.locator('li strong')).toHaveText('where the child chooses');
    for (const item of WORD_LIST_ITEMS) await expect(editor).toContainText(item);
    expect(await editor.innerText()).not.toMatch(/[·§]|\u00a0{2}/);

    // Tab-free check that the lists are real: Enter in the last bullet makes another bullet.
    await editor.getByText('Care leavers keep a named worker until 25').click();
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Typed as a new bullet');
    await expect(editor.locator('li', { hasText: 'Typed as a new bullet' })).toHaveCount(1);

    await waitUntilSaved(page);
    const draft = await coreApi(request, host.url)('drafts.open', { id: draftId });
    const stored = JSON.stringify(draft.sections.find((section) => section.id === 'introduction')?.doc);
    expect(stored).toContain('"bullet_list"');
    expect(stored).toContain('"ordered_list","attrs":{"order":3}');
    expect(stored).toContain('Typed as a new bullet');
  });

  test('a paste delivered while a dialog is open does not change the section behind it', async ({ page, request }) => {
    const draftId = await openNewDraftAt(page, host.url, SECTION);
    const api = coreApi(request, host.url);
    const editor = page.getByRole('textbox', { name: `${SECTION} text` });
    await editor.locator(':scope > *').last().click();
    const before = await editor.innerHTML();

    await page.getByRole('button', { name: EXPORT.open }).click();
    const dialog = page.getByRole('dialog', { name: EXPORT.dialog });
    await expect(dialog).toBeVisible();
    await paste(page, '<p>PASTED-WHILE-EXPORTING</p>', 'focus');
    await paste(page, '<p>PASTED-WHILE-EXPORTING</p>', 'editor');
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();

    expect(await editor.innerHTML()).toBe(before);
    await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'clean');
    const stored = await api('drafts.open', { id: draftId });
    expect(JSON.stringify(stored)).not.toContain('PASTED-WHILE-EXPORTING');

    // Once the dialog is closed, pasting works again.
    await editor.locator(':scope > *').last().click();
    await paste(page, '<p>Pasted after the dialog</p>', 'editor');
    await expect(editor).toContainText('Pasted after the dialog');
  });
});
