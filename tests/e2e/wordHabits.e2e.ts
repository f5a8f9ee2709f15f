import { test, expect, type Page } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startWebHostProcess, type RunningWebHost } from './support/webHostProcess';
import { createStrategy, sectionButton, setAuthor, waitUntilSaved } from './support/draftScreen';
import { COMPLETENESS, WORKSHOP } from '../../renderer/app/accessibleNames.js';

/**
 * Typing the way Word taught: Tab through a table, type over starter text, and never have a key meant as
 * text carry the writing off to another section (issue 13, items 1 and 4).
 */

const MEASURES = 'Measures of success';
const LEADERSHIP = 'Foreword by the Lead Member and the Director';
const FOREWORD = 'Foreword by children and young people';

async function newStrategy(page: Page, host: RunningWebHost, title: string): Promise<void> {
  await page.goto(host.url);
  await setAuthor(page, 'Officer Ola');
  await createStrategy(page, { title, council: 'Northshire County Council' });
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
}

/** The text of every cell of the measures table, row by row (the header is row 0). */
async function tableRows(page: Page): Promise<string[][]> {
  return page.getByRole('textbox', { name: `${MEASURES} text` }).locator('table tr').evaluateAll((rows) => rows.map((row) => Array.from(row.querySelectorAll('th, td'), (cell) => cell.textContent ?? '')));
}

test('Tab and Shift+Tab work a table as in Word and never leave the editor; a key meant as text never moves the writer', async ({ page }) => {
  const host = await startWebHostProcess(mkdtempSync(path.join(os.tmpdir(), 'cps-e2e-tables-')));
  try {
    await newStrategy(page, host, 'Tables as in Word');
    await page.getByRole('button', { name: COMPLETENESS.check, exact: true }).click();
    const panel = page.getByRole('complementary', { name: COMPLETENESS.panel });
    await expect(panel).toBeVisible();
    await sectionButton(page, MEASURES).click();
    const editor = page.getByRole('textbox', { name: `${MEASURES} text` });
    const header = await tableRows(page);
    const width = header[0]?.length ?? 0;
    expect(width).toBe(8);

    // Fill the one empty row cell by cell with Tab; Tab in its last cell adds a row and carries on there.
    await editor.locator('table tr').nth(1).locator('td').first().click();
    await page.waitForTimeout(100);
    const row = ['Stability', 'Three or more moves', '10%', '2025-03-31', '8%', '2027-03-31', 'SSDA903', 'Head of Service'];
    for (const cell of row) {
      await page.keyboard.type(cell);
      await page.keyboard.press('Tab');
    }
    await page.keyboard.type('leavers data');
    await expect(editor).toBeFocused();
    let rows = await tableRows(page);
    expect(rows).toHaveLength(3);
    expect(rows[1]).toEqual(row);
    expect(rows[2]?.[0]).toBe('leavers data');
    expect(rows[2]).toHaveLength(width);

    // Shift+Tab goes back a cell and, as in Word, selects what is in it; in the table's first cell it stays put.
    await page.keyboard.press('Shift+Tab');
    await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toBe('Head of Service');
    await page.keyboard.type('Data team');
    rows = await tableRows(page);
    expect(rows[1]?.[7]).toBe('Data team');
    await editor.locator('table tr').first().locator('th').first().click();
    await page.keyboard.press('Home');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    await expect(editor).toBeFocused();

    // Tab held down: rows are added, nothing is lost, the focus stays in the table.
    await editor.locator('table tr').nth(2).locator('td').first().click();
    await page.waitForTimeout(100);
    for (let repeat = 0; repeat < 3 * width; repeat += 1) await page.keyboard.down('Tab');
    await page.keyboard.up('Tab');
    await expect(editor).toBeFocused();
    rows = await tableRows(page);
    expect(rows).toHaveLength(6);
    expect(rows[2]?.[0]).toBe('leavers data');
    // Enter and Space held down in a cell type into that cell and go nowhere else.
    for (let repeat = 0; repeat < 5; repeat += 1) await page.keyboard.down('Enter');
    await page.keyboard.up('Enter');
    for (let repeat = 0; repeat < 5; repeat += 1) await page.keyboard.down(' ');
    await page.keyboard.up(' ');
    await expect(editor).toBeFocused();
    await expect(sectionButton(page, MEASURES)).toHaveAttribute('aria-current', 'page');

    // A way below the table that ends the section: Down from its last row opens a paragraph under it.
    await editor.locator('table tr').last().locator('td').first().click();
    await page.waitForTimeout(100);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.type('Figures are checked each quarter.');
    await expect(editor.locator('.table-frame + p')).toHaveText('Figures are checked each quarter.');

    // The focus slips to a finding while the writer is typing: the Space between two words does not press it.
    await page.keyboard.type(' More');
    const leadershipJump = panel.getByRole('button', { name: LEADERSHIP, exact: true });
    await leadershipJump.focus();
    await page.keyboard.type('leavers data');
    await expect(sectionButton(page, MEASURES)).toHaveAttribute('aria-current', 'page');
    await expect(page.getByRole('status').filter({ hasText: 'came while you were typing' })).toBeVisible();
    await expect(editor).toBeFocused();
    await waitUntilSaved(page);

    // A deliberate press, after a pause, still goes there; the leadership foreword is as the template left it.
    await page.waitForTimeout(1100);
    await leadershipJump.focus();
    await page.keyboard.press('Enter');
    await expect(sectionButton(page, LEADERSHIP)).toHaveAttribute('aria-current', 'page');
    const leadership = page.getByRole('textbox', { name: `${LEADERSHIP} text` });
    await expect(leadership).toContainText('[Name], Lead Member');
    await expect(leadership).not.toContainText('leavers');
  } finally {
    await host.stop();
  }
});

