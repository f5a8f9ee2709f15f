import { describe, expect, it } from 'vitest';
import { coverFieldsSchema, emptyCover } from '../../../shared/model/draft.js';
import { MAX_LOGO_DATA_URL_LENGTH, parseLogo } from '../../../shared/model/logo.js';
import { dataUrl, solidPng } from '../../fixtures/images.js';
import { jpegLogo, pngLogo, renamedTextLogo, tinyJpeg } from '../../fixtures/logoImages.js';

describe('parseLogo', () => {
  it('reads a real PNG and a real JPEG back to their bytes', () => {
    const png = solidPng(4, 3);
    expect(parseLogo(dataUrl('image/png', png))).toEqual({ type: 'png', data: png });
    const jpeg = tinyJpeg(10, 5);
    expect(parseLogo(dataUrl('image/jpeg', jpeg))).toEqual({ type: 'jpg', data: jpeg });
  });

  it('decodes every padding length exactly as Node does', () => {
    for (const extra of [0, 1, 2]) {
      const bytes = new Uint8Array([...solidPng(2, 2), ...Array.from({ length: 200 + extra }, (_, index) => (index * 37) % 256)]);
      expect(parseLogo(dataUrl('image/png', bytes))?.data).toEqual(bytes);
    }
  });

  it('refuses a renamed text file, a GIF and a JPEG that calls itself a PNG', () => {
    expect(parseLogo(renamedTextLogo())).toBeNull();
    expect(parseLogo(dataUrl('image/png', new TextEncoder().encode('GIF89a......')))).toBeNull();
    expect(parseLogo(dataUrl('image/png', tinyJpeg(10, 5)))).toBeNull();
    expect(parseLogo(dataUrl('image/gif', solidPng(2, 2)))).toBeNull();
  });

  it('refuses no logo, text that is not a base64 data URL and a logo over the size limit', () => {
    expect(parseLogo(undefined)).toBeNull();
    expect(parseLogo('')).toBeNull();
    expect(parseLogo('https://council.example/logo.png')).toBeNull();
    expect(parseLogo('data:image/png;base64,iVBORw0KGgo!')).toBeNull();
    expect(parseLogo('data:image/png;base64,iVBORw0KGgoAA')).toBeNull();
    const oversize = dataUrl('image/png', new Uint8Array([...solidPng(2, 2), ...new Uint8Array(1_200_000)]));
    expect(oversize.length).toBeGreaterThan(MAX_LOGO_DATA_URL_LENGTH);
    expect(parseLogo(oversize)).toBeNull();
  });
});

describe('cover fields with a logo', () => {
  it('accepts a cover saved before logos existed, no logo, and a real PNG or JPEG', () => {
    expect(coverFieldsSchema.safeParse(emptyCover()).success).toBe(true);
    expect(coverFieldsSchema.safeParse({ ...emptyCover(), logo: '' }).success).toBe(true);
    expect(coverFieldsSchema.safeParse({ ...emptyCover(), logo: pngLogo() }).success).toBe(true);
    expect(coverFieldsSchema.safeParse({ ...emptyCover(), logo: jpegLogo() }).success).toBe(true);
  });

  it('refuses a logo that is not a PNG or JPEG', () => {
    expect(coverFieldsSchema.safeParse({ ...emptyCover(), logo: renamedTextLogo() }).success).toBe(false);
    expect(coverFieldsSchema.safeParse({ ...emptyCover(), logo: 'data:image/svg+xml;base64,PHN2Zz4=' }).success).toBe(false);
  });
});
