import { expect, type Locator, type Page } from '@playwright/test';
import { DRAFT, LIBRARY } from '../../../renderer/app/accessibleNames.js';

/**
 * Steps on the draft and library screens that several journeys share,
 * found by the accessible names documented at the top of renderer/app/App.tsx.
 */

export function sectionButton(page: Page, title: string): Locator {
  return page.getByRole('navigation', { name: DRAFT.sections }).getByRole('button', { name: title, exact: true });
}

/** Autosave has caught up: nothing typed is waiting to be saved. */
export async function waitUntilSaved(page: Page): Promise<void> {
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'clean', { timeout: 15_000 });
}

/** The name recorded with each change, set in the library's settings. */
export async function setAuthor(page: Page, name: string): Promise<void> {
  await page.getByRole('textbox', { name: LIBRARY.authorName }).fill(name);
  await page.getByRole('button', { name: LIBRARY.saveName }).click();
  await expect(page.getByRole('textbox', { name: LIBRARY.authorName })).toHaveValue(name);
}

/** Creates a strategy through the library's New strategy dialog, filling the title and council when given. */
export async function createStrategy(page: Page, fields: { title?: string; council?: string } = {}): Promise<void> {
  await page.getByRole('button', { name: LIBRARY.newStrategy }).click();
  const dialog = page.getByRole('dialog', { name: LIBRARY.newStrategy });
  // As a person would, wait for the templates: arriving under the pointer, they push Create down between press and release.
  await expect(dialog.getByRole('radio').first()).toBeChecked();
  if (fields.title !== undefined) await dialog.getByRole('textbox', { name: LIBRARY.title }).fill(fields.title);
  if (fields.council !== undefined) await dialog.getByRole('textbox', { name: LIBRARY.council }).fill(fields.council);
  await dialog.getByRole('button', { name: LIBRARY.create }).click();
}

/** A new untitled strategy opened at one section; returns its draft id, read from the address. */
export async function openNewDraftAt(page: Page, url: string, sectionTitle: string): Promise<string> {
  await page.goto(url);
  await createStrategy(page);
  await sectionButton(page, sectionTitle).click();
  const match = /#\/draft\/([\w-]+)/.exec(page.url());
  if (!match?.[1]) throw new Error(`no draft id in ${page.url()}`);
  return match[1];
}
