import { test, expect, type Download, type Locator, type Page } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { docxHeaderXml } from '../fixtures/docxInspect';
import { startWebHostProcess } from './support/webHostProcess';
import { sectionButton, setAuthor } from './support/draftScreen';
import { COMPLETENESS, DRAFT, EXPORT, IMPORT, LIBRARY, REVIEW } from '../../renderer/app/accessibleNames.js';
import { EXPORT_FORMATS } from '../../shared/export/formats.js';

/**
 * A manager's path to a final copy: import last year's text, find that
 * only a draft can be exported, have an officer hand every required section
 * over for review, approve them all in one confirmation (four-eyes review:
 * the officer could not), find that a placeholder left in an optional
 * section still stops a final copy, go to it from the export dialog by
 * keyboard and fill it in, export a final Word document and PDF, then see
 * an edit take the final copy away again.
 */

const VISION = 'Our commitment and vision';
const MANAGER = 'Dana Okafor';
const OFFICER = 'Sam Patel';
const CONTACT = 'Contact details';
const CONTACT_PLACEHOLDER = '[team email address]';
const FINAL_BUTTONS = /^Export as final anyway$|^Export$/;

interface TemplateSectionJson {
  title: string;
  kind: string;
  status: string;
}

/** The sections the template requires to be signed off, read from the template itself so the test does not trust the UI's list. */
function requiredTextSections(): string[] {
  const file = path.resolve(__dirname, '../../templates/england-strategy/pack.json');
  const template = JSON.parse(readFileSync(file, 'utf8')) as { sections: TemplateSectionJson[] };
  return template.sections.filter((section) => section.kind === 'text' && section.status === 'required').map((section) => section.title);
}

/** A strategy for an invented council, written for this test: one part per section, headed by the template's own titles. */
function strategyMarkdown(): string {
  const parts: [string, string][] = [
    ['Foreword by children and young people', 'We are the Brackenfold Children in Care Council. We asked for adults who keep their promises and who tell us the truth, even when it is hard. This plan is meant to hold them to that.'],
    ['Foreword by the Lead Member and the Director', 'As Lead Member for Children and as Director of Children’s Services, we put our names to this plan. Every councillor and every officer shares the job of a good parent, and we will report each year on how well we have done it.'],
    ['Introduction: what corporate parenting means', 'When a child comes into our care, the whole council becomes their parent. The Children and Social Work Act 2017 sets out seven principles we must follow, and this plan says how each service will live by them.'],
    [VISION, 'We want every child we look after to grow up safe, loved and ready for adult life, with the same chances as any other child in Brackenfold.'],
    ['Local context: our children in care and care leavers', 'Brackenfold looks after 312 children and supports 208 care leavers. Most of our children live with foster carers inside the county, and more of them now stay with us after their eighteenth birthday.'],
    ['Our pledge to children in care and care leavers', 'We will tell you who your social worker is and how to reach them. We will help you stay in touch with your family and friends. We will listen when you are unhappy and tell you what we did about it.'],
    ['Equality and inclusion', 'Brackenfold treats care experience as if it were a protected characteristic. Our equality impact assessment of this plan, done in March 2026, found that disabled children wait longest for a home, so our first priority starts with them.'],
    ['Our promises to you, in plain words', 'We will tell you who your social worker is. We will help you see your family. If we break a promise, tell your advocate or ring the children’s rights team and we will put it right.'],
    ['Our offer to care leavers', 'Every care leaver keeps a personal adviser up to 25 if they want one. Care leavers pay no council tax in Brackenfold until they are 25, and ten council apprenticeships each year are kept for them.'],
    ['Roles and responsibilities of corporate parents', 'Councillors ask how our children are doing at every visit and meeting. Officers in housing, leisure and schools make room for care leavers in their own plans. Partners in health and the police meet us each quarter.'],
    ['Voice and participation of children and young people', 'The Children in Care Council meets each month with the Director. Young people sit on interview panels for new staff and help to plan training for foster carers.'],
    ['Leadership and governance: the Corporate Parenting Board', 'The Corporate Parenting Board is chaired by the Lead Member and meets every two months. It reports to Cabinet twice a year and to Full Council once a year.'],
    ['Our priorities', 'First, more homes close to school and friends. Second, better help with health and emotional wellbeing. Third, a job, training or a college place for every care leaver who wants one.'],
    ['Action plan', 'The Head of Service for Children in Care will open two new children’s homes inside the county by March 2027, for the first priority.'],
    ['Measures of success', 'We will count how many children move home more than twice a year, how many care leavers are in education, work or training at 19 and 21, and how many young people say they feel listened to in our yearly survey.'],
    ['Monitoring, evaluation and review', 'The Board looks at these measures at every meeting. Each spring we publish a short report on progress, written with young people, and we revise this plan after three years.'],
    ['Legal and policy framework', 'This plan follows the Children Act 1989, the Children (Leaving Care) Act 2000 and the Children and Social Work Act 2017, together with the statutory guidance that goes with them.'],
    ['Corporate Parenting Board terms of reference', 'The Board holds the council to account as a corporate parent. It meets every two months and reports to Cabinet. The Board is quorate when four members are present, including the chair or vice-chair.'],
  ];
  // The title page as plain lines before the first heading, which is where the importer looks for the title and period.
  const titlePage = ['Brackenfold Council', '', 'Corporate Parenting Strategy 2025-2028', ''];
  // Contact details are optional, so not signed off: the placeholder left in them is a check problem that approval does not touch.
  const contact = ['## Contact details', '', `Write to the Corporate Parenting Team at ${CONTACT_PLACEHOLDER} or ask your social worker to pass on a message.`, ''];
  return [...titlePage, ...parts.flatMap(([heading, text]) => [`## ${heading}`, '', text, '']), ...contact].join('\n');
}

