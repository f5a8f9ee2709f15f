import { test, expect, type Page } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { COMPLETENESS, DRAFT, IMPORT, LIBRARY } from '../../renderer/app/accessibleNames.js';
import { violations } from './support/axe';
import { coreApi } from './support/coreApi';
import { createStrategy, sectionButton, waitUntilSaved } from './support/draftScreen';
import { startWebHostProcess, type RunningWebHost } from './support/webHostProcess';

/**
 * Issue 16: wherever an import lands, the officer sees the names and the
 * title-page details the file states, can untick or correct each, and only
 * what they chose is saved, with the import, in one go. Into an open draft a
 * detail the draft already has is kept unless they tick the file's.
 */

const FILE = 'beacon-strategy.md';
/** Our own words: a strategy whose title page states its owner, version and approval, and whose young people's group is the Beacon Circle. */
const STRATEGY = [
  '# Corporate Parenting Strategy 2023 to 2026',
  '',
  'Owner: Director of Family and Community Services.',
  '',
  'Version: 4.2',
  '',
  'Approved by Full Council on 26 March 2023.',
  '',
  '# Foreword from our young people',
  '',
  'We are the Beacon Circle. We are young people in care and we wrote this page ourselves.',
  '',
  '# Voice and participation',
  '',
  'Each month the Beacon Circle meets councillors to talk about what should change next.',
  '',
].join('\n');

const CICC = 'The name of your Children in Care Council';
const DIRECTOR = 'Your Director of Children’s Services’ job title';
const TITLE = 'Our strategy 2026 to 2029';

let host: RunningWebHost;

test.beforeEach(async () => {
  host = await startWebHostProcess(mkdtempSync(path.join(os.tmpdir(), 'cps-e2e-import-names-cover-')));
});

test.afterEach(async () => {
  await host.stop();
});

/** A strategy of the officer's own, open on its title page, whose owner they have already written. */
async function openDraftWithOwner(page: Page): Promise<string> {
  await page.goto(host.url);
  await createStrategy(page, { title: TITLE, council: 'Beaconsfield Borough Council' });
  await sectionButton(page, 'Title page').click();
  await page.getByRole('textbox', { name: DRAFT.cover.owner, exact: true }).fill('Head of Children’s Services');
  await waitUntilSaved(page);
  const match = /#\/draft\/([\w-]+)/.exec(page.url());
  if (!match?.[1]) throw new Error(`no draft id in ${page.url()}`);
  return match[1];
}

async function reviewIntoDraft(page: Page): Promise<void> {
  await page.getByLabel(IMPORT.fileIntoDraft).setInputFiles({ name: FILE, mimeType: 'text/markdown', buffer: Buffer.from(STRATEGY) });
  await expect(page.getByRole('heading', { level: 1, name: IMPORT.reviewHeading(FILE) })).toBeFocused();
}

const coverOffers = (page: Page) => page.getByRole('region', { name: IMPORT.coverOffers });
const use = (page: Page, label: string) => coverOffers(page).getByRole('checkbox', { name: IMPORT.useFileField(label) });
const fromFile = (page: Page, label: string) => coverOffers(page).getByRole('textbox', { name: IMPORT.fileField(label) });

