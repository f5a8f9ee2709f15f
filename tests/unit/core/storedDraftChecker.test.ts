import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHECK_CACHE_FILE, runCli } from '../../../electron/cli/runCli.js';
import { checkStoredDraft } from '../../../electron/core/completeness/checkStoredDraft.js';
import { createStoredDraftChecker } from '../../../electron/core/completeness/storedDraftChecker.js';
import { sampleDraft } from '../../fixtures/sampleDraft.js';
import { sampleTemplate } from '../../fixtures/sampleTemplate.js';
import { tempDir, testTemplatesDir } from './fixtures.js';

/** Rewrites every kept finding's message, keeping the keys, to tell an answer from the cache from a fresh check. */
function tamperMessages(cacheFile: string, message: string): void {
  const cache = JSON.parse(fs.readFileSync(cacheFile, 'utf8'));
  for (const entry of cache.entries) for (const finding of entry.report.findings) finding.message = message;
  fs.writeFileSync(cacheFile, JSON.stringify(cache));
}

const messages = (report: { findings: { message: string }[] }) => new Set(report.findings.map((finding) => finding.message));

describe('the stored draft checker, which keeps results while a draft is unchanged', () => {
  it('reports exactly what the check reports, kept or not', () => {
    const file = path.join(tempDir(), CHECK_CACHE_FILE);
    const fresh = checkStoredDraft(sampleDraft(), sampleTemplate(), { 'children-in-care-council': 'Our Voice' });
    expect(fresh.findings.length).toBeGreaterThan(0);
    const check = createStoredDraftChecker({ file, codeStamp: 'build-1' });
    expect(check(sampleDraft(), sampleTemplate(), { 'children-in-care-council': 'Our Voice' })).toStrictEqual(fresh);
    // Read back by the next process, as the next command of the CLI would.
    expect(createStoredDraftChecker({ file, codeStamp: 'build-1' })(sampleDraft(), sampleTemplate(), { 'children-in-care-council': 'Our Voice' })).toEqual(fresh);
  });

  it('answers again from memory for the same draft, template and names', () => {
    const check = createStoredDraftChecker();
    const first = check(sampleDraft(), sampleTemplate());
    expect(check(sampleDraft(), sampleTemplate())).toBe(first);
    expect(check(sampleDraft(), sampleTemplate(), { 'children-in-care-council': 'Our Voice' })).not.toBe(first);
  });

  it('checks again when anything in the draft changed, or another build asks', () => {
    const file = path.join(tempDir(), CHECK_CACHE_FILE);
    createStoredDraftChecker({ file, codeStamp: 'build-1' })(sampleDraft(), sampleTemplate());
    tamperMessages(file, 'Answered from the cache');
    expect(messages(createStoredDraftChecker({ file, codeStamp: 'build-1' })(sampleDraft(), sampleTemplate()))).toEqual(new Set(['Answered from the cache']));

    expect(messages(createStoredDraftChecker({ file, codeStamp: 'build-2' })(sampleDraft(), sampleTemplate()))).not.toContain('Answered from the cache');
    tamperMessages(file, 'Answered from the cache');
    const draft = sampleDraft();
    const retitled = { ...draft, cover: { ...draft.cover, title: `${draft.cover.title} (revised)` } };
    expect(messages(createStoredDraftChecker({ file, codeStamp: 'build-2' })(retitled, sampleTemplate()))).not.toContain('Answered from the cache');
  });

  it('checks as usual when the kept results are damaged or cannot be written', () => {
    const fresh = checkStoredDraft(sampleDraft(), sampleTemplate());
    const damaged = path.join(tempDir(), CHECK_CACHE_FILE);
    fs.writeFileSync(damaged, '{"format": 1, "entries": [');
    expect(createStoredDraftChecker({ file: damaged, codeStamp: 'build-1' })(sampleDraft(), sampleTemplate())).toStrictEqual(fresh);
    expect(JSON.parse(fs.readFileSync(damaged, 'utf8'))).toMatchObject({ format: 1 });

    const unwritable = path.join(tempDir(), 'no-such-folder', CHECK_CACHE_FILE);
    expect(createStoredDraftChecker({ file: unwritable, codeStamp: 'build-1' })(sampleDraft(), sampleTemplate())).toStrictEqual(fresh);
    expect(fs.existsSync(unwritable)).toBe(false);
  });

  it('is kept in the library folder by the built command line only', async () => {
    const io = { stdout: () => undefined, stderr: () => undefined };
    const run = async (dataDir: string, stamp?: string) => {
      const created: string[] = [];
      const capture = { stdout: (text: string) => created.push(text), stderr: () => undefined };
      expect(await runCli(['new', '--template', 'test-strategy', '--title', 'Our strategy', '--council', 'Testshire', '--data-dir', dataDir, '--templates-dir', testTemplatesDir()], capture, stamp === undefined ? {} : { codeStamp: stamp })).toBe(0);
      const id = created.join('\n').match(/[0-9a-f-]{36}/)?.[0] ?? '';
      expect(await runCli(['check', id, '--data-dir', dataDir, '--templates-dir', testTemplatesDir()], io, stamp === undefined ? {} : { codeStamp: stamp })).toBe(0);
    };
    const withStamp = tempDir();
    await run(withStamp, 'build-1');
    expect(fs.existsSync(path.join(withStamp, CHECK_CACHE_FILE))).toBe(true);
    const inProcess = tempDir();
    await run(inProcess);
    expect(fs.existsSync(path.join(inProcess, CHECK_CACHE_FILE))).toBe(false);
  });
});
