import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { ApiFailure } from '../../../shared/api/errors.js';
import { proposeImport } from '../../../electron/core/import/proposeImport.js';
import { MAX_TEXT_BYTES, MAX_TEXT_LINES } from '../../../electron/core/import/readers/readSource.js';
import { buildFixtureDocx } from './fixtures.js';
import { bytesOf, ENGLAND, seededBytes } from './helpers.js';

async function importFailure(name: string, bytes: Uint8Array): Promise<ApiFailure> {
  try {
    await proposeImport({ name, bytes }, { template: ENGLAND });
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
    expect((await importFailure('data.txt', new Uint8Array([1, 2, 0, 4]))).message).toMatch(/not text/);
  });

  it('refuses a binary file without zero bytes renamed to .txt, instead of importing gibberish', async () => {
    const random = seededBytes(20_000, 7).map((byte) => byte || 1);
    const failure = await importFailure('photo.txt', random);
    expect(failure.code).toBe('import-failed');
    expect(failure.message).toMatch(/not text/);
  });

  it('refuses text full of control characters', async () => {
    const controlled = bytesOf(Array.from({ length: 2000 }, (_, index) => (index % 10 === 0 ? '\u0007' : 'a')).join(''));
    expect((await importFailure('odd.md', controlled)).message).toMatch(/not text/);
  });

  it('refuses a text file too large to be a strategy, saying how large it may be', async () => {
    const failure = await importFailure('big.md', new Uint8Array(MAX_TEXT_BYTES + 1).fill(0x61));
    expect(failure.message).toMatch(/at most 10 MB/);
  });

  it('refuses a text file of far more lines than a document has', async () => {
    const failure = await importFailure('data.txt', bytesOf('a\n'.repeat(MAX_TEXT_LINES + 1)));
    expect(failure.message).toMatch(/250,002 lines/);
  });

  it('refuses 50,000 headings with a message that says so, not a malformed proposal', async () => {
    const markdown = Array.from({ length: 50_000 }, (_, index) => `## Heading ${index}`).join('\n\n');
    const failure = await importFailure('headings.md', bytesOf(markdown));
    expect(failure.code).toBe('import-failed');
    expect(failure.message).toMatch(/50,000 headings/);
  });

  it('refuses structure nested hundreds deep', async () => {
    const markdown = Array.from({ length: 300 }, (_, depth) => `${'  '.repeat(depth)}- level ${depth}`).join('\n');
    const failure = await importFailure('deep.md', bytesOf(markdown));
    expect(failure.message).toMatch(/nested/);
  });
});

describe('text in other encodings', () => {
  it('reads UTF-16 with a byte-order mark (Notepad\'s "Unicode")', async () => {
    const text = '\uFEFF1. Our Vision\r\n\r\nEvery child in our care will have a home where they feel safe and loved.\r\n';
    const bytes = new Uint8Array(text.length * 2);
    for (let index = 0; index < text.length; index += 1) {
      bytes[index * 2] = text.charCodeAt(index) & 0xff;
      bytes[index * 2 + 1] = text.charCodeAt(index) >> 8;
    }
    const proposal = await proposeImport({ name: 'unicode.txt', bytes }, { template: ENGLAND });
    expect(proposal.parts.map((part) => part.heading?.text)).toContain('1. Our Vision');
  });

  it('still reads Windows-1252 text with its pound signs and curly quotes', async () => {
    const latin = new Uint8Array([...bytesOf('1. Our Budget\n\nWe spend '), 0xa3, ...bytesOf('40 on each '), 0x93, ...bytesOf('home'), 0x94, ...bytesOf('.\n')]);
    const proposal = await proposeImport({ name: 'old.txt', bytes: latin }, { template: ENGLAND });
    expect(JSON.stringify(proposal.parts)).toContain('We spend £40 on each “home”.');
  });
});

describe('an over-long heading', () => {
  it('is kept as a paragraph, so nothing is lost and the proposal stays valid', async () => {
    const long = 'Word '.repeat(2000).trim();
    const proposal = await proposeImport({ name: 'long.md', bytes: bytesOf(`## Vision\n\nText.\n\n## ${long}\n`) }, { template: ENGLAND });
    expect(proposal.parts.every((part) => (part.heading?.text.length ?? 0) <= 5000)).toBe(true);
    expect(JSON.stringify(proposal.parts)).toContain(long);
  });
});

describe('a document without headings', () => {
  it('goes to Unsorted whole, with a message saying why', async () => {
    const text = 'We look after children in our care as any good parent would. Every one of them deserves a stable home.\n\nThe council and its partners share this duty, and we will report on it each year to the full council.';
    const proposal = await proposeImport({ name: 'notes.txt', bytes: bytesOf(text) }, { template: ENGLAND });
    expect(proposal.parts).toHaveLength(1);
    expect(proposal.parts[0]?.section).toBe('unsorted');
    expect(proposal.parts[0]?.blocks).toHaveLength(2);
    expect(proposal.messages.join(' ')).toMatch(/No headings were found/);
  });
});
