import { describe, expect, it } from 'vitest';
import { finalExportBlockers } from '../../../shared/cowriting/finalExportBlockers.js';
import { canTransition, countSignOff, initialSignOff, signOffAfterEdit, SIGN_OFF_STATES, transitionSignOff, type SectionSignOff } from '../../../shared/cowriting/signOff.js';
import type { Draft } from '../../../shared/model/draft.js';
import { paragraphDoc, TEST_TEMPLATE } from '../core/fixtures.js';

const change = { by: 'Morgan', at: '2026-03-12T10:00:00.000Z' };

function moved(from: SectionSignOff, to: (typeof SIGN_OFF_STATES)[number], note?: string): SectionSignOff {
  const result = transitionSignOff(from, to, { ...change, note }, { written: true, fourEyes: false });
  if (!result.ok) throw new Error(result.message);
  return result.signOff;
}

describe('section sign-off', () => {
  it('allows exactly the moves of the review cycle', () => {
    const allowed = SIGN_OFF_STATES.flatMap((from) => SIGN_OFF_STATES.filter((to) => canTransition(from, to)).map((to) => `${from}>${to}`));
    expect(allowed.sort()).toEqual(['approved>draft', 'approved>ready-for-review', 'draft>ready-for-review', 'ready-for-review>approved', 'ready-for-review>draft'].sort());
  });

  it('records who approved, when, and the note', () => {
    const ready = moved(initialSignOff(), 'ready-for-review');
    expect(ready).toEqual({ state: 'ready-for-review', changedBy: 'Morgan', changedAt: change.at, note: '' });
    expect(moved(ready, 'approved', '  Agreed at Board  ')).toEqual({ state: 'approved', approvedBy: 'Morgan', approvedAt: change.at, note: 'Agreed at Board' });
  });

  it('refuses approving a draft nobody was asked to review, and a move to the same state, with a message', () => {
    const straight = transitionSignOff(initialSignOff(), 'approved', change, { written: true, fourEyes: false });
    expect(straight.ok).toBe(false);
    expect(!straight.ok && straight.message).toMatch(/ready for review first/);
    const same = transitionSignOff(initialSignOff(), 'draft', change, { written: true, fourEyes: false });
    expect(!same.ok && same.message).toMatch(/already marked "Draft"/);
  });

  it('sends approved text back to review when it is edited, and leaves other states alone', () => {
    const approved = moved(moved(initialSignOff(), 'ready-for-review'), 'approved');
    const edited = signOffAfterEdit(approved, { by: 'Alex', at: 'later' });
    expect(edited).toEqual({ reset: true, signOff: { state: 'ready-for-review', changedBy: 'Alex', changedAt: 'later', note: '' } });
    const ready = moved(initialSignOff(), 'ready-for-review');
    expect(signOffAfterEdit(ready, { by: 'Alex', at: 'later' })).toEqual({ reset: false, signOff: ready });
  });

  it('counts sections in each state', () => {
    expect(countSignOff(['draft', 'approved', 'approved', 'ready-for-review'])).toEqual({ draft: 1, readyForReview: 1, approved: 2 });
  });
});

describe('final export blockers', () => {
  const approved: SectionSignOff = { state: 'approved', approvedBy: 'Morgan', approvedAt: change.at, note: '' };
  const draftWith = (signOffs: Record<string, SectionSignOff | undefined>): Draft => ({
    id: 'd',
    templateId: TEST_TEMPLATE.id,
    title: 'T',
    cover: { council: '', title: '', periodStart: null, periodEnd: null, date: '', version: '', owner: '', approvingBody: '' },
    coverRevision: 0,
    sections: Object.entries(signOffs).map(([id, signOff]) => ({ id, doc: paragraphDoc('x'), revision: 0, updatedAt: change.at, signOff })),
    createdAt: change.at,
    updatedAt: change.at,
    trashedAt: null,
  });

  it('lists each required text section that is not approved, by title, and nothing for optional ones or the cover', () => {
    const blockers = finalExportBlockers(draftWith({ introduction: moved(initialSignOff(), 'ready-for-review'), measures: undefined, glossary: undefined }), TEST_TEMPLATE);
    expect(blockers).toEqual(['"Introduction" is not approved yet (it is marked "Ready for review").', '"Measures of success" is not approved yet (it is marked "Draft").']);
  });

  it('names a required section missing from the draft, and is empty when every required section is approved', () => {
    expect(finalExportBlockers(draftWith({ introduction: approved }), TEST_TEMPLATE)).toEqual(['"Measures of success" is missing from this strategy.']);
    expect(finalExportBlockers(draftWith({ introduction: approved, measures: approved, glossary: undefined }), TEST_TEMPLATE)).toEqual([]);
  });
});
