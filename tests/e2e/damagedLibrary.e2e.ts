import { test, expect } from '@playwright/test';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { LATEST_SCHEMA_VERSION, LIBRARY_APPLICATION_ID } from '../../electron/core/storage/migrations';
import { startWebHostProcess } from './support/webHostProcess';
import { LIBRARY } from '../../renderer/app/accessibleNames.js';

const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

test('a library file that is not a database is reported, kept untouched, and a fresh library can be started', async ({ page }) => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'cps-e2e-damaged-'));
  const damaged = path.join(dataDir, 'library.sqlite');
  writeFileSync(damaged, 'These are the minutes of the Board, saved here by mistake.\n'.repeat(200));
  const original = sha256(damaged);

  const host = await startWebHostProcess(dataDir);
  try {
    await page.goto(host.url);
    await expect(page.getByRole('heading', { name: LIBRARY.unavailableHeading })).toBeVisible();
    expect(sha256(damaged)).toBe(original);

    await page.getByRole('button', { name: LIBRARY.startFresh }).click();
    await expect(page.getByRole('button', { name: LIBRARY.newStrategy })).toBeVisible();

    const kept = readdirSync(dataDir).find((name) => name.startsWith('library.sqlite.unreadable'));
    if (!kept) throw new Error(`the damaged file was not kept: ${readdirSync(dataDir).join(', ')}`);
    expect(sha256(path.join(dataDir, kept))).toBe(original);
  } finally {
    await host.stop();
  }
});

test('a healthy library from a newer version is explained, and no fresh library is offered over it', async ({ page }) => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'cps-e2e-newer-'));
  const file = path.join(dataDir, 'library.sqlite');
  const db = new BetterSqlite3(file);
  db.exec('CREATE TABLE drafts (id TEXT)');
  db.pragma(`application_id = ${LIBRARY_APPLICATION_ID}`);
  db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
  db.close();
  const original = sha256(file);

  const host = await startWebHostProcess(dataDir);
  try {
    await page.goto(host.url);
    await expect(page.getByRole('heading', { name: LIBRARY.unavailableHeading })).toBeVisible();
    await expect(page.getByText(/saved by a newer version of Corporate Parenting Studio/)).toBeVisible();
    await expect(page.getByText('Your drafts are safe in it.', { exact: false })).toBeVisible();
    await expect(page.getByRole('button', { name: LIBRARY.startFresh })).toHaveCount(0);
    expect(sha256(file)).toBe(original);
    expect(readdirSync(dataDir)).toEqual(['library.sqlite']);
  } finally {
    await host.stop();
  }
});

test('an empty (zero-byte) library file becomes the library, and the app says so', async ({ page }) => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'cps-e2e-empty-'));
  writeFileSync(path.join(dataDir, 'library.sqlite'), '');

  const host = await startWebHostProcess(dataDir);
  try {
    for (const viewport of [{ width: 1024, height: 700 }, { width: 1366, height: 768 }]) {
      await page.setViewportSize(viewport);
      await page.goto(host.url);
      await expect(page.getByRole('button', { name: LIBRARY.newStrategy })).toBeVisible();
      await expect(page.getByRole('status').filter({ hasText: 'was empty (0 bytes), so a new library was started in it' })).toBeVisible();
      await page.screenshot({ path: path.join(os.tmpdir(), `cps-empty-library-${viewport.width}.png`) });
    }
    await page.getByRole('button', { name: 'Dismiss' }).click();
    await expect(page.getByText('was empty (0 bytes)')).toHaveCount(0);
  } finally {
    await host.stop();
  }
});
