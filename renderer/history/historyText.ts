import type { DiffPart } from '../../shared/cowriting/wordDiff.js';
import type { Revision } from '../../shared/model/draft.js';
import { formatLastEdited } from '../library/formatting.js';

/** How the revision log is put into words, and which of its entries are versions of a section's text. */

/** `kind`: what the draft's pack calls the document ("strategy", "plan"). */
const actionText = (kind: string): Record<Revision['action'], string> => ({
  create: `Created the ${kind}`,
  cover: 'Changed the title page',
  section: 'Edited the text',
  rename: `Renamed the ${kind}`,
  trash: 'Moved to the trash',
  restore: 'Brought back from the trash',
  duplicate: 'Made a copy',
  'sign-off': 'Changed the review state',
  attribution: 'Changed who wrote the foreword',
  snapshot: 'Saved a snapshot',
  'restore-revision': 'Restored an earlier version',
  'restore-snapshot': 'Restored a snapshot',
  import: 'Brought back a shared file',
  'import-section': 'Imported from a file',
  'before-import': 'The text before an import',
  'template-upgrade': 'Added by the template’s new version',
});

export function describeAction(action: Revision['action'], documentKind: string): string {
  return actionText(documentKind)[action];
}

const TEXT_VERSION_ACTIONS: ReadonlySet<Revision['action']> = new Set(['section', 'restore-revision', 'restore-snapshot', 'import-section', 'before-import']);

/** Entries whose log record holds the section's whole text: the versions that can be compared and restored. */
export function isTextVersion(revision: Revision): boolean {
  return TEXT_VERSION_ACTIONS.has(revision.action);
}

/** "Edited the text · Sam Patel · 3 Mar 2025, 14:02" */
export function describeRevision(revision: Revision, documentKind: string): string {
  return `${describeAction(revision.action, documentKind)} · ${revision.author || 'Someone'} · ${formatLastEdited(revision.at)}`;
}

export type Comparison = { kind: 'with-current'; version: number } | { kind: 'between'; older: number; newer: number };

/**
 * What a selection of versions asks to compare: one version against the
 * text on screen, or two versions oldest first (log ids only ever grow).
 */
export function comparisonFor(selectedIds: readonly number[]): Comparison | null {
  if (selectedIds.length === 1) return { kind: 'with-current', version: selectedIds[0] as number };
  if (selectedIds.length !== 2) return null;
  const [a, b] = selectedIds as [number, number];
  return { kind: 'between', older: Math.min(a, b), newer: Math.max(a, b) };
}

/** Adds a version to a selection of at most two, dropping the oldest choice when a third is picked. */
export function toggleSelection(selected: readonly number[], id: number): number[] {
  if (selected.includes(id)) return selected.filter((each) => each !== id);
  return [...selected, id].slice(-2);
}

/** A one-line count for screen readers and the heading of a comparison. */
export function summariseDiff(parts: readonly DiffPart[]): string {
  const count = (kind: DiffPart['kind']) => parts.filter((part) => part.kind === kind && part.text.trim() !== '').length;
  const inserted = count('insert');
  const deleted = count('delete');
  if (inserted === 0 && deleted === 0) return 'No differences in the words.';
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return `${plural(inserted, 'insertion')} and ${plural(deleted, 'deletion')}.`;
}
