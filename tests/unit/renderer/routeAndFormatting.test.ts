import { describe, expect, it } from 'vitest';
import { parseRoute, routeToHash } from '../../../renderer/app/route.js';
import { formatLastEdited, formatPeriod } from '../../../renderer/library/formatting.js';

describe('route', () => {
  it('round-trips the library and a draft section', () => {
    for (const route of [{ screen: 'library' } as const, { screen: 'draft', draftId: 'd_1', sectionId: 'local-context' } as const, { screen: 'draft', draftId: 'd_1', sectionId: null } as const, { screen: 'progress', draftId: 'd_1' } as const]) {
      expect(parseRoute(routeToHash(route))).toEqual(route);
    }
  });

  it('falls back to the library, or to the first section, for anything malformed', () => {
    expect(parseRoute('')).toEqual({ screen: 'library' });
    expect(parseRoute('#/draft/<script>')).toEqual({ screen: 'library' });
    expect(parseRoute('#/progress/')).toEqual({ screen: 'library' });
    expect(parseRoute('#/draft/d1/NOT_A_SECTION')).toEqual({ screen: 'draft', draftId: 'd1', sectionId: null });
  });
});

describe('library formatting', () => {
  it('shows the period with an en dash', () => {
    expect(formatPeriod(2025, 2028)).toBe('2025–2028');
    expect(formatPeriod(2025, null)).toBe('From 2025');
    expect(formatPeriod(null, 2028)).toBe('Until 2028');
    expect(formatPeriod(null, null)).toBe('Not set');
  });

  it('shows the last edit in British date order with a 24-hour time', () => {
    const local = new Date(2025, 2, 3, 14, 2).toISOString();
    expect(formatLastEdited(local)).toBe('3 Mar 2025, 14:02');
    expect(formatLastEdited('not a date')).toBe('not a date');
  });
});
