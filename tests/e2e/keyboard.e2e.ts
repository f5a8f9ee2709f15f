import { test, expect, type Locator, type Page } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startWebHostProcess } from './support/webHostProcess';
import { COMPLETENESS, DRAFT, EDITOR, EXPORT, LIBRARY, REVIEW, WORKSHOP } from '../../renderer/app/accessibleNames.js';

/**
 * One journey through the app with the keyboard alone, as a policy officer who does not use a mouse, or a
 * screen-reader user, would make it. After the page loads, everything goes through page.keyboard; each step
 * checks where the focus is, and that the focused control shows it.
 */

const TITLE = 'Keyboard strategy';
const INTRODUCTION = 'Introduction: what corporate parenting means';
const FOREWORD = 'Foreword by children and young people';

/**
 * Presses Tab (or Shift+Tab) until the target has the focus, as a keyboard user would. Fails after `most`
 * presses: a control further away than that is out of reach in practice, so the limits below are part of
 * what is tested.
 */
async function tabTo(page: Page, target: Locator, most: number, key: 'Tab' | 'Shift+Tab' = 'Tab'): Promise<void> {
  for (let presses = 0; presses <= most; presses += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press(key);
  }
  throw new Error(`${most} presses of ${key} did not reach ${target.toString()}; the focus is on ${await describeFocus(page)}`);
}

async function describeFocus(page: Page): Promise<string> {
  return page.evaluate(() => {
    const element = document.activeElement;
    return element ? `<${element.tagName.toLowerCase()}> ${(element.getAttribute('aria-label') ?? element.textContent ?? '').slice(0, 60)}` : 'nothing';
  });
}

/**
 * The best contrast, against the background behind it, of the focused element's focus indicator (its
 * outline, or a box-shadow with some spread); 0 when it has none. WCAG 1.4.11 asks for at least 3:1.
 */
async function focusIndicatorContrast(page: Page): Promise<number> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!(element instanceof HTMLElement)) return 0;
    const rgba = (colour: string) => (colour.match(/[\d.]+/g) ?? []).map(Number);
    const luminance = (colour: string) => {
      const [r = 0, g = 0, b = 0] = rgba(colour).map((channel) => channel / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const opaque = (colour: string) => (rgba(colour)[3] ?? 1) > 0;
    const contrast = (a: string, b: string) => {
      const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
      return (light + 0.05) / (dark + 0.05);
    };
    const backgroundOf = (from: Element | null) => {
      for (let node = from; node; node = node.parentElement) {
        const colour = getComputedStyle(node).backgroundColor;
        if (opaque(colour)) return colour;
      }
      return 'rgb(255, 255, 255)';
    };
    const style = getComputedStyle(element);
    const indicators: { colour: string; over: string }[] = [];
    if (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) indicators.push({ colour: style.outlineColor, over: backgroundOf(element.parentElement) });
    for (const [, colour = '', lengths = ''] of style.boxShadow.matchAll(/(rgba?\([^)]*\))([^,]*)/g)) {
      const spread = parseFloat(lengths.trim().split(/\s+/)[3] ?? '0');
      if (spread > 0) indicators.push({ colour, over: backgroundOf(lengths.includes('inset') ? element : element.parentElement) });
    }
    return Math.max(0, ...indicators.filter((indicator) => opaque(indicator.colour)).map((indicator) => contrast(indicator.colour, indicator.over)));
  });
}

async function expectVisibleFocus(page: Page, what: string) {
  expect(await focusIndicatorContrast(page), `focus indicator of ${what}`).toBeGreaterThanOrEqual(3);
}

