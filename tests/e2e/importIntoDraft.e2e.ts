import { test, expect, type Page } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { coreApi } from './support/coreApi';
import { openNewDraftAt, sectionButton, waitUntilSaved } from './support/draftScreen';
import { startWebHostProcess, type RunningWebHost } from './support/webHostProcess';
import { IMPORT, LIBRARY, SECTION_TOOLS } from '../../renderer/app/accessibleNames.js';

const INTRODUCTION = 'Introduction: what corporate parenting means';
const VISION = 'Our commitment and vision';

const LAST_YEAR = `# Introduction

Last year we set out what being a corporate parent meant for Northdale.

# Our vision

Every young person leaving our care has a home, a trusted adult and a plan.

# Bus routes in 2019

A note about old bus routes that belongs nowhere.
`;

async function chooseFile(page: Page): Promise<void> {
  await page.getByLabel(IMPORT.fileIntoDraft).setInputFiles({ name: 'last-year.md', mimeType: 'text/markdown', buffer: Buffer.from(LAST_YEAR) });
  await expect(page.getByRole('heading', { level: 1, name: IMPORT.reviewHeading('last-year.md') })).toBeVisible();
  await page.getByLabel('Section for “Introduction”').selectOption({ label: INTRODUCTION });
  await page.getByLabel('Section for “Our vision”').selectOption({ label: VISION });
  await page.getByLabel('Section for “Bus routes in 2019”').selectOption({ label: 'Unsorted (keep for later)' });
}

async function writeOwnVision(page: Page): Promise<void> {
  const editor = page.getByRole('textbox', { name: `${VISION} text` });
  await editor.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('Our own words about the vision, written this year.');
  await waitUntilSaved(page);
}

test.describe('importing a file into the open draft', () => {
  let host: RunningWebHost;
  test.beforeEach(async () => {
    host = await startWebHostProcess(mkdtempSync(path.join(os.tmpdir(), 'cps-e2e-import-into-')));
  });
  test.afterEach(async () => {
    await host.stop();
  });

  test('section by section: starter text replaced, own text kept or added to as chosen, the rest untouched, the import in history', async ({ page, request }) => {
    const draftId = await openNewDraftAt(page, host.url, VISION);
    const api = coreApi(request, host.url);
    await writeOwnVision(page);
    const before = await api('drafts.open', { id: draftId });

    await page.getByRole('button', { name: IMPORT.openIntoDraft }).click();
    await chooseFile(page);

    // Defaults: the section with only starter text is replaced, the one with the officer's words is kept.
    const introduction = page.getByRole('group', { name: new RegExp(`^${INTRODUCTION}`) });
    const vision = page.getByRole('group', { name: new RegExp(`^${VISION}`) });
    await expect(introduction).toContainText('starter text only');
    await expect(introduction.getByRole('radio', { name: IMPORT.replace })).toBeChecked();
    await expect(vision).toContainText('has your own text');
    await expect(vision.getByRole('radio', { name: IMPORT.keep })).toBeChecked();
    await expect(page.getByRole('group', { name: /^Unsorted/ }).getByRole('radio', { name: IMPORT.addToUnsorted })).toBeChecked();
    await expect(page.getByRole('textbox', { name: LIBRARY.council })).toHaveCount(0);

    await vision.getByRole('radio', { name: IMPORT.append }).check();
    await page.getByRole('button', { name: IMPORT.intoThisDraft }).click();

    const outcome = page.getByText(/^Imported into this draft:/);
    await expect(outcome).toContainText(`replaced the text of ${INTRODUCTION}`);
    await expect(outcome).toContainText(`added to ${VISION}, Unsorted (from import)`);
    await expect(page.locator('.draft-import-status:focus')).toHaveCount(1);

    const visionEditor = page.getByRole('textbox', { name: `${VISION} text` });
    await expect(visionEditor).toContainText('Our own words about the vision, written this year.');
    await expect(visionEditor).toContainText('Every young person leaving our care has a home');
    await sectionButton(page, INTRODUCTION).click();
    const introductionEditor = page.getByRole('textbox', { name: `${INTRODUCTION} text` });
    await expect(introductionEditor).toContainText('Last year we set out what being a corporate parent meant for Northdale.');
    await sectionButton(page, 'Unsorted (from import)').click();
    await expect(page.getByRole('textbox', { name: 'Unsorted (from import) text' })).toContainText('A note about old bus routes');

    // Everything else is as it was, the title page included.
    const after = await api('drafts.open', { id: draftId });
    const untouched = (draft: typeof before) => draft.sections.filter((section) => !['introduction', 'vision', 'unsorted'].includes(section.id)).map((section) => [section.id, section.revision, section.doc]);
    expect(untouched(after)).toEqual(untouched(before));
    expect(after.cover).toEqual(before.cover);

    // History shows the import, and the starter text it replaced is there to bring back.
    await sectionButton(page, INTRODUCTION).click();
    await page.getByRole('button', { name: SECTION_TOOLS.history }).click();
    const history = page.getByRole('complementary', { name: SECTION_TOOLS.history });
    await expect(history.getByRole('checkbox', { name: /^Imported from a file · / })).toHaveCount(1);
    await expect(history.getByRole('checkbox', { name: /^The text before an import · / })).toHaveCount(1);
    await history.getByRole('checkbox', { name: /^The text before an import · / }).check();
    await history.getByRole('button', { name: SECTION_TOOLS.compareWithNow }).click();
    await expect(history).toContainText('Last year we set out');

    // Editing after the import saves on top of it.
    await introductionEditor.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' Edited after the import.');
    await waitUntilSaved(page);
    const edited = await api('drafts.open', { id: draftId });
    expect(JSON.stringify(edited.sections.find((section) => section.id === 'introduction')?.doc)).toContain('Edited after the import.');
  });

  test('a section changed elsewhere during the review is never overwritten: nothing is imported and the officer is told', async ({ page, request }) => {
    const draftId = await openNewDraftAt(page, host.url, VISION);
    const api = coreApi(request, host.url);
    await writeOwnVision(page);

    await page.getByRole('button', { name: IMPORT.openIntoDraft }).click();
    await chooseFile(page);
    await page.getByRole('group', { name: new RegExp(`^${VISION}`) }).getByRole('radio', { name: IMPORT.replace }).check();

    // Meanwhile the vision is changed from another window.
    const current = await api('drafts.open', { id: draftId });
    const vision = current.sections.find((section) => section.id === 'vision');
    await api('drafts.updateSection', {
      id: draftId,
      sectionId: 'vision',
      baseRevision: vision?.revision ?? 0,
      doc: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Changed in another window.' }] }] },
    });

    await page.getByRole('button', { name: IMPORT.intoThisDraft }).click();
    await expect(page.getByRole('alert')).toContainText(`“${VISION}” was changed somewhere else`);
    await expect(page.getByRole('alert')).toContainText('nothing was imported');

    const after = await api('drafts.open', { id: draftId });
    expect(JSON.stringify(after.sections.find((section) => section.id === 'vision')?.doc)).toContain('Changed in another window.');
    expect(after.sections.find((section) => section.id === 'introduction')?.revision).toBe(0);
    expect(after.sections.some((section) => section.id === 'unsorted')).toBe(false);

    // Cancelling goes back to the draft, with nothing changed.
    await page.getByRole('button', { name: LIBRARY.cancel }).click();
    await expect(page.getByRole('heading', { level: 2, name: VISION })).toBeFocused();
  });
});
