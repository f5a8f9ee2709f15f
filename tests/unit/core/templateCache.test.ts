import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, TEMPLATE_CACHE_FILE } from '../../../electron/cli/runCli.js';
import { loadTemplates } from '../../../electron/core/templates/loadTemplates.js';
import { loadTemplatesCached } from '../../../electron/core/templates/templateCache.js';
import { TEMPLATES_DIR } from '../../fixtures/shippedTemplate.js';
import { tempDir, testTemplatesDir, TEST_TEMPLATE } from './fixtures.js';

function templatesFolder(): { dir: string; file: string } {
  const dir = tempDir('cps-cache-templates-');
  const file = path.join(dir, `${TEST_TEMPLATE.id}.json`);
  fs.writeFileSync(file, JSON.stringify(TEST_TEMPLATE));
  return { dir, file };
}

/** Puts a different name into a cache file while keeping its key, to tell an answer from the cache from a fresh read. */
function tamperName(cacheFile: string, name: string): void {
  const cache = JSON.parse(fs.readFileSync(cacheFile, 'utf8'));
  cache.loaded.templates[0].name = name;
  fs.writeFileSync(cacheFile, JSON.stringify(cache));
}

describe('the template cache kept between CLI processes', () => {
  it('gives exactly what reading the packs gives, for the shipped packs', () => {
    const cache = { file: path.join(tempDir(), 'cache.json'), codeStamp: 'build-1' };
    const fresh = loadTemplates(TEMPLATES_DIR);
    expect(loadTemplatesCached(TEMPLATES_DIR, cache)).toStrictEqual(fresh);
    expect(fs.existsSync(cache.file)).toBe(true);
    expect(loadTemplatesCached(TEMPLATES_DIR, cache)).toStrictEqual(fresh);
    // Field for field in the same order, so a check kept under the pack's JSON (check-cache.json) is found after either read.
    expect(JSON.stringify(loadTemplatesCached(TEMPLATES_DIR, cache))).toBe(JSON.stringify(fresh));
  });

  it('answers from the cache only for the same bytes and the same build', () => {
    const { dir, file } = templatesFolder();
    const cache = { file: path.join(tempDir(), 'cache.json'), codeStamp: 'build-1' };
    loadTemplatesCached(dir, cache);
    tamperName(cache.file, 'Answered from the cache');
    expect(loadTemplatesCached(dir, cache).templates[0]?.name).toBe('Answered from the cache');

    expect(loadTemplatesCached(dir, { ...cache, codeStamp: 'build-2' }).templates[0]?.name).toBe(TEST_TEMPLATE.name);

    tamperName(cache.file, 'Answered from the cache');
    fs.writeFileSync(file, JSON.stringify({ ...TEST_TEMPLATE, name: 'Edited by the council' }));
    expect(loadTemplatesCached(dir, { ...cache, codeStamp: 'build-2' }).templates[0]?.name).toBe('Edited by the council');
  });

  it('reads the packs as usual when the cache is damaged or cannot be written', () => {
    const { dir } = templatesFolder();
    const cacheFile = path.join(tempDir(), 'cache.json');
    fs.writeFileSync(cacheFile, '{"format": 1, "key": ');
    expect(loadTemplatesCached(dir, { file: cacheFile, codeStamp: 'build-1' }).templates[0]?.name).toBe(TEST_TEMPLATE.name);
    expect(JSON.parse(fs.readFileSync(cacheFile, 'utf8'))).toMatchObject({ format: 1 });

    const unwritable = path.join(tempDir(), 'no-such-folder', 'cache.json');
    expect(loadTemplatesCached(dir, { file: unwritable, codeStamp: 'build-1' }).templates[0]?.name).toBe(TEST_TEMPLATE.name);
    expect(fs.existsSync(unwritable)).toBe(false);
  });

  it('still reports a broken pack with its file and field when answered from the cache', () => {
    const { dir } = templatesFolder();
    fs.writeFileSync(path.join(dir, 'broken.json'), JSON.stringify({ ...TEST_TEMPLATE, id: 'broken', sections: 'none' }));
    const cache = { file: path.join(tempDir(), 'cache.json'), codeStamp: 'build-1' };
    const first = loadTemplatesCached(dir, cache);
    expect(first.problems).toEqual([expect.objectContaining({ file: path.join(dir, 'broken.json'), field: 'sections' })]);
    expect(loadTemplatesCached(dir, cache)).toStrictEqual(first);
  });

  it('is kept in the library folder by the built command line only', async () => {
    const io = { stdout: () => undefined, stderr: () => undefined };
    const withStamp = tempDir();
    expect(await runCli(['templates', '--data-dir', withStamp, '--templates-dir', testTemplatesDir()], io, { codeStamp: 'build-1' })).toBe(0);
    expect(fs.existsSync(path.join(withStamp, TEMPLATE_CACHE_FILE))).toBe(true);

    const inProcess = tempDir();
    expect(await runCli(['templates', '--data-dir', inProcess, '--templates-dir', testTemplatesDir()], io)).toBe(0);
    expect(fs.existsSync(path.join(inProcess, TEMPLATE_CACHE_FILE))).toBe(false);
  });
});
