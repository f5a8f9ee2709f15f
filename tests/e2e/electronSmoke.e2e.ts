import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { _electron, expect, test } from '@playwright/test';
import { BRIDGE_KEY, type DesktopBridge } from '../../shared/api/bridge.js';
import { electronBuildIsCurrent } from '../../scripts/electronNative.mjs';

// The real desktop app, where Electron's binary can run (a developer's
// machine, a user's): it opens, creates a draft through its preload and
// saves an export through the Save dialog. Everything short of the binary is
// proven without it in tests/unit/shell/; this is the part only the binary can show.

const root = path.resolve(__dirname, '../..');

/** node_modules/electron's executable, found as its index.js would, without that module's download on first use. */
function electronExecutable(): string | undefined {
  try {
    const electronDir = path.join(root, 'node_modules', 'electron');
    const relative = fs.readFileSync(path.join(electronDir, 'path.txt'), 'utf8');
    const full = path.join(process.env['ELECTRON_OVERRIDE_DIST_PATH'] ?? path.join(electronDir, 'dist'), relative);
    return fs.existsSync(full) ? full : undefined;
  } catch {
    return undefined;
  }
}

const executable = electronExecutable();

const missingBinary =
  "Electron's binary is not installed on this machine (node_modules/electron has no dist/), so the desktop smoke test is skipped; where it can be downloaded, `node node_modules/electron/install.js` installs it.";
test('the desktop app opens, creates a draft and saves its export where the user chose', async () => {
  if (!executable) {
    // The list reporter does not print skip reasons, so the reason is also written where the person running the tests reads.
    console.log(missingBinary);
    test.skip(true, missingBinary);
    return;
  }
  const version = (JSON.parse(fs.readFileSync(path.join(root, 'node_modules', 'electron', 'package.json'), 'utf8')) as { version: string }).version;
  if (!electronBuildIsCurrent(root, version)) {
    const built = spawnSync(process.execPath, [path.join(root, 'scripts', 'build-electron-native.mjs')], { stdio: 'inherit' });
    expect(built.status, 'better-sqlite3 could not be built for Electron (see .electron-native/build.log)').toBe(0);
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cps-electron-data-'));
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cps-electron-out-'));
  const app = await _electron.launch({ executablePath: executable, args: [root, `--data-dir=${dataDir}`], cwd: root });
  try {
    const window = await app.firstWindow();
    await expect(window).toHaveTitle(/Corporate Parenting Studio/);
    await expect(window.getByRole('main')).toBeVisible();

    const destination = path.join(outDir, 'strategy.pdf');
    // The native Save dialog cannot be clicked by Playwright: the main process is told the user's answer instead.
    await app.evaluate(({ dialog }, filePath) => {
      dialog.showSaveDialog = (async () => ({ canceled: false, filePath })) as typeof dialog.showSaveDialog;
    }, destination);

    const outcome = await window.evaluate(async (key) => {
      const bridge = (window as unknown as Record<string, DesktopBridge>)[key];
      if (!bridge?.saveFile) return { problem: 'no bridge with saveFile on the page' };
      const status = await bridge.call('library.status', {});
      const templates = await bridge.call('templates.list', {});
      if (!templates.ok) return { problem: JSON.stringify(templates) };
      const templateId = (templates.value as { templates: { id: string }[] }).templates[0]?.id ?? '';
      const created = await bridge.call('drafts.create', { templateId, title: 'Smoke test', council: 'Testshire' });
      if (!created.ok) return { problem: JSON.stringify(created) };
      const exported = await bridge.call('drafts.export', { id: (created.value as { id: string }).id, format: 'pdf', final: false });
      if (!exported.ok) return { problem: JSON.stringify(exported) };
      const file = exported.value as { fileName: string; dataBase64: string };
      return { status, saved: await bridge.saveFile(file.fileName, file.dataBase64) };
    }, BRIDGE_KEY);

    expect(outcome).toMatchObject({ status: { ok: true, value: { state: 'ready' } }, saved: { saved: true, path: destination } });
    expect(fs.readFileSync(destination).subarray(0, 5).toString()).toBe('%PDF-');
  } finally {
    await app.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
    fs.rmSync(outDir, { recursive: true, force: true });
  }
});
