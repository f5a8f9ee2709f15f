import { test, expect, type Locator, type Page } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { docxAllText } from '../fixtures/docxInspect';
import { startWebHostProcess, type RunningWebHost } from './support/webHostProcess';
import { sectionButton, waitUntilSaved } from './support/draftScreen';
import { COMPLETENESS, DRAFT, EXPORT, LIBRARY, WORKSHOP } from '../../renderer/app/accessibleNames.js';
import { EXPORT_FORMATS } from '../../shared/export/formats.js';

/**
 * One document per nation, as a policy officer in each would make it: chosen
 * from the New strategy dialog, named, given its approving body, written a
 * little, checked and exported to Word and PDF. Each cover must name the body
 * that adopts it in that nation's words, and nothing a Scottish corporate
 * parent sees may speak of "Full Council".
 */

interface Nation {
  pack: string;
  /** What the New strategy dialog and the title page call the owner's field. */
  organisationField: string;
  organisation: string;
  /** The approving body hint the title page gives. */
  usualBody: string;
  /** What the officer enters as the approving body. */
  body: string;
  /** The line the cover must print. */
  coverLine: string;
  /** A section to write a little in. */
  section: string;
  kind: string;
}

const NATIONS: readonly Nation[] = [
  {
    pack: 'Corporate Parenting Strategy (England)',
    organisationField: 'Council',
    organisation: 'Brackenfold Council',
    usualBody: 'Full Council',
    body: 'Full Council',
    coverLine: 'For adoption by Full Council',
    section: 'Introduction: what corporate parenting means',
    kind: 'strategy',
  },
  {
    pack: 'Corporate Parenting Strategy (Wales)',
    organisationField: 'Council',
    organisation: 'Nantgarw County Borough Council',
    usualBody: 'Full Council',
    body: 'Full Council',
    coverLine: 'For adoption by Full Council',
    section: 'Introduction: what corporate parenting means',
    kind: 'strategy',
  },
  {
    pack: 'Corporate Parenting Plan (Scotland)',
    organisationField: 'Organisation',
    organisation: 'NHS Glen Farrow',
    usualBody: 'the governing committee or board',
    body: 'NHS Glen Farrow Board',
    coverLine: 'For approval by NHS Glen Farrow Board',
    section: 'About this plan',
    kind: 'plan',
  },
  {
    pack: 'Corporate Parenting Strategy (Northern Ireland)',
    organisationField: 'Trust',
    organisation: 'Lough Neagh Health and Social Care Trust',
    usualBody: 'Trust Board',
    body: 'Trust Board',
    coverLine: 'For approval by Trust Board',
    section: 'Introduction: what corporate parenting means',
    kind: 'strategy',
  },
];

const hasPdfToText = spawnSync('pdftotext', ['-v'], { stdio: 'ignore' }).error === undefined;

let host: RunningWebHost;
let dataDir: string;

test.beforeAll(async () => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'cps-e2e-nations-'));
  host = await startWebHostProcess(dataDir);
});

test.afterAll(async () => {
  await host.stop();
});

async function createFromDialog(page: Page, nation: Nation, title: string): Promise<void> {
  await page.goto(host.url);
  await page.getByRole('button', { name: LIBRARY.newStrategy }).click();
  const dialog = page.getByRole('dialog', { name: LIBRARY.newStrategy });
  const templates = dialog.getByRole('group', { name: LIBRARY.templateGroup }).getByRole('radio');
  await expect(templates).toHaveCount(NATIONS.length);
  for (const other of NATIONS) await expect(dialog.getByRole('radio', { name: new RegExp(`^${escape(other.pack)}`) })).toHaveCount(1);
  await dialog.getByRole('radio', { name: new RegExp(`^${escape(nation.pack)}`) }).check();
  await dialog.getByRole('textbox', { name: LIBRARY.title }).fill(title);
  await dialog.getByRole('textbox', { name: nation.organisationField, exact: true }).fill(nation.organisation);
  await dialog.getByRole('button', { name: LIBRARY.create }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
}

async function exportAsDraft(page: Page, format: 'docx' | 'pdf'): Promise<{ name: string; bytes: Buffer; file: string }> {
  await page.getByRole('button', { name: EXPORT.open }).click();
  const dialog = page.getByRole('dialog', { name: EXPORT.dialog });
  await dialog.getByRole('radio', { name: EXPORT_FORMATS[format].label }).check();
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: EXPORT.asDraft }).click()]);
  const file = await download.path();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toHaveCount(0);
  return { name: download.suggestedFilename(), bytes: readFileSync(file), file };
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

async function expectNoFullCouncil(where: Locator, label: string): Promise<void> {
  expect(await where.innerText(), label).not.toMatch(/Full Council|councillor/i);
}

