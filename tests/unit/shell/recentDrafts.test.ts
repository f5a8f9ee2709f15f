import { describe, expect, it } from 'vitest';
import { changesRecentDrafts, recentDraftLabel, recentDrafts } from '../../../electron/shell/recentDrafts.js';
import type { DraftSummary } from '../../../shared/model/draft.js';

function draft(id: string, updatedAt: string, title = `Draft ${id}`, council = ''): DraftSummary {
  return { id, templateId: 'england-strategy', title, council, periodStart: null, periodEnd: null, createdAt: updatedAt, updatedAt, trashedAt: null };
}

describe('recentDrafts', () => {
  it('lists the most recently edited first, up to the limit', () => {
    const drafts = [draft('a', '2026-01-01T10:00:00.000Z'), draft('b', '2026-03-01T10:00:00.000Z'), draft('c', '2026-02-01T10:00:00.000Z')];
    expect(recentDrafts(drafts, 2).map((d) => d.id)).toEqual(['b', 'c']);
    expect(drafts.map((d) => d.id)).toEqual(['a', 'b', 'c']);
  });
});

describe('recentDraftLabel', () => {
  it('names the council when there is one and keeps ampersands literal', () => {
    expect(recentDraftLabel(draft('a', '2026-01-01T00:00:00.000Z', 'Care & Support', 'Barsetshire'))).toBe('Care && Support — Barsetshire');
    expect(recentDraftLabel(draft('a', '2026-01-01T00:00:00.000Z', 'Strategy', '  '))).toBe('Strategy');
  });
});

describe('changesRecentDrafts', () => {
  it('rebuilds the menu after list-changing calls only', () => {
    expect(changesRecentDrafts('drafts.create')).toBe(true);
    expect(changesRecentDrafts('drafts.rename')).toBe(true);
    expect(changesRecentDrafts('drafts.createAnnualReport')).toBe(true);
    expect(changesRecentDrafts('drafts.updateSection')).toBe(false);
    expect(changesRecentDrafts('drafts.list')).toBe(false);
    expect(changesRecentDrafts(42)).toBe(false);
  });
});
