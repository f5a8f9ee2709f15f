import type { ApiClient } from '../../shared/api/client.js';
import type { ApiResult } from '../../shared/api/errors.js';
import type { SnapshotRestore } from '../../shared/cowriting/snapshot.js';
import type { SignOffBoard } from '../cowriting/signOffBoard.js';
import { COVER_KEY, type DraftSession } from '../draft/draftSession.js';

/**
 * Restores as the draft screen performs them: save what is typed, ask
 * storage to restore (which writes a new revision, so it can be undone by
 * restoring again), then read the restored text back into the session.
 * The editor's undo history for a restored section starts again, because
 * it described edits to text that is no longer there.
 */

type Session = Pick<DraftSession, 'draftId' | 'flush' | 'flushAll' | 'sectionRevision' | 'reloadFromStorage'>;
type Board = Pick<SignOffBoard, 'refresh' | 'reportResets'>;

export async function restoreSectionVersion(client: ApiClient, session: Session, board: Board, sectionId: string, revisionId: number): Promise<ApiResult<void>> {
  await session.flush(sectionId);
  const result = await client.call('drafts.restoreRevision', { id: session.draftId, sectionId, revisionId, baseRevision: session.sectionRevision(sectionId) });
  if (!result.ok) return result;
  await session.reloadFromStorage(sectionId);
  await board.refresh();
  if (result.value.signOffReset) board.reportResets([sectionId], () => 'Restoring an earlier version changed an approved section, so it needs review again.');
  return { ok: true, value: undefined };
}

export async function restoreDraftSnapshot(client: ApiClient, session: Session, board: Board, snapshotId: number): Promise<ApiResult<SnapshotRestore>> {
  await session.flushAll();
  const result = await client.call('drafts.restoreSnapshot', { id: session.draftId, snapshotId });
  if (!result.ok) return result;
  const restored = result.value;
  for (const sectionId of restored.restoredSections) await session.reloadFromStorage(sectionId);
  if (restored.coverRestored) await session.reloadFromStorage(COVER_KEY);
  await board.refresh();
  board.reportResets(restored.signOffReset, (ids) =>
    ids.length === 1 ? 'The snapshot changed an approved section, so it needs review again.' : `The snapshot changed ${ids.length} approved sections, so they need review again.`,
  );
  return result;
}
