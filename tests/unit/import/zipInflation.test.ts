import JSZip from 'jszip';
import { constants, deflateRawSync, inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ApiFailure } from '../../../shared/api/errors.js';
import { proposeImport } from '../../../electron/core/import/proposeImport.js';
import { checkZipSafety } from '../../../electron/core/import/readers/zipSafety.js';
import { buildFixtureDocx } from './fixtures.js';
import { ENGLAND } from './helpers.js';

const MB = 1024 * 1024;
const DOCUMENT_XML = Buffer.from('<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body/></w:document>');

interface HandWrittenPart {
  name: string;
  method: number;
  data: Uint8Array;
  /** What the zip claims the part unpacks to; a hostile file lies here. */
  declaredSize: number;
}

/** A zip written byte by byte, so its headers can say whatever a hostile file would. */
function handWrittenZip(parts: readonly HandWrittenPart[]): Uint8Array {
  const locals: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(part.method, 8);
    local.writeUInt32LE(part.data.length, 18);
    local.writeUInt32LE(part.declaredSize, 22);
    local.writeUInt16LE(name.length, 26);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(part.method, 10);
    entry.writeUInt32LE(part.data.length, 20);
    entry.writeUInt32LE(part.declaredSize, 24);
    entry.writeUInt16LE(name.length, 28);
    entry.writeUInt32LE(offset, 42);
    locals.push(local, name, Buffer.from(part.data));
    directory.push(entry, name);
    offset += local.length + name.length + part.data.length;
  }
  const directorySize = directory.reduce((sum, chunk) => sum + chunk.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directorySize, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, ...directory, end]));
}

const honestDocument = (): HandWrittenPart => ({ name: 'word/document.xml', method: 8, data: deflateRawSync(DOCUMENT_XML), declaredSize: DOCUMENT_XML.length });

/**
 * A deflate stream of `megabytes` MB of zeros, built without ever holding
 * them: one sync-flushed 1 MB block repeated (each ends on a byte boundary
 * and refers only to itself), then an empty final block.
 */
function deflatedZeros(megabytes: number): Buffer {
  const block = deflateRawSync(Buffer.alloc(MB), { finishFlush: constants.Z_SYNC_FLUSH });
  return Buffer.concat([...Array<Buffer>(megabytes).fill(block), deflateRawSync(Buffer.alloc(0))]);
}

async function importFailure(bytes: Uint8Array): Promise<ApiFailure> {
  try {
    await proposeImport({ name: 'strategy.docx', bytes }, { template: ENGLAND });
  } catch (error) {
    if (error instanceof ApiFailure) return error;
    throw error;
  }
  throw new Error('the file was imported but should have been refused');
}

describe('checking what a Word file really unpacks to', () => {
  it('builds its bomb from a deflate stream that really does unpack to zeros', () => {
    expect(inflateRawSync(deflatedZeros(3)).equals(Buffer.alloc(3 * MB))).toBe(true);
  });

  it('refuses a part that declares 1 KB but unpacks to 300 MB, without unpacking it', async () => {
    const payload = deflatedZeros(300);
    expect(payload.length).toBeLessThan(MB);
    const bomb = handWrittenZip([{ name: 'word/document.xml', method: 8, data: payload, declaredSize: 1024 }]);
    const peakBefore = process.resourceUsage().maxRSS * 1024;
    const failure = await importFailure(bomb);
    expect(failure.code).toBe('import-failed');
    expect(failure.message).toMatch(/word\/document\.xml\) unpacks to more than the file says it holds/);
    expect(process.resourceUsage().maxRSS * 1024 - peakBefore).toBeLessThan(100 * MB);
  });

  it('refuses a stored part longer than it declares', async () => {
    const failure = await importFailure(handWrittenZip([honestDocument(), { name: 'word/media/image1.png', method: 0, data: new Uint8Array(2000), declaredSize: 1000 }]));
    expect(failure.message).toMatch(/image1\.png\) unpacks to more than the file says/);
  });

  it('refuses a compression method Word never writes', async () => {
    const failure = await importFailure(handWrittenZip([{ name: 'word/document.xml', method: 12, data: DOCUMENT_XML, declaredSize: DOCUMENT_XML.length }]));
    expect(failure.message).toMatch(/packs one of its parts \(word\/document\.xml\) in a way Word never does/);
    expect(failure.details).toEqual(['zip compression method 12']);
  });

  it('refuses a deflate stream that is corrupt or cut short as damaged', async () => {
    const whole = deflateRawSync(Buffer.from(DOCUMENT_XML.toString().repeat(50)));
    const corrupt = { name: 'word/document.xml', method: 8, data: new Uint8Array([0xff, 0xff, 0xff, 0xff]), declaredSize: 500 };
    const cutShort = { name: 'word/document.xml', method: 8, data: whole.subarray(0, whole.length >> 1), declaredSize: DOCUMENT_XML.length * 50 };
    for (const part of [corrupt, cutShort]) {
      expect((await importFailure(handWrittenZip([part]))).message).toMatch(/incomplete or damaged \(its part word\/document\.xml cannot be unpacked\)/);
    }
  });

  it('refuses a part whose local header is not where the directory says', async () => {
    const styles = { name: 'word/styles.xml', method: 8, data: deflateRawSync(DOCUMENT_XML), declaredSize: DOCUMENT_XML.length };
    const bytes = handWrittenZip([styles, honestDocument()]);
    bytes[30 + styles.name.length + styles.data.length] = 0;
    expect((await importFailure(bytes)).message).toMatch(/incomplete or damaged/);
  });

  it('refuses a directory that does not end where the end record begins, which JSZip would read shifted', async () => {
    const bytes = handWrittenZip([honestDocument()]);
    const shifted = new Uint8Array(bytes.length + 16);
    shifted.set(bytes.subarray(0, bytes.length - 22));
    shifted.set(bytes.subarray(bytes.length - 22), bytes.length - 22 + 16);
    expect((await importFailure(shifted)).message).toMatch(/zip directory is missing or cut short/);
  });

  it('refuses directory entries beyond the declared count, which JSZip would still open', async () => {
    const bytes = handWrittenZip([honestDocument(), { name: 'word/extra.xml', method: 8, data: deflateRawSync(DOCUMENT_XML), declaredSize: DOCUMENT_XML.length }]);
    const view = new DataView(bytes.buffer);
    view.setUint16(bytes.length - 22 + 8, 1, true);
    view.setUint16(bytes.length - 22 + 10, 1, true);
    expect((await importFailure(bytes)).message).toMatch(/zip directory is missing or cut short/);
  });

  it('still imports a genuine Word document', async () => {
    const proposal = await proposeImport({ name: 'strategy.docx', bytes: await buildFixtureDocx() }, { template: ENGLAND });
    expect(proposal.parts.length).toBeGreaterThan(5);
  });

  it('accepts stored and deflated parts alike, as Word and JSZip write them', async () => {
    const zip = new JSZip();
    zip.file('word/document.xml', DOCUMENT_XML, { compression: 'DEFLATE' });
    zip.file('word/media/image1.png', new Uint8Array(4096).fill(7), { compression: 'STORE' });
    zip.folder('customXml');
    const written = await zip.generateAsync({ type: 'uint8array' });
    expect(() => checkZipSafety(written)).not.toThrow();
    expect(() => checkZipSafety(handWrittenZip([honestDocument(), { name: 'word/media/image1.png', method: 0, data: new Uint8Array(4096), declaredSize: 4096 }]))).not.toThrow();
  });
});