async function openExport(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: EXPORT.open }).click();
  const dialog = page.getByRole('dialog', { name: EXPORT.dialog });
  await expect(dialog.getByRole('radio', { name: /Word/ })).toBeVisible();
  return dialog;
}

/** Ready for review, as the officer does it for one section; with four-eyes review on, the officer cannot then approve it. */
async function markReady(page: Page, title: string) {
  await sectionButton(page, title).click();
  await expect(page.getByRole('heading', { level: 2, name: title })).toBeFocused();
  const review = page.getByRole('region', { name: REVIEW.region });
  const state = review.getByTestId('sign-off-state');
  await review.getByRole('button', { name: REVIEW.markReady }).click();
  await expect(state).toHaveAttribute('data-state', 'ready-for-review');
  await expect(state).toBeFocused();
  await expect(review.getByRole('button', { name: REVIEW.approve })).toBeDisabled();
  await expect(review.getByTestId('sign-off-reason')).toHaveText(/someone else must approve it/);
}

/** Back to the library, another name in the settings, and into the draft again. */
async function switchAuthor(page: Page, name: string, draftTitle: string) {
  await page.getByRole('button', { name: DRAFT.back }).click();
  await setAuthor(page, name);
  await page.getByRole('button', { name: draftTitle, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: draftTitle })).toBeVisible();
}

async function download(page: Page, button: Locator): Promise<{ download: Download; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return { download: file, bytes: readFileSync(await file.path()) };
}

const hasPdfToText = spawnSync('pdftotext', ['-v'], { stdio: 'ignore' }).error === undefined;

function finalExportButtons(dialog: Locator): Locator {
  return dialog.getByRole('button', { name: FINAL_BUTTONS });
}

