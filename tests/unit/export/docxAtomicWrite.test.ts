import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiFailure } from '../../../shared/api/errors.js';
import { writeFailureMessage, writeFileAtomically } from '../../../electron/core/export/atomicWrite.js';

describe('writeFileAtomically', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'atomic-write-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('writes the file and leaves nothing else behind', async () => {
    const target = join(dir, 'strategy.docx');
    await writeFileAtomically(target, new Uint8Array([1, 2, 3]));
    expect([...(await readFile(target))]).toEqual([1, 2, 3]);
    expect(await readdir(dir)).toEqual(['strategy.docx']);
  });

  it('replaces an existing file whole', async () => {
    const target = join(dir, 'strategy.docx');
    await writeFile(target, 'old version');
    await writeFileAtomically(target, new TextEncoder().encode('new version'));
    expect(await readFile(target, 'utf8')).toBe('new version');
    expect(await readdir(dir)).toEqual(['strategy.docx']);
  });

  it('without replace, leaves a file that is already there as it was, and nothing else behind', async () => {
    const target = join(dir, 'strategy.docx');
    await writeFile(target, 'old version');
    const failure = await writeFileAtomically(target, new Uint8Array([1]), { replace: false }).catch((error: unknown) => error);
    expect((failure as ApiFailure).message).toMatch(/already exists and was left as it is/);
    expect(await readFile(target, 'utf8')).toBe('old version');
    expect(await readdir(dir)).toEqual(['strategy.docx']);
    await writeFileAtomically(join(dir, 'new.docx'), new Uint8Array([4, 5]), { replace: false });
    expect([...(await readFile(join(dir, 'new.docx')))]).toEqual([4, 5]);
    expect((await readdir(dir)).sort()).toEqual(['new.docx', 'strategy.docx']);
  });

  it('names a missing folder in a clear message', async () => {
    const target = join(dir, 'no-such-folder', 'strategy.docx');
    const failure = await writeFileAtomically(target, new Uint8Array([1])).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ApiFailure);
    expect((failure as ApiFailure).code).toBe('export-failed');
    expect((failure as ApiFailure).message).toContain('does not exist');
    expect((failure as ApiFailure).message).toContain(target);
    expect(await readdir(dir)).toEqual([]);
  });

  it('fails cleanly when the parent is a file, leaving no temporary file (tests run as root, so permissions cannot simulate read-only)', async () => {
    const blocker = join(dir, 'not-a-folder');
    await writeFile(blocker, 'a file where a folder should be');
    const failure = await writeFileAtomically(join(blocker, 'strategy.docx'), new Uint8Array([1])).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ApiFailure);
    expect((failure as ApiFailure).message).toMatch(/could not be saved/);
    expect(await readdir(dir)).toEqual(['not-a-folder']);
  });

  it('removes the temporary file when the rename fails', async () => {
    // Renaming a file over a folder that holds something fails after the data was written.
    const occupied = join(dir, 'occupied');
    await mkdir(occupied);
    await writeFile(join(occupied, 'keep'), '');
    const failure = await writeFileAtomically(occupied, new Uint8Array([1])).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ApiFailure);
    expect((failure as ApiFailure).message).toContain(occupied);
    expect(await readdir(dir)).toEqual(['occupied']);
  });

  it('explains read-only folders and full disks in the user’s words', () => {
    const error = (code: string) => Object.assign(new Error(code), { code });
    expect(writeFailureMessage('/media/usb/s.docx', error('EROFS'))).toBe('The folder "/media/usb" is read-only, so "/media/usb/s.docx" could not be saved. Choose a folder you can save to.');
    expect(writeFailureMessage('/home/a/s.docx', error('EACCES'))).toContain('read-only');
    expect(writeFailureMessage('/home/a/s.docx', error('ENOSPC'))).toContain('disk is full');
  });
});
