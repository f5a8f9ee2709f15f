import { describe, expect, it } from 'vitest';
import { base64ToBytes, bytesToBase64 } from '../../../renderer/api/base64.js';
import { interpretSaveResult } from '../../../renderer/api/saveFile.js';
import { importFileProblem, MAX_IMPORT_BYTES } from '../../../renderer/import/importFile.js';

describe('base64', () => {
  it('round-trips every byte value and files larger than one chunk', () => {
    const bytes = new Uint8Array(70_000).map((_, index) => (index * 7) % 256);
    const text = bytesToBase64(bytes);
    expect(text).toBe(Buffer.from(bytes).toString('base64'));
    expect(base64ToBytes(text)).toEqual(bytes);
  });

  it('refuses text that is not base64', () => {
    expect(base64ToBytes('not base64!')).toBeNull();
    expect(base64ToBytes('abc')).toBeNull();
    expect(base64ToBytes('')).toEqual(new Uint8Array());
  });
});

describe('interpretSaveResult', () => {
  it('reads the desktop answer, which crosses a process boundary', () => {
    expect(interpretSaveResult({ saved: true, path: '/tmp/a.docx' }, 'a.docx')).toEqual({ kind: 'saved', fileName: 'a.docx', where: '/tmp/a.docx' });
    expect(interpretSaveResult({ saved: false }, 'a.docx')).toEqual({ kind: 'cancelled' });
    expect(interpretSaveResult({ saved: false, error: 'The disk is full.' }, 'a.docx')).toEqual({ kind: 'failed', message: 'The disk is full.' });
    expect(interpretSaveResult('yes', 'a.docx').kind).toBe('failed');
    expect(interpretSaveResult(null, 'a.docx').kind).toBe('failed');
  });
});

describe('importFileProblem', () => {
  it('accepts the formats the importer reads, whatever the case', () => {
    for (const name of ['old.docx', 'OLD.DOCX', 'notes.md', 'notes.markdown', 'plain.txt']) expect(importFileProblem(name, 1000)).toBeNull();
  });

  it('explains other files, empty files and files over 50 MB', () => {
    expect(importFileProblem('scan.pdf', 1000)).toContain('is not a file the app can import');
    expect(importFileProblem('old.doc', 1000)).toContain('.docx');
    expect(importFileProblem('empty.txt', 0)).toContain('is empty');
    expect(importFileProblem('huge.docx', MAX_IMPORT_BYTES + 1)).toContain('more than the 50 MB');
    expect(importFileProblem('limit.docx', MAX_IMPORT_BYTES)).toBeNull();
  });
});
