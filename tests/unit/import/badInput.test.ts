import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { ApiFailure } from '../../../shared/api/errors.js';
import { proposeImport } from '../../../electron/core/import/proposeImport.js';
import { buildFixtureDocx } from './fixtures.js';
import { bytesOf } from './helpers.js';

async function importFailure(name: string, bytes: Uint8Array): Promise<ApiFailure> {
  try {
    await proposeImport({ name, bytes });
  } catch (error) {
    if (error instanceof ApiFailure) return error;
    throw error;
  }
  throw new Error(`${name} was imported but should have been refused`);
}

/** A zip whose central directory claims one entry is `size` bytes unpacked. */
async function zipDeclaring(size: number): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file('word/document.xml', '<w:document/>');
  const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let position = bytes.length - 22; position >= 0; position -= 1) {
    if (view.getUint32(position, true) !== 0x06054b50) continue;
    const directory = view.getUint32(position + 16, true);
    view.setUint32(directory + 24, size, true);
    break;
  }
  return bytes;
}

describe('refusing bad files', () => {
  it('refuses a PDF renamed to .docx', async () => {
    const failure = await importFailure('strategy.docx', bytesOf('%PDF-1.7\n1 0 obj << /Type /Catalog >>\nendobj\n'));
    expect(failure.code).toBe('import-failed');
    expect(failure.message).toMatch(/PDF/);
  });

  it('refuses a text file renamed to .docx', async () => {
    expect((await importFailure('strategy.docx', bytesOf('just some words'))).message).toMatch(/not a Word document/);
  });

  it('refuses a truncated Word file', async () => {
    const whole = await buildFixtureDocx();
    const failure = await importFailure('strategy.docx', whole.slice(0, Math.floor(whole.length * 0.6)));
    expect(failure.code).toBe('import-failed');
    expect(failure.message).toMatch(/incomplete or damaged/);
  });

  it('refuses a zip that declares far more content than a strategy could have', async () => {
    const failure = await importFailure('bomb.docx', await zipDeclaring(300 * 1024 * 1024));
    expect(failure.message).toMatch(/MB/);
  });

  it('refuses a zip that compresses impossibly well', async () => {
    const zip = new JSZip();
    zip.file('word/document.xml', new Uint8Array(20 * 1024 * 1024));
    const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 9 } });
    expect((await importFailure('bomb.docx', bytes)).message).toMatch(/expand/);
  });

  it('refuses a file of 50 MB before reading it', async () => {
    const failure = await importFailure('huge.txt', new Uint8Array(50 * 1024 * 1024).fill(0x61));
    expect(failure.message).toMatch(/smaller than 50 MB/);
  });

  it('refuses a password-protected document', async () => {
    const ole = new Uint8Array(4096);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect((await importFailure('locked.docx', ole)).message).toMatch(/password-protected/);
  });

  it('refuses a zip that is not a Word document', async () => {
    const zip = new JSZip();
    zip.file('photo.txt', 'hello');
    const bytes = await zip.generateAsync({ type: 'uint8array' });
    expect((await importFailure('photos.docx', bytes)).message).toMatch(/word\/document\.xml/);
  });

  it('refuses binary data that is not text', async () => {
    expect((await importFailure('data.txt', new Uint8Array([1, 2, 0, 4]))).message).toMatch(/neither a Word document nor text/);
  });
});

describe('a document without headings', () => {
  it('goes to Unsorted whole, with a message saying why', async () => {
    const text = 'We look after children in our care as any good parent would. Every one of them deserves a stable home.\n\nThe council and its partners share this duty, and we will report on it each year to the full council.';
    const proposal = await proposeImport({ name: 'notes.txt', bytes: bytesOf(text) });
    expect(proposal.parts).toHaveLength(1);
    expect(proposal.parts[0]?.section).toBe('unsorted');
    expect(proposal.parts[0]?.blocks).toHaveLength(2);
    expect(proposal.messages.join(' ')).toMatch(/No headings were found/);
  });
});
