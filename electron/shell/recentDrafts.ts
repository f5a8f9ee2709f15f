import type { DraftSummary } from '../../shared/model/draft.js';

export const RECENT_DRAFTS_LIMIT = 10;

/** The drafts the File › Open recent menu lists: most recently edited first. */
export function recentDrafts(drafts: readonly DraftSummary[], limit: number = RECENT_DRAFTS_LIMIT): DraftSummary[] {
  // ISO timestamps order correctly as plain strings; localeCompare could reorder them by locale rules.
  return [...drafts].sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0)).slice(0, limit);
}

/** "Title — Council"; a single & would become a keyboard accelerator on Windows and Linux, so it is doubled. */
export function recentDraftLabel(draft: DraftSummary): string {
  const label = draft.council.trim() ? `${draft.title} — ${draft.council}` : draft.title;
  return label.replace(/&/g, '&&');
}

/**
 * Calls after which the recent list may read differently. Section saves are
 * left out: they only reorder the list, and rebuilding the native menu on
 * every autosave would be wasted work.
 */
const METHODS_CHANGING_RECENT = new Set([
  'library.startFresh',
  'drafts.create',
  'drafts.updateCover',
  'drafts.rename',
  'drafts.duplicate',
  'drafts.trash',
  'drafts.restore',
  'drafts.purge',
  'drafts.importPortable',
  'drafts.restoreSnapshot',
  'import.apply',
  'drafts.createAnnualReport',
]);

export function changesRecentDrafts(method: unknown): boolean {
  return typeof method === 'string' && METHODS_CHANGING_RECENT.has(method);
}
