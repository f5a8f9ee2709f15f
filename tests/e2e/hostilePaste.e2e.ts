import { test, expect } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { coreApi } from './support/coreApi';
import { startWebHostProcess } from './support/webHostProcess';
import { DRAFT, LIBRARY } from '../../renderer/app/accessibleNames.js';

const hostile = `
<!--[if gte mso 9]><xml><o:OfficeDocumentSettings></o:OfficeDocumentSettings></xml><![endif]-->
<style>p { color: red }</style>
<script>window.__pwned = true</script>
<h1 onclick="window.__pwned = true">Pasted heading</h1>
<p class="MsoNormal" onmouseover="window.__pwned = true">Safe words with <b>bold</b>, a <a href="javascript:window.__pwned=true">sneaky link</a>
and a <a href="https://www.gov.uk/">real link</a>.<img src="x" onerror="window.__pwned = true"></p>
<iframe src="https://example.com"></iframe>`;

test('pasted HTML from Word or the web is cleaned to the strategy format, even 5 MB of it', async ({ page, request }) => {
  // Parsing and saving 5 MB takes a while on a busy machine; the test is about nothing being lost, not speed (see bench/).
  test.setTimeout(120_000);
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'cps-e2e-paste-'));
  const host = await startWebHostProcess(dataDir);
  try {
    await page.goto(host.url);
    await page.getByRole('button', { name: LIBRARY.newStrategy }).click();
    await page.getByRole('dialog', { name: LIBRARY.newStrategy }).getByRole('button', { name: LIBRARY.create }).click();
    const title = 'Introduction: what corporate parenting means';
    await page.getByRole('navigation', { name: DRAFT.sections }).getByRole('button', { name: title, exact: true }).click();
    const editor = page.getByRole('textbox', { name: `${title} text` });
    await editor.locator(':scope > *').last().click();
    const draftId = /#\/draft\/([\w-]+)/.exec(page.url())?.[1] ?? '';
    const api = coreApi(request, host.url);
    const before = await api('drafts.open', { id: draftId });

    const filler = '<p class="MsoNormal" style="margin:0cm"><span lang="EN-GB" onclick="x()">A paragraph pasted from a long Word document.</span></p>\n';
    const copies = Math.ceil((5 * 1024 * 1024) / filler.length);
    const large = hostile + filler.repeat(copies);
    await page.evaluate((html) => {
      const data = new DataTransfer();
      data.setData('text/html', html);
      data.setData('text/plain', 'fallback');
      document.activeElement?.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, large);

    await expect(editor.getByText('Pasted heading')).toBeVisible({ timeout: 30_000 });
    const html = await editor.innerHTML();
    expect(html).not.toMatch(/<script|<style|<iframe|onclick|onmouseover|onerror|javascript:/i);
    expect(html).toContain('<strong>bold</strong>');
    expect(html).toContain('href="https://www.gov.uk/"');
    expect(html).toContain('sneaky link');
    expect(await page.evaluate(() => (window as unknown as { __pwned?: boolean }).__pwned)).toBeUndefined();

    // Still responsive: typing after the paste lands in the document.
    await page.keyboard.type(' Typed after the paste.');
    await expect(editor).toContainText('Typed after the paste.');
    await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'clean', { timeout: 30_000 });

    // Nothing lost: every pasted paragraph is stored, in the chosen section and nowhere else.
    const after = await api('drafts.open', { id: draftId });
    const stored = after.sections.find((section) => section.id === 'introduction');
    const pastedParagraphs = (stored?.doc.content ?? []).filter((block) => JSON.stringify(block).includes('A paragraph pasted from a long Word document.'));
    expect(pastedParagraphs).toHaveLength(copies);
    expect(JSON.stringify(stored?.doc)).toContain('Typed after the paste.');
    const others = (draft: typeof before) => draft.sections.filter((section) => section.id !== 'introduction').map((section) => [section.id, section.revision, section.doc]);
    expect(others(after)).toEqual(others(before));
    expect(after.cover).toEqual(before.cover);
  } finally {
    await host.stop();
  }
});
