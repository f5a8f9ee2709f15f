import { describe, expect, it } from 'vitest';
import { placeAsOurs, placeOfCouncil } from '../../../electron/core/import/classify/placeName.js';

describe('the council’s place read as "our" in headings', () => {
  it('finds the place a council is named for, and none in a name that has none', () => {
    expect(placeOfCouncil('Tregarrow Borough Council')).toBe('Tregarrow');
    expect(placeOfCouncil('Lochaven Council')).toBe('Lochaven');
    expect(placeOfCouncil('Royal Borough of Ashby and Vale')).toBe('Ashby and Vale');
    expect(placeOfCouncil('Upper Tarn Metropolitan Borough Council')).toBe('Upper Tarn');
    expect(placeOfCouncil('Council')).toBeNull();
    expect(placeOfCouncil('')).toBeNull();
  });

  it('reads the place, its possessive and "in" the place as the pack’s titles say them', () => {
    expect(placeAsOurs('Tregarrow')("tregarrow's corporate parents")).toBe('our corporate parents');
    expect(placeAsOurs('Upper Tarn')('care experienced children and young people in upper tarn')).toBe('care experienced children and young people in our area');
    expect(placeAsOurs('Tregarrow')('the tregarrow pledge')).toBe('our pledge');
  });

  it('leaves headings that do not name the place, or only contain its letters, as they are', () => {
    expect(placeAsOurs('Tregarrow')('our corporate parents')).toBe('our corporate parents');
    expect(placeAsOurs('Tregarrow')('tregarrowmere at a glance')).toBe('tregarrowmere at a glance');
    expect(placeAsOurs(null)('children in care')).toBe('children in care');
  });
});
