import { describe, expect, it } from 'vitest';
import { emptyCover } from '../../../shared/model/draft.js';
import { parseLogo } from '../../../shared/model/logo.js';
import { checkCoverForm, coverToFormValues, logoFileProblem, logoFromBytes } from '../../../renderer/draft/coverForm.js';
import { solidPng } from '../../fixtures/images.js';
import { pngLogo, renamedTextLogo, tinyJpeg } from '../../fixtures/logoImages.js';

describe('choosing a logo file', () => {
  it('takes PNG and JPEG file names up to 1 MB', () => {
    expect(logoFileProblem({ name: 'crest.PNG', size: 20_000 })).toBeNull();
    expect(logoFileProblem({ name: 'crest.jpeg', size: 1_000_000 })).toBeNull();
    expect(logoFileProblem({ name: 'crest.jpg', size: 5 })).toBeNull();
  });

  it('says what is wrong with other names, empty files and large files before reading them', () => {
    expect(logoFileProblem({ name: 'crest.gif', size: 10 })).toMatch(/PNG or JPEG/);
    expect(logoFileProblem({ name: 'crest.png', size: 0 })).toMatch(/empty/);
    expect(logoFileProblem({ name: 'crest.png', size: 2_300_000 })).toBe('The logo is too large (2.3 MB). Choose an image of 1 MB or less.');
  });

  it('makes a data URL of the type the bytes really are', () => {
    const png = logoFromBytes(solidPng(3, 3));
    expect(png.ok && parseLogo(png.dataUrl)?.type).toBe('png');
    // A JPEG saved with a .png name is still a JPEG.
    const jpeg = logoFromBytes(tinyJpeg(8, 8));
    expect(jpeg.ok && jpeg.dataUrl.startsWith('data:image/jpeg;base64,')).toBe(true);
    expect(jpeg.ok && parseLogo(jpeg.dataUrl)?.data).toEqual(tinyJpeg(8, 8));
  });

  it('refuses a renamed text file and bytes over the limit', () => {
    const text = logoFromBytes(new TextEncoder().encode('Agenda item 4'));
    expect(text.ok).toBe(false);
    expect(!text.ok && text.message).toMatch(/not a PNG or JPEG image/);
    const big = new Uint8Array(1_000_001);
    big.set(solidPng(1, 1));
    expect(logoFromBytes(big).ok).toBe(false);
  });
});

describe('the cover form with a logo', () => {
  it('reads a cover saved before logos existed as having none', () => {
    expect(coverToFormValues(emptyCover()).logo).toBe('');
    expect(checkCoverForm(coverToFormValues(emptyCover())).cover).toEqual(emptyCover());
    expect(checkCoverForm(coverToFormValues(emptyCover())).cover).not.toHaveProperty('logo');
  });

  it('keeps the logo when another field changes, and drops it when removed', () => {
    const logo = pngLogo(20, 10);
    const values = { ...coverToFormValues({ ...emptyCover(), logo }), council: 'Westmere Borough Council' };
    expect(checkCoverForm(values).cover).toEqual({ ...emptyCover(), council: 'Westmere Borough Council', logo });
    expect(checkCoverForm({ ...values, logo: '' }).cover).not.toHaveProperty('logo');
  });

  it('holds a logo that cannot be saved and says so beside it', () => {
    const check = checkCoverForm({ ...coverToFormValues(emptyCover()), logo: renamedTextLogo() });
    expect(check.cover).toBeNull();
    expect(check.errors.logo).toMatch(/Remove it/);
  });
});
