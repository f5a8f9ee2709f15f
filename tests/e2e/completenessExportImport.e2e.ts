import { test, expect, type Page } from '@playwright/test';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startWebHostProcess, type RunningWebHost } from './support/webHostProcess';
import { sectionButton } from './support/draftScreen';
import { COMPLETENESS, EXPORT, IMPORT, LIBRARY } from '../../renderer/app/accessibleNames.js';

const TERMS = 'Corporate Parenting Board terms of reference';
/** Either quorum finding: none set, or one without an elected member. */
const QUORUM_FINDING = /Set a quorum|Make the quorum include/;

async function newStrategy(page: Page, title: string) {
  await page.getByRole('button', { name: LIBRARY.newStrategy }).click();
  const dialog = page.getByRole('dialog', { name: LIBRARY.newStrategy });
  await dialog.getByRole('textbox', { name: LIBRARY.title }).fill(title);
  await dialog.getByRole('textbox', { name: LIBRARY.council }).fill('Northshire County Council');
  await dialog.getByRole('button', { name: LIBRARY.create }).click();
  await expect(page.getByTestId('completeness-score')).toHaveText(/% complete/);
}

let host: RunningWebHost;
let dataDir: string;

test.beforeEach(async () => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'cps-e2e-check-'));
  host = await startWebHostProcess(dataDir);
});

test.afterEach(async () => {
  await host.stop();
});

test('typing a missing quorum into the terms of reference clears that finding in the panel', async ({ page }) => {
  await page.goto(host.url);
  await newStrategy(page, 'Quorum test');
  await page.getByRole('button', { name: COMPLETENESS.check }).click();
  const panel = page.getByRole('complementary', { name: COMPLETENESS.panel });

  await sectionButton(page, TERMS).click();
  const editor = page.getByRole('textbox', { name: `${TERMS} text` });
  await editor.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('The Board holds the council to account as a corporate parent. It meets every two months and reports to Cabinet.');
  await expect(panel.getByRole('button', { name: QUORUM_FINDING })).toBeVisible();

  await page.keyboard.press('Enter');
  await page.keyboard.type('The Board is quorate when four members are present, including an elected member.');
  await expect(panel.getByRole('button', { name: QUORUM_FINDING })).toHaveCount(0);
});

test('a finding jumps to its section and selects the text it is about', async ({ page }) => {
  await page.goto(host.url);
  await newStrategy(page, 'Jump test');
  const vision = 'Our commitment and vision';
  await sectionButton(page, vision).click();
  await page.getByRole('textbox', { name: `${vision} text` }).click();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('Every young person will meet their IRO each term.');
  await page.getByRole('button', { name: COMPLETENESS.check }).click();
  await sectionButton(page, 'Title page').click();

  await page.getByRole('complementary', { name: COMPLETENESS.panel }).getByRole('button', { name: /IRO is never spelt out/ }).click();
  await expect(page.getByRole('heading', { level: 2, name: vision })).toBeVisible();
  expect(await page.evaluate(() => window.getSelection()?.toString())).toBe('IRO');
});

test('exporting from the UI downloads a Word document marked DRAFT, and a PDF', async ({ page }) => {
  await page.goto(host.url);
  await newStrategy(page, 'Export test');

  await page.getByRole('button', { name: EXPORT.open }).click();
  const dialog = page.getByRole('dialog', { name: EXPORT.dialog });
  await expect(dialog.getByRole('region', { name: EXPORT.notReady })).toBeVisible();
  // Nothing is approved yet, and approval cannot be confirmed away.
  await expect(dialog.getByText(/A final version can be made once every required section is approved\./)).toBeVisible();
  await expect(dialog.getByRole('button', { name: EXPORT.finalAnyway })).toHaveCount(0);
  const [docx] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: EXPORT.asDraft }).click()]);
  expect(docx.suggestedFilename()).toMatch(/\.docx$/);
  const docxBytes = readFileSync(await docx.path());
  expect(docxBytes.subarray(0, 2).toString('latin1')).toBe('PK');
  await expect(dialog.getByText(/^Saved .*\.docx.*It is marked DRAFT\./)).toBeVisible();

  await dialog.getByRole('radio', { name: /PDF/ }).check();
  const [pdf] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: EXPORT.asDraft }).click()]);
  expect(pdf.suggestedFilename()).toMatch(/\.pdf$/);
  expect(readFileSync(await pdf.path()).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toHaveCount(0);
});

test('importing a Markdown strategy opens the new draft with its completeness showing; cancelling creates nothing', async ({ page }) => {
  const file = path.join(dataDir, 'old-strategy.md');
  writeFileSync(
    file,
    [
      '# Westmoor Corporate Parenting Strategy 2021-2024',
      '',
      '## 1. Our Vision',
      '',
      'We want every child we look after to feel safe, settled and hopeful about the future.',
      '',
      '## 2. Our Promises to You',
      '',
      '- We will tell you who your social worker is and how to reach them.',
      '- We will help you keep in touch with your brothers and sisters.',
      '',
      '## Notes from the summer fair',
      '',
      'Games, music and a barbecue.',
      '',
    ].join('\n'),
  );
  await page.goto(host.url);

  const [cancelChooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: IMPORT.open }).click()]);
  await cancelChooser.setFiles(file);
  await expect(page.getByRole('heading', { level: 1, name: IMPORT.reviewHeading('old-strategy.md') })).toBeVisible();
  await page.getByRole('button', { name: LIBRARY.cancel }).click();
  await expect(page.getByText('Import cancelled. Nothing was added to your strategies.')).toBeVisible();
  await expect(page.getByRole('table')).toHaveCount(0);

  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: IMPORT.open }).click()]);
  await chooser.setFiles(file);
  await page.getByLabel('Section for “Notes from the summer fair”').selectOption('unsorted');
  await page.getByRole('button', { name: IMPORT.intoNewDraft }).click();

  await expect(page.getByRole('complementary', { name: COMPLETENESS.panel })).toBeVisible();
  await expect(page.getByRole('button', { name: COMPLETENESS.check })).toHaveAttribute('aria-pressed', 'true');
  await sectionButton(page, 'Unsorted (from import)').click();
  await expect(page.getByRole('textbox', { name: 'Unsorted (from import) text' })).toContainText('Games, music and a barbecue.');
});

test('a file the importer cannot read is refused with a clear message', async ({ page }) => {
  const file = path.join(dataDir, 'scan.pdf');
  writeFileSync(file, '%PDF-1.4 not a strategy');
  await page.goto(host.url);
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: IMPORT.open }).click()]);
  await chooser.setFiles(file);
  await expect(page.getByRole('alert')).toContainText('is not a file the app can import');
});
