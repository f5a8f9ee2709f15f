import { test, expect, type Page } from '@playwright/test';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { COMPLETENESS, DRAFT, IMPORT, LIBRARY } from '../../renderer/app/accessibleNames.js';
import { violations } from './support/axe';
import { startWebHostProcess, type RunningWebHost } from './support/webHostProcess';

/**
 * Issue 16: the names a strategy gives its own bodies are offered on the
 * import review screen, beside the library's, and only what the officer
 * chose is saved, with the draft; the check then knows those names.
 */

const CICC = 'The name of your Children in Care Council';
const LEAVERS = 'The name of your care leavers’ forum';
const DIRECTOR = 'Your Director of Children’s Services’ job title';
const CICC_FINDING = /Describe the Children in Care Council \(by its local name\)/;
const DIRECTOR_FINDING = /Describe the role of the Director of Children's Services/;

/** Our own words: a council whose Children in Care Council is the Lighthouse Crew and whose director's title is its own, one the pack's words for a children's director do not already take (they take "Director of Family Services"). */
const STRATEGY = [
  '# Corporate Parenting Strategy 2026 to 2029',
  '',
  'Owner: Director of Place and Communities.',
  '',
  '# Foreword from our young people',
  '',
  'We are the Lighthouse Crew. We are young people in care and we chose the words on this page.',
  '',
  '# Roles and responsibilities of corporate parents',
  '',
  'The Director of Place and Community Services makes sure every service keeps its promises to you.',
  '',
  '# Voice and participation',
  '',
  'Every month the Lighthouse Crew meets councillors to talk about what matters to them.',
  '',
  'Next Steps is our group for care leavers and meets at the youth centre.',
  '',
].join('\n');

let host: RunningWebHost;
let file: string;

test.beforeEach(async () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'cps-e2e-import-names-'));
  file = path.join(dataDir, 'lighthouse-strategy.md');
  writeFileSync(file, STRATEGY);
  host = await startWebHostProcess(dataDir);
});

test.afterEach(async () => {
  await host.stop();
});

async function openReview(page: Page) {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: IMPORT.open }).click()]);
  await chooser.setFiles(file);
  await expect(page.getByRole('heading', { level: 1, name: IMPORT.reviewHeading('lighthouse-strategy.md') })).toBeVisible();
  return page.getByRole('group', { name: IMPORT.localNames });
}

test('the officer keeps one name, changes one and refuses one; the library and the check use exactly those', async ({ page }) => {
  await page.goto(host.url);

  // First, every name refused: nothing is saved, and the check cannot know the council's names.
  let names = await openReview(page);
  for (const slot of [CICC, LEAVERS, DIRECTOR]) await names.getByRole('group', { name: slot }).getByRole('radio', { name: IMPORT.dontUseName }).check();
  await page.getByRole('button', { name: IMPORT.intoNewDraft }).click();
  await expect(page.getByTestId('completeness-score')).toHaveText(/% complete/);
  const panel = page.getByRole('complementary', { name: COMPLETENESS.panel });
  await expect(panel.getByRole('button', { name: CICC_FINDING })).toBeVisible();
  await expect(panel.getByRole('button', { name: DIRECTOR_FINDING })).toBeVisible();
  await page.getByRole('button', { name: DRAFT.back }).click();
  const settings = page.getByRole('region', { name: LIBRARY.localNames }).getByRole('group', { name: /England/ });
  await expect(settings.getByRole('textbox', { name: CICC })).toHaveValue('');

  // Then: keep the Children in Care Council's, correct the director's title, refuse the care leavers' forum's.
  names = await openReview(page);
  const cicc = names.getByRole('group', { name: CICC });
  await expect(cicc).toContainText('Found: Lighthouse Crew');
  await expect(cicc).toContainText('under “Foreword from our young people”');
  await expect(cicc.getByRole('radio', { name: IMPORT.takeFound('Lighthouse Crew') })).toBeChecked();
  await names.getByRole('group', { name: LEAVERS }).getByRole('radio', { name: IMPORT.dontUseName }).check();
  const director = names.getByRole('group', { name: DIRECTOR });
  await expect(director).toContainText('Found: Director of Place and Communities');
  await director.getByRole('radio', { name: IMPORT.differentName }).check();
  const ownName = director.getByRole('textbox', { name: IMPORT.ownName });
  await expect(ownName).toHaveValue('Director of Place and Communities');

  // An empty name is refused where it was typed, and nothing is imported.
  await ownName.fill('  ');
  await page.getByRole('button', { name: IMPORT.intoNewDraft }).click();
  await expect(ownName).toBeFocused();
  await expect(ownName).toHaveAttribute('aria-invalid', 'true');
  await expect(ownName).toHaveAccessibleDescription('Type the name to use, or choose not to use it.');
  expect(await violations(page)).toEqual([]);

  await ownName.fill('Director of Place and Community Services');
  await page.getByRole('button', { name: IMPORT.intoNewDraft }).click();
  await expect(page.getByTestId('completeness-score')).toHaveText(/% complete/);
  await expect(panel.getByRole('button', { name: CICC_FINDING })).toHaveCount(0);
  await expect(panel.getByRole('button', { name: DIRECTOR_FINDING })).toHaveCount(0);

  await page.getByRole('button', { name: DRAFT.back }).click();
  await expect(settings.getByRole('textbox', { name: CICC })).toHaveValue('Lighthouse Crew');
  await expect(settings.getByRole('textbox', { name: DIRECTOR })).toHaveValue('Director of Place and Community Services');
  await expect(settings.getByRole('textbox', { name: LEAVERS })).toHaveValue('');

  // A third import offers the file's names beside the library's, keeping the library's unless the officer says otherwise.
  names = await openReview(page);
  const again = names.getByRole('group', { name: DIRECTOR });
  await expect(again.getByRole('radio', { name: IMPORT.keepCurrent('Director of Place and Community Services') })).toBeChecked();
  await expect(again.getByRole('radio', { name: IMPORT.takeFound('Director of Place and Communities') })).not.toBeChecked();
});

for (const [width, height] of [
  [1024, 700],
  [1366, 768],
] as const) {
  test(`the names on the review screen at ${width}×${height}`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await page.goto(host.url);
    const settings = page.getByRole('region', { name: LIBRARY.localNames });
    await settings.getByRole('group', { name: /England/ }).getByRole('textbox', { name: CICC }).fill('Our Voice');
    await settings.getByRole('button', { name: LIBRARY.saveLocalNames }).click();
    await expect(settings.getByRole('status')).toContainText('saved');

    const names = await openReview(page);
    await expect(names.getByRole('group', { name: CICC }).getByRole('radio', { name: IMPORT.keepCurrent('Our Voice') })).toBeChecked();
    const director = names.getByRole('group', { name: DIRECTOR });
    await director.getByRole('radio', { name: IMPORT.differentName }).check();
    await director.getByRole('textbox', { name: IMPORT.ownName }).fill('');
    await page.getByRole('button', { name: IMPORT.intoNewDraft }).click();
    await expect(director.getByRole('textbox', { name: IMPORT.ownName })).toBeFocused();
    await names.evaluate((element) => element.scrollIntoView());
    // Nothing runs off the side of a laptop screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    await page.screenshot({ path: path.join(os.tmpdir(), `u8-import-names-${width}x${height}.png`) });
  });
}