test('into an open draft: the names and title-page details are offered, the officer unticks and corrects some, and exactly those are saved with the sections', async ({ page, request }) => {
  const draftId = await openDraftWithOwner(page);
  const api = coreApi(request, host.url);
  await reviewIntoDraft(page);

  // The names, as on a new draft's import: the Children in Care Council's is taken, the director's refused.
  const names = page.getByRole('group', { name: IMPORT.localNames });
  await expect(names.getByRole('group', { name: CICC }).getByRole('radio', { name: IMPORT.takeFound('Beacon Circle') })).toBeChecked();
  await names.getByRole('group', { name: DIRECTOR }).getByRole('radio', { name: IMPORT.dontUseName }).check();

  // The title page: what the draft has is shown beside the file's and kept; what it leaves empty is ticked, except the file's own edition.
  await expect(use(page, DRAFT.cover.owner)).not.toBeChecked();
  await expect(use(page, DRAFT.cover.owner)).toHaveAccessibleDescription('The draft has: Head of Children’s Services');
  await expect(use(page, 'Strategy title')).not.toBeChecked();
  await expect(use(page, DRAFT.cover.approvingBody)).toBeChecked();
  await expect(use(page, DRAFT.cover.approvingBody)).toHaveAccessibleDescription('The draft has none yet.');
  for (const label of [DRAFT.cover.periodStart, DRAFT.cover.periodEnd, DRAFT.cover.date, DRAFT.cover.version]) await expect(use(page, label)).not.toBeChecked();
  await expect(coverOffers(page)).toContainText('The file’s period, date and version describe its own edition, so they are not ticked to begin with.');
  await expect(fromFile(page, DRAFT.cover.date)).toHaveValue('26/03/2023');
  // The council is the draft's own and the file names none: nothing to offer.
  await expect(use(page, 'Council')).toHaveCount(0);

  // Keyboard only: tick the version with the space bar and correct it; tick the owner, then change their mind.
  await use(page, DRAFT.cover.version).focus();
  await page.keyboard.press('Space');
  await expect(use(page, DRAFT.cover.version)).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(fromFile(page, DRAFT.cover.version)).toBeFocused();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('4.3');
  await use(page, DRAFT.cover.owner).focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('Space');
  await expect(use(page, DRAFT.cover.owner)).not.toBeChecked();
  expect(await violations(page)).toEqual([]);

  await page.getByRole('button', { name: IMPORT.intoThisDraft }).click();
  const outcome = page.getByText(/^Imported into this draft:/);
  await expect(outcome).toContainText('Filled on the title page: version, approving body.');
  await expect(outcome).toContainText('Saved 1 name for the checks');

  const draft = await api('drafts.open', { id: draftId });
  expect(draft.cover).toMatchObject({ title: TITLE, owner: 'Head of Children’s Services', version: '4.3', approvingBody: 'Full Council', date: '', periodStart: null, periodEnd: null });
  expect(JSON.stringify(draft.sections.find((section) => section.id === 'participation')?.doc)).toContain('Each month the Beacon Circle meets councillors');
  expect((await api('settings.get', {})).localNames['england-strategy']).toEqual({ 'children-in-care-council': 'Beacon Circle' });
  // The open draft's check knows the name at once, without closing and opening the draft again.
  await page.getByRole('button', { name: COMPLETENESS.check, exact: true }).click();
  const panel = page.getByRole('complementary', { name: COMPLETENESS.panel });
  await expect(page.getByTestId('completeness-score')).toHaveText(/% complete/);
  await expect(panel.getByRole('button', { name: /Describe the care leavers' group or forum/ })).toBeVisible();
  await expect(panel.getByRole('button', { name: /Describe the Children in Care Council \(by its local name\)/ })).toHaveCount(0);

  // The title page on screen is what was stored, and typing there saves on top of it rather than meeting a conflict.
  await sectionButton(page, 'Title page').click();
  await expect(page.getByRole('textbox', { name: DRAFT.cover.version, exact: true })).toHaveValue('4.3');
  await page.getByRole('textbox', { name: DRAFT.cover.date, exact: true }).fill('01/04/2026');
  await waitUntilSaved(page);
  expect((await api('drafts.open', { id: draftId })).cover).toMatchObject({ version: '4.3', date: '2026-04-01' });
});

test('into an open draft: a title page changed elsewhere during the review stops the whole import, names included, and says so', async ({ page, request }) => {
  const draftId = await openDraftWithOwner(page);
  const api = coreApi(request, host.url);
  await reviewIntoDraft(page);
  const before = await api('drafts.open', { id: draftId });
  await api('drafts.updateCover', { id: draftId, baseRevision: before.coverRevision, cover: { ...before.cover, version: 'Draft 0.9' } });

  await page.getByRole('button', { name: IMPORT.intoThisDraft }).click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('The title page was changed somewhere else');
  await expect(alert).toContainText('nothing was imported');
  await expect(alert).toContainText('the library’s names are as they were');
  const after = await api('drafts.open', { id: draftId });
  expect(after.cover.version).toBe('Draft 0.9');
  expect(after.sections.map((section) => [section.id, section.revision])).toEqual(before.sections.map((section) => [section.id, section.revision]));
  expect((await api('settings.get', {})).localNames['england-strategy'] ?? {}).toEqual({});
});

test('into a new draft: the whole title page the file gave is shown, a wrong date is refused where it was typed, and the corrected fields are the draft’s', async ({ page, request }) => {
  await page.goto(host.url);
  const api = coreApi(request, host.url);
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: IMPORT.open }).click()]);
  await chooser.setFiles({ name: FILE, mimeType: 'text/markdown', buffer: Buffer.from(STRATEGY) });
  // The button that chose the file has gone with the library screen: the review's title has the focus, and Tab goes on into the review.
  await expect(page.getByRole('heading', { level: 1, name: IMPORT.reviewHeading(FILE) })).toBeFocused();
  const cover = page.getByRole('region', { name: IMPORT.coverFound });
  await expect(cover.getByRole('textbox', { name: DRAFT.cover.owner })).toHaveValue('Director of Family and Community Services');
  await expect(cover.getByRole('textbox', { name: DRAFT.cover.owner })).toHaveAccessibleDescription('Found in the file.');
  await expect(cover.getByRole('textbox', { name: DRAFT.cover.version })).toHaveValue('4.2');
  await expect(cover.getByRole('textbox', { name: DRAFT.cover.approvingBody })).toHaveValue('Full Council');
  const date = cover.getByRole('textbox', { name: DRAFT.cover.date });
  await expect(date).toHaveValue('26/03/2023');
  await expect(cover.getByRole('textbox', { name: 'Council' })).toHaveAccessibleDescription('Not stated in the file.');

  await cover.getByRole('textbox', { name: 'Council' }).fill('Beaconsfield Borough Council');
  // Escape while typing means "not that", not "throw the review away".
  await page.keyboard.press('Escape');
  await expect(cover.getByRole('textbox', { name: 'Council' })).toHaveValue('Beaconsfield Borough Council');
  await cover.getByRole('textbox', { name: DRAFT.cover.owner }).fill('Director of Children and Families');
  await date.fill('31/02/2023');
  await page.getByRole('button', { name: IMPORT.intoNewDraft }).click();
  await expect(date).toBeFocused();
  await expect(date).toHaveAttribute('aria-invalid', 'true');
  await expect(date).toHaveAccessibleDescription(/Enter the date as day, month and year/);
  expect(await api('drafts.list', { scope: 'active' })).toEqual([]);
  expect(await violations(page)).toEqual([]);

  await date.fill('28/02/2023');
  await page.getByRole('button', { name: IMPORT.intoNewDraft }).click();
  await expect(page.getByRole('button', { name: DRAFT.back })).toBeVisible();
  const [summary] = await api('drafts.list', { scope: 'active' });
  const draft = await api('drafts.open', { id: summary?.id ?? '' });
  expect(draft.cover).toMatchObject({
    council: 'Beaconsfield Borough Council',
    title: 'Corporate Parenting Strategy',
    periodStart: 2023,
    periodEnd: 2026,
    owner: 'Director of Children and Families',
    version: '4.2',
    approvingBody: 'Full Council',
    date: '2023-02-28',
  });
});

for (const [width, height] of [
  [1024, 700],
  [1366, 768],
] as const) {
  test(`the title page and names on both reviews at ${width}×${height}`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await openDraftWithOwner(page);
    await reviewIntoDraft(page);
    await coverOffers(page).evaluate((element) => element.scrollIntoView());
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    await page.screenshot({ path: path.join(os.tmpdir(), `u10-into-draft-${width}x${height}.png`) });
    await page.screenshot({ path: path.join(os.tmpdir(), `u10-into-draft-${width}x${height}-whole.png`), fullPage: true });

    await page.getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('button', { name: DRAFT.back }).click();
    await expect(page.getByRole('button', { name: LIBRARY.newStrategy })).toBeVisible();
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: IMPORT.open }).click()]);
    await chooser.setFiles({ name: FILE, mimeType: 'text/markdown', buffer: Buffer.from(STRATEGY) });
    const cover = page.getByRole('region', { name: IMPORT.coverFound });
    await cover.evaluate((element) => element.scrollIntoView());
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    await page.screenshot({ path: path.join(os.tmpdir(), `u10-new-draft-${width}x${height}.png`) });
  });
}
