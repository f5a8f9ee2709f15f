import { test, expect, type Page } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startWebHostProcess } from './support/webHostProcess';
import { sectionButton } from './support/draftScreen';
import { COMPLETENESS, LIBRARY, SECTION_TOOLS } from '../../renderer/app/accessibleNames.js';

/**
 * Room to write on a laptop (issue 13, item 7): whatever panels are open, the text keeps a usable width,
 * and the eight-column measures table scrolls inside its own frame instead of spilling out of the text.
 */

const MEASURES = 'Measures of success';
/** Enough for a line of about 60 characters, and for headings not to break mid-word. */
const USABLE_TEXT_WIDTH = 520;

async function geometry(page: Page) {
  return page.evaluate(() => {
    const editor = document.getElementById('section-editor');
    const frame = editor?.querySelector('.table-frame');
    const table = frame?.querySelector('table');
    const box = (element: Element | null | undefined) => element?.getBoundingClientRect() ?? null;
    const editorBox = box(editor);
    // What of the editor is not covered by a panel lying over it.
    const covering = Array.from(document.querySelectorAll('.completeness-column, .guidance--open'), (element) => element.getBoundingClientRect()).filter((panel) => panel.width > 0 && editorBox !== null && panel.left < editorBox.right && panel.right > editorBox.left);
    const visibleRight = Math.min(editorBox?.right ?? 0, ...covering.map((panel) => panel.left));
    return {
      editorWidth: editorBox?.width ?? 0,
      visibleEditorWidth: visibleRight - (editorBox?.left ?? 0),
      editorRight: editorBox?.right ?? 0,
      frameRight: box(frame)?.right ?? 0,
      frameScrolls: frame ? frame.scrollWidth > frame.clientWidth : false,
      tableWidth: box(table)?.width ?? 0,
      pageOverflows: document.documentElement.scrollWidth > window.innerWidth,
    };
  });
}

for (const viewport of [{ width: 1024, height: 700 }, { width: 1366, height: 768 }]) {
  test(`at ${viewport.width}×${viewport.height} the text keeps its room and the measures table scrolls in its frame`, async ({ page }) => {
    await page.setViewportSize(viewport);
    const host = await startWebHostProcess(mkdtempSync(path.join(os.tmpdir(), 'cps-e2e-layout-')));
    try {
      await page.goto(host.url);
      await page.getByRole('button', { name: LIBRARY.newStrategy }).click();
      const dialog = page.getByRole('dialog', { name: LIBRARY.newStrategy });
      // The templates arriving push Create down: a click between their arrival and its release would miss it.
      await expect(dialog.getByRole('radio').first()).toBeChecked();
      await dialog.getByRole('textbox', { name: LIBRARY.title }).fill('Northshire corporate parenting strategy 2026 to 2029');
      await dialog.getByRole('textbox', { name: LIBRARY.council }).fill('Northshire County Council');
      await dialog.getByRole('button', { name: LIBRARY.create }).click();
      await sectionButton(page, MEASURES).click();
      const editor = page.getByRole('textbox', { name: `${MEASURES} text` });
      await expect(editor.getByRole('table', { name: 'Measures of success (fixed columns)' })).toBeVisible();

      let shape = await geometry(page);
      expect(shape.visibleEditorWidth).toBeGreaterThanOrEqual(USABLE_TEXT_WIDTH);
      expect(shape.frameRight).toBeLessThanOrEqual(shape.editorRight);
      expect(shape.pageOverflows).toBe(false);

      // Completeness and History both open: the two panels used to leave the text a 230px column.
      await page.getByRole('button', { name: COMPLETENESS.check, exact: true }).click();
      await expect(page.getByRole('complementary', { name: COMPLETENESS.panel })).toBeVisible();
      await page.getByRole('group', { name: SECTION_TOOLS.group }).getByRole('button', { name: SECTION_TOOLS.history }).click();
      await expect(page.getByRole('heading', { name: `Versions of “${MEASURES}”` })).toBeVisible();
      shape = await geometry(page);
      // The text is never narrowed; on the smaller laptop the completeness panel lies over its right-hand side.
      expect(shape.editorWidth).toBeGreaterThanOrEqual(USABLE_TEXT_WIDTH);
      if (viewport.width > 1100) expect(shape.visibleEditorWidth).toBeGreaterThanOrEqual(USABLE_TEXT_WIDTH);
      expect(shape.frameRight).toBeLessThanOrEqual(shape.editorRight);
      expect(shape.pageOverflows).toBe(false);
      if (viewport.width <= 1100) {
        await page.getByRole('button', { name: COMPLETENESS.hide }).click();
        expect((await geometry(page)).visibleEditorWidth).toBeGreaterThanOrEqual(USABLE_TEXT_WIDTH);
      }

      // A table wider than the text scrolls in its frame: the caret can reach the last column by Tab.
      await editor.locator('table tr').nth(1).locator('td').first().click();
      await page.waitForTimeout(100);
      for (let column = 0; column < 7; column += 1) await page.keyboard.press('Tab');
      await page.keyboard.type('Head of Service');
      await expect(editor.locator('table tr').nth(1).locator('td').last()).toHaveText('Head of Service');
      shape = await geometry(page);
      if (shape.tableWidth > shape.editorWidth) expect(shape.frameScrolls).toBe(true);
      expect(shape.pageOverflows).toBe(false);
      await page.screenshot({ path: path.join(os.tmpdir(), `cps-layout-${viewport.width}x${viewport.height}.png`) });
    } finally {
      await host.stop();
    }
  });
}