test('an officer hands every section over, a manager approves them in one go, replaces the last placeholder from the export dialog, exports final Word and PDF, and an edit takes the approval away again', async ({ page }) => {
  const required = requiredTextSections();
  expect(required).toContain(VISION);
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'cps-e2e-final-'));
  const host = await startWebHostProcess(dataDir);
  try {
    const file = path.join(dataDir, 'brackenfold-strategy.md');
    writeFileSync(file, strategyMarkdown());
    await page.goto(host.url);
    await expect(page.getByRole('checkbox', { name: LIBRARY.fourEyes })).toBeChecked();
    await setAuthor(page, OFFICER);
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: IMPORT.open }).click()]);
    await chooser.setFiles(file);
    await expect(page.getByRole('heading', { level: 1, name: IMPORT.reviewHeading('brackenfold-strategy.md') })).toBeVisible();
    await expect(page.getByLabel(DRAFT.cover.periodEnd)).toHaveValue('2028');
    await page.getByRole('button', { name: IMPORT.intoNewDraft }).click();
    await expect(page.getByRole('complementary', { name: COMPLETENESS.panel })).toBeVisible();

    // Nothing is approved: only a draft can be made, and the dialog names every section that stands in the way.
    let dialog = await openExport(page);
    await expect(dialog.getByRole('button', { name: EXPORT.asDraft })).toBeVisible();
    await expect(finalExportButtons(dialog)).toHaveCount(0);
    const unapproved = dialog.getByRole('region', { name: EXPORT.notReady }).getByRole('listitem').filter({ hasText: 'is not approved yet' });
    for (const title of required) await expect(unapproved.filter({ hasText: `"${title}" is not approved yet (it is marked "Draft")` })).toHaveCount(1);
    await expect(unapproved).toHaveCount(required.length);
    const draftDocx = await download(page, dialog.getByRole('button', { name: EXPORT.asDraft }));
    expect(draftDocx.download.suggestedFilename()).toBe('Brackenfold Council corporate parenting strategy 2025-2028 (DRAFT).docx');
    // The same header check that must pass on the final copy, shown to catch the marking here.
    expect((await docxHeaderXml(draftDocx.bytes)).some((header) => header.includes('DRAFT'))).toBe(true);
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(dialog).toHaveCount(0);

    for (const title of required) {
      await expect(sectionButton(page, title)).toHaveAccessibleDescription(/Required/);
      await markReady(page, title);
    }
    const draftTitle = (await page.getByRole('heading', { level: 1 }).textContent()) ?? '';

    // The manager approves every section that is ready in one confirmation that lists them.
    await switchAuthor(page, MANAGER, draftTitle);
    await page.getByRole('button', { name: `Approve all ready (${required.length})…` }).click();
    const approveAll = page.getByRole('dialog', { name: REVIEW.approveEveryReady });
    // Each with what the check still says must be fixed in it, so nothing is approved unseen.
    await expect(approveAll.getByTestId('approve-ready-list').getByRole('listitem')).toHaveText(required.map((title) => new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( \\(\\d+ things? the check says must be fixed\\))?$`)));
    await approveAll.getByRole('textbox', { name: REVIEW.note }).fill('Agreed at the Board meeting.');
    await approveAll.getByRole('button', { name: `Approve ${required.length} sections` }).click();
    await expect(approveAll).toHaveCount(0);
    for (const title of required) await expect(sectionButton(page, title)).toHaveAccessibleDescription(/Approved/);
    await sectionButton(page, VISION).click();
    await expect(page.getByRole('region', { name: REVIEW.region }).getByTestId('sign-off-state')).toHaveText(new RegExp(`^Approved by ${MANAGER} on `));

    // Every required section approved, but a placeholder is left in the optional contact details: no confirmation gets past it.
    dialog = await openExport(page);
    const placeholders = dialog.getByRole('region', { name: EXPORT.placeholders });
    await expect(placeholders.getByRole('listitem')).toHaveText([`${CONTACT}: replace the placeholder "${CONTACT_PLACEHOLDER}".`]);
    await expect(finalExportButtons(dialog)).toHaveCount(0);
    await expect(dialog.getByRole('button', { name: EXPORT.asDraft })).toBeVisible();
    // The problem is a link to its place, reached from the keyboard.
    const goToPlaceholder = placeholders.getByRole('button', { name: `${CONTACT}: replace the placeholder "${CONTACT_PLACEHOLDER}".` });
    for (let presses = 0; presses < 10 && !(await goToPlaceholder.evaluate((element) => element === document.activeElement)); presses += 1) await page.keyboard.press('Tab');
    await expect(goToPlaceholder).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(dialog).toHaveCount(0);
    await expect(page.getByRole('heading', { level: 2, name: CONTACT })).toBeVisible();
    const contactEditor = page.getByRole('textbox', { name: `${CONTACT} text` });
    await expect(contactEditor).toBeFocused();
    expect(await page.evaluate(() => window.getSelection()?.toString())).toBe(CONTACT_PLACEHOLDER);
    await page.keyboard.type('parenting@brackenfold.example');
    await expect(page.getByRole('status').filter({ hasText: 'needs review again' })).toHaveCount(0);

    // Nothing left that blocks a final copy, and nothing missing: one plain Export.
    dialog = await openExport(page);
    await expect(dialog.getByRole('region', { name: EXPORT.placeholders })).toHaveCount(0);
    const docx = await download(page, dialog.getByRole('button', { name: EXPORT.dialog, exact: true }));
    expect(docx.download.suggestedFilename()).toBe('Brackenfold Council corporate parenting strategy 2025-2028.docx');
    await expect(dialog.getByText(/^Saved .*\.docx.*It is a final copy, not marked draft\./)).toBeVisible();
    const headers = await docxHeaderXml(docx.bytes);
    // The running header is there (the title page has an empty one of its own), just without the DRAFT marking.
    expect(headers.some((header) => header.includes('Corporate Parenting Strategy'))).toBe(true);
    for (const header of headers) expect(header).not.toContain('DRAFT');
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(dialog).toHaveCount(0);

    dialog = await openExport(page);
    await expect(dialog.getByText('The check finds nothing missing and every required section is approved: the export will be a final version.')).toBeVisible();
    await expect(dialog.getByRole('button', { name: EXPORT.asDraft })).toHaveCount(0);
    await dialog.getByRole('radio', { name: EXPORT_FORMATS.pdf.label }).check();
    const pdf = await download(page, dialog.getByRole('button', { name: EXPORT.dialog, exact: true }));
    expect(pdf.download.suggestedFilename()).toBe('Brackenfold Council corporate parenting strategy 2025-2028.pdf');
    expect(pdf.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    if (hasPdfToText) {
      const text = spawnSync('pdftotext', ['-enc', 'UTF-8', await pdf.download.path(), '-'], { encoding: 'utf8' });
      expect(text.status).toBe(0);
      expect(text.stdout).toContain('parenting@brackenfold.example');
      expect(text.stdout).not.toContain('DRAFT');
    }
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(dialog).toHaveCount(0);

    // One word added to an approved section sends it back to review, and the final copy is off the table again.
    await sectionButton(page, VISION).click();
    const editor = page.getByRole('textbox', { name: `${VISION} text` });
    await editor.getByText('ready for adult life').click();
    await page.keyboard.press('End');
    await page.keyboard.type(' Always.');
    await expect(page.getByRole('status').filter({ hasText: 'needs review again' })).toContainText(VISION);
    const review = page.getByRole('region', { name: REVIEW.region });
    await expect(review.getByTestId('sign-off-state')).toHaveAttribute('data-state', 'ready-for-review');
    await expect(sectionButton(page, VISION)).toHaveAccessibleDescription(/Ready for review/);

    dialog = await openExport(page);
    await expect(dialog.getByRole('button', { name: EXPORT.asDraft })).toBeVisible();
    await expect(finalExportButtons(dialog)).toHaveCount(0);
    await expect(dialog.getByRole('region', { name: EXPORT.notReady }).getByRole('listitem')).toHaveText([
      `"${VISION}" is not approved yet (it is marked "Ready for review").`,
    ]);
  } finally {
    await host.stop();
  }
});
