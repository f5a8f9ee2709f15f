import fs from 'node:fs';
import path from 'node:path';
import { getConfig } from 'app-builder-lib/out/util/config/config.js';
import * as fileMatcher from 'app-builder-lib/out/fileMatcher.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { root } from './harness/builtShell.js';

// What electron-builder would put in the app (outside node_modules, whose
// fonts tests/unit/export/packagedFonts.test.ts checks), worked out with its
// own matcher from electron-builder.yml, since the Electron download it needs
// to package for real is blocked here.

let packaged: string[];

/** The function electron-builder uses to pick the app's own files; exported by its module but not declared in its types. */
const { getMainFileMatchers } = fileMatcher as unknown as {
  getMainFileMatchers(
    appDir: string,
    destination: string,
    macroExpander: (pattern: string) => string,
    platformSpecificBuildOptions: object,
    platformPackager: object,
    outDir: string,
    isElectronCompile: boolean,
  ): fileMatcher.FileMatcher[];
};

beforeAll(async () => {
  const config = await getConfig(root, 'electron-builder.yml', null);
  const platformPackager = { info: { projectDir: root, buildResourcesDir: config.directories?.buildResources ?? 'build', isPrepackedAppAsar: false, config, debugLogger: { isEnabled: false } } };
  const [matcher] = getMainFileMatchers(root, '/packaged', (pattern: string) => pattern, {}, platformPackager, path.join(root, 'release'), false);
  if (!matcher) throw new Error('electron-builder found no file patterns');
  const filter = matcher.createFilter();
  packaged = [];
  const walk = (dir: string): void => {
    for (const name of fs.readdirSync(dir)) {
      const file = path.join(dir, name);
      // node_modules is filtered by its own rules; .git would be dropped by electron-builder's defaults anyway.
      if (file === path.join(root, 'node_modules') || name === '.git') continue;
      const stat = fs.statSync(file);
      if (!filter(file, stat)) continue;
      if (stat.isDirectory()) walk(file);
      else packaged.push(path.relative(root, file).split(path.sep).join('/'));
    }
  };
  walk(root);
}, 120_000);

describe('the packaged app', () => {
  it('holds the built main process, preload, import worker, page and templates', () => {
    for (const file of ['package.json', 'dist/electron/main.cjs', 'dist/electron/preload.cjs', 'dist/electron/importWorker.cjs', 'dist/renderer/index.html']) {
      expect(packaged).toContain(file);
    }
    const assets = fs.readdirSync(path.join(root, 'dist', 'renderer', 'assets')).filter((name) => !name.endsWith('.map'));
    for (const asset of assets) expect(packaged).toContain(`dist/renderer/assets/${asset}`);
    const templates = fs.readdirSync(path.join(root, 'templates'), { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
    expect(templates.length).toBeGreaterThan(0);
    for (const entry of templates) expect(packaged).toContain(path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
  });

  it('leaves out sources, tests, scripts, source maps and the development-only Electron build', () => {
    const unwanted = packaged.filter((file) => /^(electron|shared|renderer|tests|scripts|bench|\.electron-native)\//.test(file) || /\.(ts|tsx|map)$/.test(file));
    expect(unwanted).toEqual([]);
    expect(packaged.every((file) => /^(dist|templates)\//.test(file) || file === 'package.json')).toBe(true);
  });
});
