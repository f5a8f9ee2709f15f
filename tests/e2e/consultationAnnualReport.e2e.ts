import { test, expect, type Page } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { COMPLETENESS, CONSULTATION, DRAFT, EXPORT } from '../../renderer/app/accessibleNames.js';
import { violations } from './support/axe';
import { coreApi } from './support/coreApi';
import { sectionButton } from './support/draftScreen';
import { startWebHostProcess } from './support/webHostProcess';

/** Issue 21: a strategy's consultation log, and the Board's annual report made from it, checked and exported. */

const MEASURES = {
  type: 'doc',
  content: [
    {
      type: 'table',
      attrs: { kind: 'measures' },
      content: [
        ['Priority', 'Indicator', 'Baseline', 'Baseline date', 'Target', 'Target date', 'Source', 'Owner'],
        ['1', 'Care leavers in education, employment or training', '54%', 'March 2025', '65%', 'March 2028', 'DfE', 'Head of service'],
      ].map((row, index) => ({
        type: 'table_row',
        content: row.map((text) => ({ type: index === 0 ? 'table_header' : 'table_cell', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] })),
      })),
    },
  ],
};

async function screenshots(page: Page, name: string) {
  for (const [width, height] of [
    [1024, 700],
    [1366, 768],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.screenshot({ path: path.join(os.tmpdir(), `r2-${name}-${width}x${height}.png`), fullPage: false });
  }
  await page.setViewportSize({ width: 1400, height: 900 });
}

test('records a session in the consultation log, then creates, checks and exports the annual report', async ({ page, request }) => {
  const host = await startWebHostProcess(mkdtempSync(path.join(os.tmpdir(), 'cps-e2e-annual-report-')));
  try {
    const call = coreApi(request, host.url);
    const strategy = await call('drafts.create', { templateId: 'england-strategy', title: 'Our promise 2025 to 2028', council: 'Eastmoor Council' });
    const measures = strategy.sections.find((section) => JSON.stringify(section.doc).includes('"kind":"measures"'));
    if (!measures) throw new Error('no measures table in the England strategy');
    await call('drafts.updateSection', { id: strategy.id, sectionId: measures.id, baseRevision: measures.revision, doc: MEASURES });
    await call('settings.update', { author: 'Sam Officer' });

    await page.goto(`${host.url}#/draft/${strategy.id}`);
    await expect(page.getByRole('heading', { level: 1, name: 'Our promise 2025 to 2028' })).toBeVisible();
    await page.getByRole('button', { name: CONSULTATION.open }).click();
    await expect(page.getByRole('heading', { level: 1, name: CONSULTATION.heading })).toBeFocused();
    await expect(page.getByText('No sessions yet.')).toBeVisible();

    await page.getByRole('button', { name: CONSULTATION.add }).click();
    await page.getByLabel(CONSULTATION.date).fill('2026-02-14');
    await page.getByLabel(CONSULTATION.participants).fill('9');
    await page.getByLabel(CONSULTATION.group).fill('Children in Care Council');
    await page.getByLabel(CONSULTATION.consentRecorded).check();
    await page.getByLabel(CONSULTATION.consentHow).fill('Written consent forms kept by the participation team');
    // A full name in a quote is flagged as it is typed, and goes once it is taken out.
    await page.getByLabel(CONSULTATION.youSaid).fill('Jordan Blake said we never know who our worker is.');
    await expect(page.getByText('“Jordan Blake” looks like a full name')).toBeVisible();
    await page.getByLabel(CONSULTATION.youSaid).fill('We never know who our worker is.');
    await expect(page.getByText('looks like a full name')).toHaveCount(0);
    await page.getByLabel(CONSULTATION.concerns).fill('Pledge 2: you will know your worker');
    await page.getByLabel(CONSULTATION.weDid).fill('Every child now gets a letter with their worker’s name and photo.');
    await page.getByLabel(CONSULTATION.toldOn).fill('2026-03-20');
    await screenshots(page, 'session-form');
    await page.getByRole('button', { name: CONSULTATION.save }).click();

    const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 2, name: 'Children in Care Council, 14 February 2026' }) });
    await expect(card).toContainText('9 young people took part');
    await expect(card).toContainText('Told them on 20 March 2026.');
    expect(await call('consultations.list', { id: strategy.id })).toHaveLength(1);
    expect(await violations(page)).toEqual([]);
    await screenshots(page, 'consultation-log');

    await page.getByRole('button', { name: CONSULTATION.createReport }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Corporate Parenting Board annual report' })).toBeVisible();
    const panel = page.getByRole('complementary', { name: COMPLETENESS.panel });
    await expect(panel).toBeVisible();
    await expect(panel).toContainText('Give the latest figure, with its period, for “Care leavers in education, employment or training”');
    // The report keeps no log of its own: it is made from its strategy's.
    await expect(page.getByRole('button', { name: CONSULTATION.open })).toHaveCount(0);

    await sectionButton(page, 'Progress on our measures').click();
    await expect(page.getByRole('textbox', { name: DRAFT.sectionText('Progress on our measures') })).toContainText('No figure recorded yet');
    await sectionButton(page, 'You said, we did').click();
    await expect(page.getByRole('textbox', { name: DRAFT.sectionText('You said, we did') })).toContainText('We never know who our worker is.');
    await screenshots(page, 'annual-report');

    await page.getByRole('button', { name: EXPORT.open }).click();
    const dialog = page.getByRole('dialog', { name: EXPORT.dialog });
    await expect(dialog.getByRole('radio', { name: /Word/ })).toBeVisible();
    const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: EXPORT.asDraft }).click()]);
    expect(download.suggestedFilename()).toMatch(/^Eastmoor Council corporate parenting board annual report \d{4}-\d{4} \(DRAFT\)\.docx$/);
  } finally {
    await host.stop();
  }
});
