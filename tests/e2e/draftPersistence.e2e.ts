import { test, expect, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startWebHostProcess, type RunningWebHost } from './support/webHostProcess';
import { sectionButton, waitUntilSaved } from './support/draftScreen';
import { EDITOR, LIBRARY } from '../../renderer/app/accessibleNames.js';

const repoRoot = path.resolve(__dirname, '../..');
const artefacts = path.join(repoRoot, 'tests/artifacts/e2e');

const cover = {
  'Council': 'Northshire County Council',
  'Strategy title': 'Corporate Parenting Strategy 2026 to 2029',
  'Period start year': '2026',
  'Period end year': '2029',
  'Date': '12/03/2026',
  'Version': '0.3',
  'Owner': 'Director of Children’s Services',
  'Approving body': 'Full Council',
};

function editor(page: Page, title: string) {
  return page.getByRole('textbox', { name: `${title} text` });
}

/** Puts the caret at the end of the section and starts a new paragraph there. */
async function startNewParagraphAtEnd(page: Page, title: string) {
  await editor(page, title).locator(':scope > *').last().click();
  await page.keyboard.press('End');
  // ProseMirror reads the DOM selection on the browser's selectionchange event; a person never
  // presses the next key within the same millisecond, so give that event its turn.
  await page.waitForTimeout(100);
  await page.keyboard.press('Enter');
}

/** What a reader of the draft sees: the cover values and each edited section's rendered content. */
async function snapshotDraft(page: Page, sections: string[]) {
  await sectionButton(page, 'Title page').click();
  const values: Record<string, string> = {};
  for (const label of Object.keys(cover)) values[label] = await page.getByRole('textbox', { name: label, exact: true }).or(page.getByLabel(label, { exact: true })).first().inputValue();
  const html: Record<string, string> = {};
  for (const title of sections) {
    await sectionButton(page, title).click();
    html[title] = await editor(page, title).innerHTML();
  }
  return { values, html };
}

function showDraft(dataDir: string, id: string): unknown {
  const out = execFileSync(process.execPath, [path.join(repoRoot, 'dist/electron/cli.cjs'), 'show', id, '--data-dir', dataDir], { encoding: 'utf8' });
  return JSON.parse(out);
}

test('a draft written in the browser survives a reload and a restart of the web host', async ({ page }) => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'cps-e2e-'));
  let host: RunningWebHost = await startWebHostProcess(dataDir);
  try {
    await page.goto(host.url);
    await page.getByRole('button', { name: LIBRARY.newStrategy }).click();
    const dialog = page.getByRole('dialog', { name: LIBRARY.newStrategy });
    await dialog.getByRole('textbox', { name: LIBRARY.title }).fill('Draft for the end-to-end test');
    await dialog.getByRole('textbox', { name: LIBRARY.council }).fill('Northshire County Council');
    await dialog.getByRole('button', { name: LIBRARY.create }).click();

    await sectionButton(page, 'Title page').click();
    for (const [label, value] of Object.entries(cover)) {
      await page.getByLabel(label, { exact: true }).fill(value);
    }
    await waitUntilSaved(page);

    const introduction = 'Introduction: what corporate parenting means';
    await sectionButton(page, introduction).click();
    await startNewParagraphAtEnd(page, introduction);
    await page.keyboard.type('Every councillor is a corporate parent to the 412 children in our care at 31 March 2026.');
    await page.keyboard.press('Control+b');
    await page.keyboard.type(' This matters.');
    await page.keyboard.press('Control+b');

    const vision = 'Our commitment and vision';
    await sectionButton(page, vision).click();
    await startNewParagraphAtEnd(page, vision);
    await page.keyboard.type('We will ask of every decision:');
    await page.keyboard.press('Enter');
    await page.keyboard.type('- would this be good enough for my own child?');
    await page.keyboard.press('Enter');
    await page.keyboard.type('does it keep children close to home?');

    const participation = 'Voice and participation of children and young people';
    await sectionButton(page, participation).click();
    await startNewParagraphAtEnd(page, participation);
    await page.getByRole('button', { name: EDITOR.insertTable }).click();
    await page.keyboard.type('Group');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Meets');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Children in Care Council');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Monthly');
    await waitUntilSaved(page);

    await expect(editor(page, participation).locator('table')).toHaveCount(1);
    await sectionButton(page, vision).click();
    await expect(editor(page, vision).locator('ul > li')).toHaveCount(2);

    const sections = [introduction, vision, participation];
    const before = await snapshotDraft(page, sections);
    expect(before.values).toEqual(cover);
    expect(before.html[introduction]).toContain('<strong> This matters.</strong>');
    expect(before.html[participation]).toContain('Children in Care Council');

    const draftId = /#\/draft\/([\w-]+)/.exec(page.url())?.[1];
    if (!draftId) throw new Error(`no draft id in ${page.url()}`);
    const storedBefore = showDraft(dataDir, draftId);

    await page.reload();
    expect(await snapshotDraft(page, sections)).toEqual(before);

    await host.stop();
    expect(showDraft(dataDir, draftId)).toEqual(storedBefore);
    host = await startWebHostProcess(dataDir);
    await page.goto(host.url);
    await page.getByRole('button', { name: cover['Strategy title'], exact: true }).click();
    expect(await snapshotDraft(page, sections)).toEqual(before);

    mkdirSync(artefacts, { recursive: true });
    await sectionButton(page, participation).click();
    await page.screenshot({ path: path.join(artefacts, 'draft-screen.png'), fullPage: false });
  } finally {
    await host.stop();
  }
});