test('a keyboard-only journey: new strategy, a section, writing and saving, the Export dialog and a completeness finding', async ({ page }) => {
  const host = await startWebHostProcess(mkdtempSync(path.join(os.tmpdir(), 'cps-e2e-keyboard-')));
  try {
    await page.goto(host.url);
    const newStrategy = page.getByRole('button', { name: LIBRARY.newStrategy });
    await newStrategy.waitFor();

    // 1. "New strategy" by Tab; the dialog's fields by Tab and typing; Enter submits the form.
    await tabTo(page, newStrategy, 3);
    await expectVisibleFocus(page, '"New strategy"');
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: LIBRARY.newStrategy });
    await expect(dialog.getByRole('textbox', { name: LIBRARY.title })).toBeFocused();
    await page.keyboard.type(TITLE);
    await page.keyboard.press('Tab');
    await expect(dialog.getByRole('textbox', { name: LIBRARY.council })).toBeFocused();
    await expectVisibleFocus(page, 'the Council field');
    await page.keyboard.type('Northshire County Council');
    await page.keyboard.press('Enter');
    // The library and its dialog are gone; the focus is on the draft's title rather than lost on the page.
    const draftTitle = page.getByRole('heading', { level: 1, name: TITLE });
    await expect(draftTitle).toBeFocused();
    await expectVisibleFocus(page, 'the draft title');

    // 2. Into the navigator, Down to a section, Enter: the focus goes to the section's heading.
    const nav = page.getByRole('navigation', { name: DRAFT.sections });
    // Past the header's seven buttons and the one-row "Who is writing?" prompt (a name has not been given here).
    await tabTo(page, nav.getByRole('button', { name: 'Title page', exact: true }), 11);
    await expectVisibleFocus(page, 'a navigator button');
    for (let presses = 0; presses < 3; presses += 1) await page.keyboard.press('ArrowDown');
    await expect(nav.getByRole('button', { name: INTRODUCTION, exact: true })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(nav.getByRole('button', { name: INTRODUCTION, exact: true })).toHaveAttribute('aria-current', 'page');
    await expect(page.getByRole('heading', { level: 2, name: INTRODUCTION })).toBeFocused();
    await expectVisibleFocus(page, 'the section heading');

    // 3. On into the text; Ctrl+B, a toolbar button (the toolbar is one tab stop, arrows inside), then Ctrl+S.
    const editor = page.getByRole('textbox', { name: `${INTRODUCTION} text` });
    await tabTo(page, editor, 6);
    await expectVisibleFocus(page, 'the editor');
    await page.keyboard.press('Control+End');
    // ProseMirror reads the DOM selection on selectionchange; a person never presses the next key in the same millisecond.
    await page.waitForTimeout(100);
    await page.keyboard.press('Enter');
    await page.keyboard.type('Every young person will meet their IRO each term.');
    await page.keyboard.press('Control+b');
    await page.keyboard.type(' This matters.');
    await page.keyboard.press('Control+b');
    const toolbar = page.getByRole('toolbar', { name: EDITOR.toolbar });
    await page.keyboard.press('Shift+Tab');
    await expect(toolbar.locator(':focus')).toHaveCount(1);
    await expectVisibleFocus(page, 'a toolbar button');
    await page.keyboard.press('Home');
    const italic = toolbar.getByRole('button', { name: EDITOR.italic });
    for (let presses = 0; presses < 6 && !(await italic.evaluate((element) => element === document.activeElement)); presses += 1) await page.keyboard.press('ArrowRight');
    await expect(italic).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(editor).toBeFocused();
    await page.keyboard.type(' Every term.');
    await expect(editor.locator('strong')).toHaveText(' This matters.');
    await expect(editor.locator('em')).toHaveText(' Every term.');
    await page.keyboard.press('Control+s');
    const saveStatus = page.getByTestId('save-status');
    await expect(saveStatus).toHaveAttribute('data-state', 'clean', { timeout: 15_000 });
    await expect(saveStatus).toHaveText(/^Saved \d\d:\d\d$/);

    // 4. The Export dialog takes the focus; Escape closes it and gives the focus back to "Export…".
    const exportButton = page.getByRole('button', { name: EXPORT.open });
    await tabTo(page, exportButton, 30, 'Shift+Tab');
    await expectVisibleFocus(page, '"Export…"');
    await page.keyboard.press('Enter');
    const exportDialog = page.getByRole('dialog', { name: EXPORT.dialog });
    await expect(exportDialog.getByRole('button', { name: EXPORT.asDraft })).toBeVisible();
    await expect(exportDialog.locator(':focus')).toHaveCount(1);
    await page.keyboard.press('Escape');
    await expect(exportDialog).toHaveCount(0);
    await expect(exportButton).toBeFocused();

    // 5. "Check" takes the focus to the completeness panel; "Hide completeness" brings it back; a finding
    //    activated with Enter puts the focus in the editor with the finding's words selected.
    const check = page.getByRole('button', { name: COMPLETENESS.check, exact: true });
    await page.keyboard.press('Shift+Tab');
    await expect(check).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(check).toHaveAttribute('aria-pressed', 'true');
    const panel = page.getByRole('complementary', { name: COMPLETENESS.panel });
    const panelHeading = panel.getByRole('heading', { level: 2, name: COMPLETENESS.panel });
    await expect(panelHeading).toBeFocused();
    await expectVisibleFocus(page, 'the completeness heading');
    await page.keyboard.press('Shift+Tab');
    await expect(page.getByRole('button', { name: COMPLETENESS.hide })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(panel).toHaveCount(0);
    await expect(check).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(panelHeading).toBeFocused();
    await tabTo(page, panel.getByRole('button', { name: /^IRO is never spelt out/ }), 20);
    await expectVisibleFocus(page, 'a finding');
    await page.keyboard.press('Enter');
    await expect(editor).toBeFocused();
    expect(await page.evaluate(() => window.getSelection()?.toString())).toBe('IRO');
  } finally {
    await host.stop();
  }
});