test('starter text is not a trap: a placeholder is one unit, typing replaces it, and the typing is never bold or italic', async ({ page }) => {
  const host = await startWebHostProcess(mkdtempSync(path.join(os.tmpdir(), 'cps-e2e-placeholders-')));
  try {
    await newStrategy(page, host, 'Placeholders');
    await sectionButton(page, LEADERSHIP).click();
    const editor = page.getByRole('textbox', { name: `${LEADERSHIP} text` });

    // Ctrl+Home, then typing: the first [Name] is replaced, and the name is not bold.
    await editor.getByText('Director of Children', { exact: false }).click();
    await page.keyboard.press('End');
    await page.waitForTimeout(100);
    await page.keyboard.press('Control+Home');
    await page.waitForTimeout(100);
    await page.keyboard.type('Cllr Amina Okafor');
    const lines = editor.locator('p');
    await expect(lines.first()).toHaveText(/^Cllr Amina Okafor, Lead Member/);
    await expect(editor.locator('strong')).toHaveText(['[Name]']);

    // One click on the other placeholder selects it whole; typing replaces it.
    await editor.locator('strong', { hasText: '[Name]' }).click();
    await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toBe('[Name]');
    await page.keyboard.type('Dr Lee Brown');
    await expect(lines.nth(1)).toHaveText(/^Dr Lee Brown, Director/);
    await expect(editor.locator('strong')).toHaveCount(0);

    // Undo and redo as in Word: Ctrl+Z, then Ctrl+Y or Ctrl+Shift+Z; with nothing left to redo, the redo keys do nothing (never an undo).
    await lines.nth(1).dblclick({ position: { x: 4, y: 6 } });
    await expect.poll(() => page.evaluate(() => window.getSelection()?.toString().trim())).toBe('Dr');
    // The editor takes a selection made with the mouse on the browser's next selectionchange.
    await page.waitForTimeout(200);
    await page.keyboard.press('Control+b');
    await expect(editor.locator('strong')).toHaveCount(1);
    await page.keyboard.press('Control+z');
    await expect(editor.locator('strong')).toHaveCount(0);
    await page.keyboard.press('Control+y');
    await expect(editor.locator('strong')).toHaveCount(1);
    await page.keyboard.press('Control+Shift+z');
    await page.waitForTimeout(300);
    await expect(editor.locator('strong')).toHaveCount(1);
    await page.keyboard.press('Control+z');
    await expect(editor.locator('strong')).toHaveCount(0);
    await page.keyboard.press('Control+Shift+Z');
    await expect(editor.locator('strong')).toHaveCount(1);
    await page.keyboard.press('Control+Shift+Z');
    await page.waitForTimeout(300);
    await expect(editor.locator('strong')).toHaveCount(1);
    await waitUntilSaved(page);

    // The workshop opens a plain line above the italic attribution, with the caret in it.
    await sectionButton(page, FOREWORD).click();
    await page.getByRole('button', { name: WORKSHOP.open }).click();
    const workshop = page.getByRole('textbox', { name: WORKSHOP.editor });
    await workshop.focus();
    await page.waitForTimeout(100);
    await page.keyboard.type('We want to be heard.');
    await expect(workshop.locator('p').first()).toHaveText('We want to be heard.');
    await expect(workshop.locator('p').first().locator('em')).toHaveCount(0);
    await expect(workshop.locator('p').nth(1)).toHaveText(/^Written by \[name of/);
  } finally {
    await host.stop();
  }
});