for (const nation of NATIONS) {
  test(`${nation.pack}: made from the New strategy dialog, written, checked and exported with "${nation.coverLine}" on its cover`, async ({ page }) => {
    test.setTimeout(120_000);
    const title = `Our ${nation.kind} for children in care, ${nation.organisation}`;
    await createFromDialog(page, nation, title);

    await sectionButton(page, 'Title page').click();
    const approvingBody = page.getByRole('textbox', { name: DRAFT.cover.approvingBody });
    await expect(approvingBody).toHaveAccessibleDescription(`Normally ${nation.usualBody}.`);
    await expect(page.getByRole('textbox', { name: nation.organisationField, exact: true })).toHaveValue(nation.organisation);
    await approvingBody.fill(nation.body);
    await page.getByRole('textbox', { name: DRAFT.cover.periodStart }).fill('2026');
    await page.getByRole('textbox', { name: DRAFT.cover.periodEnd }).fill('2029');
    await waitUntilSaved(page);

    await sectionButton(page, nation.section).click();
    const editor = page.getByRole('textbox', { name: DRAFT.sectionText(nation.section) });
    await editor.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.type(`Every part of ${nation.organisation} shares the job of a good parent to the children in its care.`);
    await waitUntilSaved(page);

    await page.getByRole('button', { name: COMPLETENESS.check, exact: true }).click();
    const panel = page.getByRole('complementary', { name: COMPLETENESS.panel });
    await expect(panel).toBeVisible();
    await expect(panel.getByRole('button').first()).toBeVisible();

    const docx = await exportAsDraft(page, 'docx');
    expect(docx.name).toMatch(new RegExp(`^${escape(nation.organisation)} corporate parenting ${nation.kind} 2026-2029 \\(DRAFT\\)\\.docx$`));
    const word = await docxAllText(docx.bytes);
    expect(word).toContain(nation.coverLine);
    expect(word).toContain(`Every part of ${nation.organisation} shares the job`);

    const pdf = await exportAsDraft(page, 'pdf');
    expect(pdf.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    let pdfText = '';
    if (hasPdfToText) {
      const result = spawnSync('pdftotext', ['-enc', 'UTF-8', '-l', '1', pdf.file, '-'], { encoding: 'utf8' });
      expect(result.status).toBe(0);
      pdfText = result.stdout.replace(/\s+/g, ' ');
      expect(pdfText, 'the PDF cover').toContain(nation.coverLine);
    }

    if (nation.body !== 'Full Council') {
      expect(word).not.toMatch(/Full Council/i);
      expect(pdfText).not.toMatch(/Full Council/i);
    }
  });
}

test('a Scottish plan speaks of a plan, an organisation and its board on every screen, and never of Full Council', async ({ page }) => {
  test.setTimeout(90_000);
  const scotland = NATIONS.find((nation) => nation.kind === 'plan');
  if (!scotland) throw new Error('no Scottish case');
  const title = 'Glen Farrow walks the screens';
  await createFromDialog(page, scotland, title);
  const main = page.locator('body');

  await sectionButton(page, 'Title page').click();
  await expect(page.getByRole('textbox', { name: 'Plan title', exact: true })).toHaveValue(title);
  await expect(page.getByRole('textbox', { name: 'Organisation', exact: true })).toHaveAccessibleDescription(/corporate parent that owns the plan/);
  await expectNoFullCouncil(main, 'title page');

  await page.getByRole('button', { name: COMPLETENESS.check, exact: true }).click();
  const panel = page.getByRole('complementary', { name: COMPLETENESS.panel });
  await expect(panel).toBeVisible();
  await expect(panel).toContainText('Whole plan');
  await expect(panel).not.toContainText('Whole strategy');
  await expectNoFullCouncil(panel, 'completeness panel');

  await sectionButton(page, 'Foreword by care experienced children and young people').click();
  await page.getByRole('button', { name: WORKSHOP.open }).click();
  await expect(page.getByRole('heading', { level: 1, name: WORKSHOP.heading })).toBeVisible();
  await expect(main).toContainText('This is the start of the plan, in your words. The people who run it read it first.');
  await expectNoFullCouncil(main, 'foreword workshop');
  await page.getByRole('button', { name: WORKSHOP.back('plan') }).click();

  await page.getByRole('button', { name: EXPORT.open }).click();
  const dialog = page.getByRole('dialog', { name: EXPORT.dialog });
  await expect(dialog.getByRole('radio', { name: /Word/ })).toBeVisible();
  await expectNoFullCouncil(dialog, 'export dialog');
  await expect(dialog).toContainText('For publishing on the organisation’s website.');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toHaveCount(0);

  await page.getByRole('button', { name: DRAFT.back }).click();
  await page.getByRole('button', { name: LIBRARY.newStrategy }).click();
  const creating = page.getByRole('dialog', { name: LIBRARY.newStrategy });
  await creating.getByRole('radio', { name: new RegExp(`^${escape(scotland.pack)}`) }).check();
  await expect(creating.getByRole('textbox', { name: 'Organisation', exact: true })).toBeVisible();
  await expect(creating.getByRole('textbox', { name: LIBRARY.council, exact: true })).toHaveCount(0);
  await creating.getByRole('button', { name: LIBRARY.create }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Untitled plan' })).toBeVisible();
  // The library names it as its own screen does, in its pack's words.
  await page.getByRole('button', { name: DRAFT.back }).click();
  const listed = page.getByRole('table', { name: LIBRARY.heading });
  await expect(listed.getByRole('button', { name: 'Untitled plan', exact: true })).toBeVisible();
  await expect(listed.getByRole('button', { name: 'Rename Untitled plan', exact: true })).toBeVisible();
  // Untitled drafts of different nations would look alike: each row says which kind of document it is.
  await expect(listed.getByRole('row').filter({ hasText: 'Untitled plan' }).getByRole('cell', { name: 'Plan, Scotland', exact: true })).toBeVisible();
  await expect(listed.getByRole('columnheader', { name: 'Council or body' })).toBeVisible();
});
