import { describe, expect, it } from 'vitest';
import type { Revision } from '../../../shared/model/draft.js';
import { comparisonFor, describeRevision, isTextVersion, summariseDiff, toggleSelection } from '../../../renderer/history/historyText.js';
import { sharedFileName } from '../../../renderer/api/saveFile.js';
import { restoreDraftSnapshot, restoreSectionVersion } from '../../../renderer/history/restoreActions.js';
import type { ApiClient } from '../../../shared/api/client.js';
import type { Method, Request } from '../../../shared/api/contract.js';

const revision = (id: number, action: Revision['action']): Revision => ({ id, draftId: 'd', sectionId: 's', author: 'Sam', at: '2025-03-12T10:05:00Z', action });

describe('history wording and selection', () => {
  it('treats only entries that hold the whole text as versions', () => {
    expect(isTextVersion(revision(1, 'section'))).toBe(true);
    expect(isTextVersion(revision(2, 'restore-revision'))).toBe(true);
    expect(isTextVersion(revision(3, 'sign-off'))).toBe(false);
    expect(isTextVersion(revision(4, 'import-section'))).toBe(true);
    expect(isTextVersion(revision(5, 'before-import'))).toBe(true);
  });

  it('says who did what', () => {
    expect(describeRevision(revision(1, 'restore-snapshot'), 'strategy')).toMatch(/^Restored a snapshot · Sam · 12 Mar 2025, \d\d:05$/);
    // An import into the draft is told apart from an edit, and so is the text it replaced.
    expect(describeRevision(revision(2, 'import-section'), 'strategy')).toMatch(/^Imported from a file · Sam · /);
    expect(describeRevision(revision(3, 'before-import'), 'plan')).toMatch(/^The text before an import · Sam · /);
    expect(describeRevision(revision(4, 'create'), 'plan')).toMatch(/^Created the plan · Sam · /);
  });

  it('compares one version with the text now, or two oldest first', () => {
    expect(comparisonFor([])).toBeNull();
    expect(comparisonFor([9])).toEqual({ kind: 'with-current', version: 9 });
    expect(comparisonFor([9, 4])).toEqual({ kind: 'between', older: 4, newer: 9 });
  });

  it('keeps at most two versions selected, dropping the earliest choice', () => {
    expect(toggleSelection([3, 5], 7)).toEqual([5, 7]);
    expect(toggleSelection([3, 5], 3)).toEqual([5]);
  });

  it('counts changes, ignoring changes of spacing only', () => {
    expect(summariseDiff([{ kind: 'equal', text: 'a ' }, { kind: 'insert', text: 'b' }, { kind: 'delete', text: ' ' }])).toBe('1 insertion and 0 deletions.');
    expect(summariseDiff([{ kind: 'equal', text: 'same' }])).toBe('No differences in the words.');
  });
});

describe('shared file names', () => {
  it('are safe on every system and end with the shared file extension', () => {
    expect(sharedFileName('Our strategy: 2025/26.cpsdraft')).toBe('26.cpsdraft');
    expect(sharedFileName('Bright "Futures" <draft>')).toBe('Bright Futures draft.cpsdraft');
    expect(sharedFileName('...')).toBe('strategy.cpsdraft');
  });
});

describe('restoring', () => {
  function fakes(response: unknown) {
    const log: string[] = [];
    const client: ApiClient = {
      call: async <M extends Method>(method: M, request: Request<M>) => {
        log.push(`${method} ${JSON.stringify(request)}`);
        return { ok: true, value: response } as never;
      },
    };
    const session = {
      draftId: 'd1',
      flush: async (key: string) => void log.push(`flush ${key}`),
      flushAll: async () => void log.push('flush all'),
      sectionRevision: () => 4,
      reloadFromStorage: async (key: string) => {
        log.push(`reload ${key}`);
        return { ok: true as const };
      },
    };
    const resets: string[][] = [];
    const board = { refresh: async () => void log.push('refresh'), reportResets: (ids: string[]) => void resets.push(ids) };
    return { log, client, session, board, resets };
  }

  it('saves typing, restores on top of the revision on screen, then reads the section back', async () => {
    const { log, client, session, board, resets } = fakes({ revision: 5, updatedAt: '', signOffReset: true });
    const result = await restoreSectionVersion(client, session, board, 'vision', 12);
    expect(result.ok).toBe(true);
    expect(log).toEqual(['flush vision', 'drafts.restoreRevision {"id":"d1","sectionId":"vision","revisionId":12,"baseRevision":4}', 'reload vision', 'refresh']);
    expect(resets).toEqual([['vision']]);
  });

  it('reloads every section a snapshot put back, and the title page when it changed', async () => {
    const { log, client, session, board, resets } = fakes({ restoredSections: ['vision', 'pledge'], signOffReset: ['pledge'], coverRestored: true });
    await restoreDraftSnapshot(client, session, board, 3);
    expect(log).toEqual(['flush all', 'drafts.restoreSnapshot {"id":"d1","snapshotId":3}', 'reload vision', 'reload pledge', 'reload cover', 'refresh']);
    expect(resets).toEqual([['pledge']]);
  });
});
