import { describe, expect, it } from 'vitest';
import type { SaveReceipt } from '../../../shared/api/contract.js';
import type { SectionSignOff } from '../../../shared/cowriting/signOff.js';
import { SignOffBoard } from '../../../renderer/cowriting/signOffBoard.js';
import { describeSignOff, describeSignOffCounts, SIGN_OFF_RESET_MESSAGE, signOffActions } from '../../../renderer/cowriting/signOffText.js';
import { fakeClient } from './fakeClient.js';

const approved: SectionSignOff = { state: 'approved', approvedBy: 'Sam Patel', approvedAt: '2025-03-12T10:00:00Z', note: 'Fine' };

function fakeSession() {
  let saved: ((sectionId: string, receipt: SaveReceipt) => void) | null = null;
  const flushed: string[] = [];
  return {
    link: {
      draftId: 'd1',
      flush: async (key: string) => {
        flushed.push(key);
      },
      sectionRevision: () => 7,
      onSectionSaved: (listener: (sectionId: string, receipt: SaveReceipt) => void) => {
        saved = listener;
        return () => {
          saved = null;
        };
      },
    },
    flushed,
    save: (sectionId: string, receipt: SaveReceipt) => saved?.(sectionId, receipt),
  };
}

describe('sign-off wording', () => {
  it('names who approved and when, in words', () => {
    expect(describeSignOff(approved)).toBe('Approved by Sam Patel on 12 March 2025');
    expect(describeSignOff({ state: 'draft', changedBy: null, changedAt: null, note: '' })).toBe('Draft');
    expect(describeSignOff({ state: 'ready-for-review', changedBy: 'Jo', changedAt: '2025-01-02T09:00:00Z', note: '' })).toBe('Ready for review (marked by Jo on 2 January 2025)');
  });

  it('offers only the moves the review flow allows', () => {
    expect(signOffActions('draft').map((action) => action.label)).toEqual(['Mark ready for review']);
    expect(signOffActions('ready-for-review').map((action) => action.label)).toEqual(['Approve…', 'Send back to draft']);
    expect(signOffActions('approved').map((action) => action.label)).toEqual(['Mark ready for review', 'Send back to draft']);
  });

  it('sums up a draft for the library', () => {
    expect(describeSignOffCounts({ draft: 10, readyForReview: 2, approved: 3 })).toBe('3 of 15 approved, 2 ready for review');
    expect(describeSignOffCounts({ draft: 4, readyForReview: 0, approved: 0 })).toBe('0 of 4 approved');
  });
});

describe('SignOffBoard', () => {
  const draft = { sections: [{ id: 'vision', doc: { type: 'doc' }, revision: 7, updatedAt: '', signOff: approved }] };

  it('saves typing first and approves the revision on screen', async () => {
    const session = fakeSession();
    const { client, calls } = fakeClient(() => ({ ok: true, value: { sectionId: 'pledge', signOff: approved } }));
    const board = new SignOffBoard(draft, session.link, client);
    const result = await board.move('pledge', 'approved', '  Looks right  ');
    expect(result.ok).toBe(true);
    expect(session.flushed).toEqual(['pledge']);
    expect(calls[0]).toEqual({ method: 'drafts.setSectionState', request: { id: 'd1', sectionId: 'pledge', state: 'approved', note: 'Looks right', baseRevision: 7 } });
    expect(board.signOff('pledge').state).toBe('approved');
  });

  it('keeps the old state and returns the error when storage refuses', async () => {
    const session = fakeSession();
    const { client } = fakeClient(() => ({ ok: false, error: { code: 'conflict', message: 'The text changed.' } }));
    const board = new SignOffBoard(draft, session.link, client);
    const result = await board.move('vision', 'draft');
    expect(result.ok).toBe(false);
    expect(board.signOff('vision')).toEqual(approved);
  });

  it('shows an approved section as back in review, and says why, when a save reset it', async () => {
    const session = fakeSession();
    const reread = { state: 'ready-for-review', changedBy: 'Jo', changedAt: '2025-03-13T10:00:00Z', note: '' };
    const { client } = fakeClient(() => ({ ok: true, value: { sections: [{ id: 'vision', signOff: reread }] } }));
    const board = new SignOffBoard(draft, session.link, client);
    let renders = 0;
    board.subscribe(() => (renders += 1));
    session.save('vision', { revision: 8, updatedAt: '', signOffReset: true });
    expect(board.signOff('vision').state).toBe('ready-for-review');
    expect(board.currentNotice).toEqual({ sectionId: 'vision', message: SIGN_OFF_RESET_MESSAGE });
    await Promise.resolve();
    await Promise.resolve();
    expect(board.signOff('vision')).toEqual(reread);
    expect(renders).toBeGreaterThanOrEqual(2);
    board.dismissNotice();
    expect(board.currentNotice).toBeNull();
  });

  it('says nothing for ordinary saves', () => {
    const session = fakeSession();
    const board = new SignOffBoard(draft, session.link, fakeClient(() => ({ ok: true, value: {} })).client);
    session.save('vision', { revision: 8, updatedAt: '' });
    expect(board.currentNotice).toBeNull();
    expect(board.signOff('vision')).toEqual(approved);
  });
});
