import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { zipArchive } from '../../../electron/core/export/zipArchive.js';

describe('the zip files the exporters write', () => {
  it('holds every file whole, in the order given, under names in any script', async () => {
    const text = 'Our pledge to children in care. '.repeat(2_000);
    const bytes = Uint8Array.from({ length: 3_000 }, (_, index) => (index * 7919) % 256);
    const zip = await JSZip.loadAsync(zipArchive([
      ['[Content_Types].xml', Buffer.from('<Types/>')],
      ['word/document.xml', Buffer.from(text)],
      ['word/media/logo – Cyngor.png', bytes],
      ['empty.txt', new Uint8Array()],
    ]));
    expect(Object.keys(zip.files)).toEqual(['[Content_Types].xml', 'word/document.xml', 'word/media/logo – Cyngor.png', 'empty.txt']);
    expect(await zip.file('word/document.xml')?.async('string')).toBe(text);
    expect(await zip.file('word/media/logo – Cyngor.png')?.async('uint8array')).toEqual(bytes);
    expect(await zip.file('empty.txt')?.async('string')).toBe('');
  });

  it('compresses, and dates each file with the time given', async () => {
    const text = Buffer.from('Corporate parenting '.repeat(5_000));
    const archive = zipArchive([['a.xml', text]], new Date(2026, 2, 14, 9, 30, 12));
    expect(archive.length).toBeLessThan(text.length / 10);
    const date = (await JSZip.loadAsync(archive)).file('a.xml')?.date;
    expect([date?.getFullYear(), date?.getMonth(), date?.getDate(), date?.getHours(), date?.getMinutes()]).toEqual([2026, 2, 14, 9, 30]);
  });
});
