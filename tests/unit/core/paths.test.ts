import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataDirFromArgs, defaultDataDir } from '../../../electron/core/paths/dataDir.js';
import { defaultTemplatesDir, findProjectRoot } from '../../../electron/core/paths/templatesDir.js';
import { tempDir } from './fixtures.js';

describe('defaultDataDir', () => {
  it('uses the folder Electron uses for userData on each platform', () => {
    expect(defaultDataDir('linux', {}, '/home/sam')).toBe('/home/sam/.config/Corporate Parenting Studio');
    expect(defaultDataDir('linux', { XDG_CONFIG_HOME: '/srv/config' }, '/home/sam')).toBe('/srv/config/Corporate Parenting Studio');
    expect(defaultDataDir('darwin', {}, '/Users/sam')).toBe('/Users/sam/Library/Application Support/Corporate Parenting Studio');
    expect(defaultDataDir('win32', { APPDATA: 'C:\\Users\\sam\\AppData\\Roaming' }, 'C:\\Users\\sam')).toBe(
      'C:\\Users\\sam\\AppData\\Roaming\\Corporate Parenting Studio',
    );
    expect(defaultDataDir('win32', {}, 'C:\\Users\\sam')).toBe('C:\\Users\\sam\\AppData\\Roaming\\Corporate Parenting Studio');
  });
});

describe('dataDirFromArgs', () => {
  it('reads both spellings and ignores a flag without a value', () => {
    expect(dataDirFromArgs(['--data-dir', '/tmp/a'])).toBe('/tmp/a');
    expect(dataDirFromArgs(['serve', '--data-dir=/tmp/b', '--json'])).toBe('/tmp/b');
    expect(dataDirFromArgs(['--data-dir'])).toBeUndefined();
    expect(dataDirFromArgs(['--data-dir', '--json'])).toBeUndefined();
    expect(dataDirFromArgs(['--data-dir='])).toBeUndefined();
    expect(dataDirFromArgs([])).toBeUndefined();
  });
});

describe('templates folder', () => {
  it('is the repository templates folder when running from source', () => {
    const dir = defaultTemplatesDir();
    expect(path.basename(dir)).toBe('templates');
    expect(fs.existsSync(path.join(path.dirname(dir), 'package.json'))).toBe(true);
    expect(fs.existsSync(path.join(path.dirname(dir), 'electron', 'core'))).toBe(true);
  });

  it('is found from deep inside a bundle folder, and not at all where there is none', () => {
    const root = tempDir();
    fs.writeFileSync(path.join(root, 'package.json'), '{}');
    fs.mkdirSync(path.join(root, 'templates'));
    fs.mkdirSync(path.join(root, 'dist', 'electron'), { recursive: true });
    expect(findProjectRoot(path.join(root, 'dist', 'electron'))).toBe(root);
    expect(findProjectRoot(path.join(tempDir(), 'a'))).toBeUndefined();
  });
});
