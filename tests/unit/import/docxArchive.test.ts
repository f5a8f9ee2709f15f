import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { openDocx } from '../../../electron/core/import/readers/docxArchive.js';
import { buildFixtureDocx } from './fixtures.js';

/**
 * The archive mammoth and the list numbering read from answers as mammoth's
 * own JSZip reader would, for every part of a Word file: bytes, base64 and
 * text, stored or deflated, kept after the safety check or unpacked again.
 */

const PICTURE = Uint8Array.from({ length: 3000 }, (_, index) => (index * 7919) % 251);

async function wordFileWithPictures(): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(await buildFixtureDocx());
  zip.file('word/media/stored.png', PICTURE, { compression: 'STORE' });
  zip.file('word/media/packed.png', PICTURE, { compression: 'DEFLATE' });
  zip.file('word/media/', null, { dir: true });
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

describe('a .docx opened once for the import', () => {
  it('gives every part as JSZip does: bytes, base64 and text', async () => {
    const bytes = await wordFileWithPictures();
    const zip = await JSZip.loadAsync(bytes);
    const docx = openDocx(bytes);
    const parts = Object.values(zip.files).filter((file) => !file.dir);
    expect(parts.length).toBeGreaterThan(5);
    for (const part of parts) {
      const expected = await part.async('uint8array');
      expect(docx.exists(part.name), part.name).toBe(true);
      expect(Buffer.from((await docx.read(part.name)) as Uint8Array).equals(Buffer.from(expected)), part.name).toBe(true);
      expect(await docx.read(part.name, 'base64'), part.name).toBe(Buffer.from(expected).toString('base64'));
      if (/\.(xml|rels)$/.test(part.name)) {
        expect(await docx.read(part.name, 'utf-8'), part.name).toBe(new TextDecoder().decode(expected));
        expect(docx.text(part.name), part.name).toBe(new TextDecoder().decode(expected));
      }
    }
  });

  it('has no folders and no missing parts: reading one fails, as mammoth expects of a damaged file', async () => {
    const docx = openDocx(await wordFileWithPictures());
    expect(docx.exists('word/media/')).toBe(false);
    expect(docx.exists('word/nothing.xml')).toBe(false);
    expect(docx.text('word/nothing.xml')).toBeUndefined();
    await expect(docx.read('word/nothing.xml', 'utf-8')).rejects.toThrow(/no part word\/nothing\.xml/);
  });
});
