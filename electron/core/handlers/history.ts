import type { Handlers } from '../../../shared/api/dispatch.js';
import type { LibraryStores } from '../libraryStores.js';

type HistoryMethod = 'drafts.revision' | 'drafts.createSnapshot' | 'drafts.snapshots' | 'drafts.snapshot' | 'drafts.restoreRevision' | 'drafts.restoreSnapshot';

export function historyHandlers(stores: () => LibraryStores): Pick<Handlers, HistoryMethod> {
  const history = () => stores().history;
  return {
    'drafts.revision': (request) => history().revision(request.id, request.revisionId),
    'drafts.createSnapshot': (request) => history().createSnapshot(request.id, request.name),
    'drafts.snapshots': (request) => history().snapshots(request.id),
    'drafts.snapshot': (request) => history().snapshot(request.id, request.snapshotId),
    'drafts.restoreRevision': (request) => history().restoreRevision(request.id, request.sectionId, request.revisionId, request.baseRevision),
    'drafts.restoreSnapshot': (request) => history().restoreSnapshot(request.id, request.snapshotId),
  };
}