/** Presses `key` until the target has the focus; for arrow keys inside a composite widget (toolbar, navigator). */
async function pressUntilFocused(page: Page, target: Locator, key: string, most: number): Promise<void> {
  for (let presses = 0; presses < most && !(await target.evaluate((element) => element === document.activeElement)); presses += 1) await page.keyboard.press(key);
  await expect(target).toBeFocused();
}

test('the focus never falls to the page: links, the foreword workshop, sign-off, the navigator and the trash', async ({ page }) => {
  const host = await startWebHostProcess(mkdtempSync(path.join(os.tmpdir(), 'cps-e2e-keyboard-focus-')));
  try {
    await page.goto(host.url);
    // One person signs off here (four-eyes review off), then the page starts afresh so the focus starts at the top.
    await page.getByRole('checkbox', { name: LIBRARY.fourEyes }).uncheck();
    await expect(page.getByText('Four-eyes review is off')).toBeVisible();
    await page.reload();
    const newStrategy = page.getByRole('button', { name: LIBRARY.newStrategy });
    await newStrategy.waitFor();

    // The New strategy dialog opens on its Title field, whenever the templates arrive.
    await tabTo(page, newStrategy, 3);
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: LIBRARY.newStrategy });
    await expect(dialog.getByRole('radio').first()).toBeVisible();
    await expect(dialog.getByRole('textbox', { name: LIBRARY.title })).toBeFocused();
    await page.keyboard.type(TITLE);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeFocused();

    // The navigator is one Tab stop: Tab reaches the current section, and the next Tab leaves the list.
    const nav = page.getByRole('navigation', { name: DRAFT.sections });
    const titlePage = nav.getByRole('button', { name: 'Title page', exact: true });
    await tabTo(page, titlePage, 11);
    await page.keyboard.press('End');
    await expect(nav.getByRole('button').last()).toBeFocused();
    await page.keyboard.press('Home');
    await expect(titlePage).toBeFocused();
    const introduction = nav.getByRole('button', { name: INTRODUCTION, exact: true });
    await pressUntilFocused(page, introduction, 'ArrowDown', 5);
    await page.keyboard.press('Tab');
    await expect(nav.locator(':focus')).toHaveCount(0);
    // Back in, the focus returns to the section the user had reached, not to the first one.
    await page.keyboard.press('Shift+Tab');
    await expect(introduction).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 2, name: INTRODUCTION })).toBeFocused();

    // A link made with Ctrl+K, then one from the toolbar: each time the caret is back in the text, after the link.
    const editor = page.getByRole('textbox', { name: `${INTRODUCTION} text` });
    await tabTo(page, editor, 6);
    await page.keyboard.press('Control+End');
    await page.waitForTimeout(100);
    await page.keyboard.press('Enter');
    await page.keyboard.type('See ');
    await page.keyboard.press('Control+k');
    const linkDialog = page.getByRole('dialog', { name: EDITOR.link });
    await expect(linkDialog.getByRole('textbox', { name: EDITOR.webAddress })).toBeFocused();
    await page.keyboard.type('https://www.example.gov.uk/local-offer');
    await page.keyboard.press('Enter');
    await expect(linkDialog).toHaveCount(0);
    await expect(editor).toBeFocused();
    await page.keyboard.type(' and ');
    await page.keyboard.press('Shift+Tab');
    const toolbar = page.getByRole('toolbar', { name: EDITOR.toolbar });
    await pressUntilFocused(page, toolbar.getByRole('button', { name: EDITOR.link }), 'ArrowRight', 8);
    await page.keyboard.press('Enter');
    await expect(linkDialog.getByRole('textbox', { name: EDITOR.webAddress })).toBeFocused();
    await page.keyboard.type('https://www.example.gov.uk/care-leavers');
    await page.keyboard.press('Enter');
    await expect(editor).toBeFocused();
    await page.keyboard.type('.');
    await expect(editor.locator('a')).toHaveText(['https://www.example.gov.uk/local-offer', 'https://www.example.gov.uk/care-leavers']);
    await expect(editor.locator('p').last()).toHaveText('See https://www.example.gov.uk/local-offer and https://www.example.gov.uk/care-leavers.');

    // Sign-off: the pressed button goes as the state changes; the focus goes to the line saying the new state.
    const review = page.getByRole('region', { name: REVIEW.region });
    const signOffState = review.getByTestId('sign-off-state');
    // Starter text cannot be handed over: the button comes on once the live check has read what was typed.
    await expect(review.getByRole('button', { name: REVIEW.markReady })).toBeEnabled();
    await tabTo(page, review.getByRole('button', { name: REVIEW.markReady }), 10, 'Shift+Tab');
    await page.keyboard.press('Enter');
    await expect(signOffState).toHaveAttribute('data-state', 'ready-for-review');
    await expect(signOffState).toBeFocused();
    await expectVisibleFocus(page, 'the sign-off state');
    await tabTo(page, review.getByRole('button', { name: REVIEW.approve }), 2);
    await page.keyboard.press('Enter');
    const approve = page.getByRole('dialog', { name: `Approve “${INTRODUCTION}”` });
    await expect(approve.getByRole('textbox', { name: REVIEW.note })).toBeFocused();
    await page.keyboard.type('Read at the board.');
    await tabTo(page, approve.getByRole('button', { name: REVIEW.approveConfirm, exact: true }), 2);
    await page.keyboard.press('Enter');
    await expect(approve).toHaveCount(0);
    await expect(signOffState).toHaveAttribute('data-state', 'approved');
    await expect(signOffState).toBeFocused();

    // The foreword workshop takes the focus to its heading, and "Back to the strategy" returns it to the button that opened it.
    const foreword = nav.getByRole('button', { name: FOREWORD, exact: true });
    await tabTo(page, introduction, 4, 'Shift+Tab');
    await page.keyboard.press('Home');
    await pressUntilFocused(page, foreword, 'ArrowDown', 6);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 2, name: FOREWORD })).toBeFocused();
    const openWorkshop = page.getByRole('button', { name: WORKSHOP.open });
    await tabTo(page, openWorkshop, 4);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: WORKSHOP.heading })).toBeFocused();
    await tabTo(page, page.getByRole('button', { name: WORKSHOP.back('strategy') }), 3, 'Shift+Tab');
    await page.keyboard.press('Enter');
    await expect(openWorkshop).toBeFocused();
    await expectVisibleFocus(page, '"Open the foreword workshop"');

    // The library: two copies, then all three to the trash and deleted for good. Each time a row goes, the
    // focus goes to the row now in its place, or the one before, or the heading when none is left.
    await tabTo(page, page.getByRole('button', { name: DRAFT.back }), 20, 'Shift+Tab');
    await page.keyboard.press('Enter');
    const rows = page.getByRole('table').locator('tbody').getByRole('row');
    const duplicate = page.getByRole('button', { name: `Duplicate ${TITLE}`, exact: true });
    await tabTo(page, duplicate, 12);
    await page.keyboard.press('Enter');
    await expect(rows).toHaveCount(2);
    await expect(duplicate).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(rows).toHaveCount(3);
    const titles = await rows.getByRole('rowheader').allTextContents();
    await tabTo(page, rows.nth(1).getByRole('button', { name: /^Delete / }), 12, 'Shift+Tab');
    await page.keyboard.press('Enter');
    await expect(rows).toHaveCount(2);
    await expect(rows.nth(1).getByRole('button').first()).toBeFocused();
    await expect(rows.nth(1).getByRole('button').first()).toHaveText(titles[2] ?? '');
    // "Restore" in the notice goes with the notice: the focus follows the draft back to its row.
    await tabTo(page, page.getByRole('button', { name: LIBRARY.restore, exact: true }), 8, 'Shift+Tab');
    await page.keyboard.press('Enter');
    await expect(rows).toHaveCount(3);
    // Both copies share a title, so the focused control is checked for being a row's title button with that title.
    const focused = page.locator('tbody [data-draft-id]:focus');
    await expect(focused).toHaveText(titles[1] ?? '');
    await tabTo(page, rows.nth(1).getByRole('button', { name: /^Delete / }), 6);
    await page.keyboard.press('Enter');
    await expect(rows).toHaveCount(2);
    for (const remaining of [2, 1]) {
      await tabTo(page, rows.nth(remaining - 1).getByRole('button', { name: /^Delete / }), 6);
      await page.keyboard.press('Enter');
      await expect(rows).toHaveCount(remaining - 1);
    }
    await expect(page.getByRole('heading', { level: 1, name: LIBRARY.heading })).toBeFocused();
    await tabTo(page, page.getByRole('button', { name: LIBRARY.trash, exact: true }), 6);
    await page.keyboard.press('Enter');
    await expect(rows).toHaveCount(3);
    const trashed = await rows.getByRole('rowheader').allTextContents();
    const purge = async (row: number) => {
      await tabTo(page, rows.nth(row).getByRole('button', { name: / permanently$/ }), 8);
      await page.keyboard.press('Enter');
      const confirm = page.getByRole('dialog', { name: LIBRARY.deletePermanentlyDialog });
      await expect(confirm.getByRole('button', { name: LIBRARY.cancel })).toBeFocused();
      await page.keyboard.press('Tab');
      await expect(confirm.getByRole('button', { name: LIBRARY.deletePermanently })).toBeFocused();
      await page.keyboard.press('Enter');
    };
    await purge(0);
    await expect(rows).toHaveCount(2);
    await expect(rows.nth(0).getByRole('button', { name: `Restore ${trashed[1] ?? ''}` })).toBeFocused();
    await purge(1);
    await expect(rows).toHaveCount(1);
    await expect(rows.nth(0).getByRole('button', { name: `Restore ${trashed[1] ?? ''}` })).toBeFocused();
    await purge(0);
    await expect(rows).toHaveCount(0);
    await expect(page.getByRole('heading', { level: 1, name: LIBRARY.trash })).toBeFocused();
    await expectVisibleFocus(page, 'the Trash heading');
  } finally {
    await host.stop();
  }
});
