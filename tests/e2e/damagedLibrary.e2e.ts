import { test, expect } from '@playwright/test';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startWebHostProcess } from './support/webHostProcess';

const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

test('a library file that is not a database is reported, kept untouched, and a fresh library can be started', async ({ page }) => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'cps-e2e-damaged-'));
  const damaged = path.join(dataDir, 'library.sqlite');
  writeFileSync(damaged, 'These are the minutes of the Board, saved here by mistake.\n'.repeat(200));
  const original = sha256(damaged);

  const host = await startWebHostProcess(dataDir);
  try {
    await page.goto(host.url);
    await expect(page.getByRole('heading', { name: 'Your library cannot be opened' })).toBeVisible();
    expect(sha256(damaged)).toBe(original);

    await page.getByRole('button', { name: 'Start a fresh library' }).click();
    await expect(page.getByRole('button', { name: 'New strategy' })).toBeVisible();

    const kept = readdirSync(dataDir).find((name) => name.startsWith('library.sqlite.unreadable'));
    if (!kept) throw new Error(`the damaged file was not kept: ${readdirSync(dataDir).join(', ')}`);
    expect(sha256(path.join(dataDir, kept))).toBe(original);
  } finally {
    await host.stop();
  }
});
