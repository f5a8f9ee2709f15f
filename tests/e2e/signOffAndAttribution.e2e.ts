import { test, expect, type Locator, type Page } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { docxHtml, htmlText } from '../fixtures/docxInspect';
import { startWebHostProcess } from './support/webHostProcess';
import { createStrategy, sectionButton, setAuthor, waitUntilSaved } from './support/draftScreen';
import { DRAFT, EXPORT, REVIEW, WORKSHOP } from '../../renderer/app/accessibleNames.js';

/**
 * Nothing unfinished is handed over or approved, and the young people's
 * names are printed as their consent allows: a youth worker records who
 * wrote the foreword in the workshop, the line appears under the foreword
 * in the Word and PDF files, and an approver sees what the check still
 * finds before approving.
 */

const FOREWORD = 'Foreword by children and young people';
const VISION = 'Our commitment and vision';
const TITLE = 'Attribution end-to-end';
const LINE = 'Written by Amira and Jordan Lee from Northshire Children in Care Council, March 2026.';
const hasPdfToText = spawnSync('pdftotext', ['-v'], { stdio: 'ignore' }).error === undefined;

async function addPerson(page: Page, name: string, consent: { givenBy: string; date: string; recordedBy: string; fullName?: boolean } | null): Promise<void> {
  await page.getByRole('button', { name: WORKSHOP.addName }).click();
  const person = page.getByRole('group').last();
  await person.getByRole('textbox', { name: WORKSHOP.name }).fill(name);
  if (!consent) return;
  await person.getByRole('textbox', { name: WORKSHOP.agreedBy }).fill(consent.givenBy);
  await person.getByLabel(WORKSHOP.dateAgreed).fill(consent.date);
  await person.getByRole('textbox', { name: WORKSHOP.writtenDownBy }).fill(consent.recordedBy);
  if (consent.fullName) await person.getByRole('checkbox', { name: WORKSHOP.fullNameConsent }).check();
}

async function exportDraft(page: Page, format: 'Word' | 'PDF'): Promise<Buffer> {
  await page.getByRole('button', { name: EXPORT.open }).click();
  const dialog = page.getByRole('dialog', { name: EXPORT.dialog });
  await dialog.getByRole('radio', { name: format === 'Word' ? /Word/ : 'PDF' }).check();
  const [file] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: EXPORT.asDraft }).click()]);
  const bytes = readFileSync(await file.path());
  await dialog.getByRole('button', { name: 'Close' }).click();
  return bytes;
}

function review(page: Page): Locator {
  return page.getByRole('region', { name: REVIEW.region });
}

test('starter text cannot be handed over, the workshop record signs the printed foreword, and the approver sees the findings', async ({ page }) => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'cps-e2e-attribution-'));
  const host = await startWebHostProcess(dataDir);
  try {
    await page.goto(host.url);
    await setAuthor(page, 'Youth Worker Sam');
    await createStrategy(page, { title: TITLE, council: 'Northshire County Council' });

    // A section with nothing but its starter text cannot be handed over, and the screen says why.
    await sectionButton(page, VISION).click();
    await expect(review(page).getByRole('button', { name: REVIEW.markReady })).toBeDisabled();
    await expect(review(page).getByTestId('sign-off-reason')).toHaveText('This section still holds only its starter text, so it cannot be marked ready for review. Write it first.');

    // The workshop: the young people's words, then who wrote them and what each agreed to.
    await sectionButton(page, FOREWORD).click();
    await page.getByRole('button', { name: WORKSHOP.open }).click();
    const workshop = page.getByRole('textbox', { name: WORKSHOP.editor });
    // They write in the plain line the workshop opens above the starter's "Written by [name of …]" line and leave
    // that line there: the record will stand in for it.
    await workshop.click();
    await page.keyboard.press('Control+Home');
    await page.keyboard.type('We want our carers to listen to us and to keep their promises. We will tell you when they do.');
    await expect(workshop).toContainText('[name of the Children in Care Council');
    await page.getByRole('textbox', { name: WORKSHOP.groupName }).fill('Northshire Children in Care Council');
    await page.getByLabel(WORKSHOP.month).fill('2026-03');
    await addPerson(page, 'Amira Khan', { givenBy: 'Amira Khan', date: '2026-03-02', recordedBy: 'Youth Worker Sam' });
    await addPerson(page, 'Jordan Lee', { givenBy: 'Jordan Lee', date: '2026-03-02', recordedBy: 'Youth Worker Sam', fullName: true });
    await addPerson(page, 'Kai Brown', null);
    await expect(page.getByTestId('attribution-printed')).toHaveText(LINE);
    await expect(page.getByText('Still needed: who agreed to the name Kai Brown being printed.')).toBeVisible();
    await expect(page.locator('.attribution__status')).toHaveText(/Saved|All changes saved/, { timeout: 15_000 });
    await page.getByRole('button', { name: WORKSHOP.back('strategy') }).click();
    await waitUntilSaved(page);

    // The Word file and the PDF print the line under the foreword, never the starter's "[name of …]" nor a name without consent.
    const docx = await exportDraft(page, 'Word');
    const wordText = htmlText(await docxHtml(docx));
    expect(wordText).toContain(LINE);
    expect(wordText).not.toMatch(/Kai|Khan|\[name of the Children/);
    // In the starter line's place: a signature, after the young people's words.
    expect(wordText.indexOf('We want our carers')).toBeGreaterThanOrEqual(0);
    expect(wordText.indexOf('We want our carers')).toBeLessThan(wordText.indexOf(LINE));
    const pdf = await exportDraft(page, 'PDF');
    const pdfFile = path.join(dataDir, 'attribution.pdf');
    writeFileSync(pdfFile, pdf);
    if (hasPdfToText) {
      const text = spawnSync('pdftotext', ['-enc', 'UTF-8', pdfFile, '-'], { encoding: 'utf8' }).stdout.replace(/\s+/g, ' ');
      expect(text).toContain(LINE);
      expect(text).not.toMatch(/Kai|Khan|\[name of the Children/);
    }

    // Handed over by the youth worker, who (four-eyes review) cannot approve it as well.
    await sectionButton(page, FOREWORD).click();
    await review(page).getByRole('button', { name: REVIEW.markReady }).click();
    await expect(review(page).getByTestId('sign-off-state')).toHaveAttribute('data-state', 'ready-for-review');
    await expect(review(page).getByRole('button', { name: REVIEW.approve })).toBeDisabled();
    await expect(review(page).getByTestId('sign-off-reason')).toContainText('someone else must approve it');

    // The manager sees what the check still finds in the section before approving it.
    await page.getByRole('button', { name: DRAFT.back }).click();
    await setAuthor(page, 'Manager Dana');
    await page.getByRole('button', { name: TITLE, exact: true }).click();
    await sectionButton(page, FOREWORD).click();
    await review(page).getByRole('button', { name: REVIEW.approve }).click();
    const approve = page.getByRole('dialog', { name: `Approve “${FOREWORD}”` });
    const findings = approve.getByRole('region', { name: /^What the check finds in this section/ });
    await expect(findings.getByRole('listitem').first()).toBeVisible();
    await expect(findings).toContainText('Advice: Reading age about');
    // The starter line is signed from the record, so the check does not ask for its placeholders to be replaced.
    await expect(findings).not.toContainText('placeholder');
    await approve.getByRole('button', { name: REVIEW.approveConfirm, exact: true }).click();
    await expect(review(page).getByTestId('sign-off-state')).toHaveText(/^Approved by Manager Dana on /);
  } finally {
    await host.stop();
  }
});
