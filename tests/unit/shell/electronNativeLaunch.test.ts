import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { browserModeNotice, electronBuildIsCurrent, electronNativeFiles, probeNativeBinding } from '../../../scripts/electronNative.mjs';

// What `npm start` decides before it opens the desktop app: whether
// .electron-native/ holds a build for this Electron, and whether it loads.
// Node stands in for Electron's executable (both run `-e` as Node), so the
// probe is exercised for real, with Node's own build as the loadable one.

const root = path.resolve(__dirname, '../../..');
const nodeBuild = path.join(path.dirname(createRequire(__filename).resolve('better-sqlite3/package.json')), 'build', 'Release', 'better_sqlite3.node');
const made: string[] = [];

afterEach(() => {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function checkout(contents: { binding?: 'loadable' | 'unloadable'; builtFor?: string }): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cps-checkout-'));
  made.push(dir);
  const files = electronNativeFiles(dir);
  fs.mkdirSync(files.dir);
  if (contents.binding === 'loadable') fs.copyFileSync(nodeBuild, files.binding);
  if (contents.binding === 'unloadable') fs.writeFileSync(files.binding, 'built for another ABI');
  if (contents.builtFor) fs.writeFileSync(files.versionFile, `${contents.builtFor}\n`);
  return dir;
}

describe('the Electron build of better-sqlite3 that npm start looks for', () => {
  it('lives in .electron-native/ in the checkout, never in node_modules', () => {
    const files = electronNativeFiles(root);
    expect(path.relative(root, files.binding)).toBe(path.join('.electron-native', 'better_sqlite3.node'));
    expect(path.relative(root, files.versionFile)).toBe(path.join('.electron-native', 'electron-version.txt'));
  });

  it('is current only when it was built for the installed Electron and the module is there', () => {
    expect(electronBuildIsCurrent(checkout({ binding: 'loadable', builtFor: '45.5.0' }), '45.5.0')).toBe(true);
    expect(electronBuildIsCurrent(checkout({ binding: 'loadable', builtFor: '44.0.0' }), '45.5.0')).toBe(false);
    expect(electronBuildIsCurrent(checkout({ binding: 'loadable' }), '45.5.0')).toBe(false);
    expect(electronBuildIsCurrent(checkout({ builtFor: '45.5.0' }), '45.5.0')).toBe(false);
  });

  it('is accepted when the runtime can open a database through it', () => {
    const dir = checkout({ binding: 'loadable', builtFor: '45.5.0' });
    expect(probeNativeBinding(process.execPath, root, electronNativeFiles(dir).binding)).toBeUndefined();
  });

  it('is refused, with the loader’s own one-line reason, when it does not load or is missing', () => {
    const unloadable = probeNativeBinding(process.execPath, root, electronNativeFiles(checkout({ binding: 'unloadable' })).binding);
    expect(unloadable).toMatch(/better_sqlite3\.node/);
    expect(unloadable).not.toContain('\n');
    const missing = probeNativeBinding(process.execPath, root, electronNativeFiles(checkout({})).binding);
    expect(missing).toMatch(/Cannot find module/);
  });

  it('when refused, is explained in one line before browser mode opens', () => {
    const notice = browserModeNotice('its database module could not be built for Electron');
    expect(notice).toBe('Its database module could not be built for Electron, so Corporate Parenting Studio is opening in browser mode instead.');
    expect(notice).not.toContain('\n');
  });
});
