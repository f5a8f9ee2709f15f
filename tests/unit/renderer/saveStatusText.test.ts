import { describe, expect, it } from 'vitest';
import { describeSaveState, formatClockTime, summariseSaveStates } from '../../../renderer/draft/saveStatusText.js';

describe('save status text', () => {
  it('uses 24-hour local time', () => {
    expect(formatClockTime(new Date(2025, 5, 1, 9, 5))).toBe('09:05');
    expect(formatClockTime(new Date(2025, 5, 1, 14, 2))).toBe('14:02');
  });

  it('describes each state in the words the header shows', () => {
    expect(describeSaveState({ kind: 'clean', savedAt: new Date(2025, 0, 1, 14, 2) })).toBe('Saved 14:02');
    expect(describeSaveState({ kind: 'clean', savedAt: null })).toBe('All changes saved');
    expect(describeSaveState({ kind: 'saving' })).toBe('Saving…');
    expect(describeSaveState({ kind: 'pending' })).toBe('Saving…');
    expect(describeSaveState({ kind: 'failed', reason: 'The app could not reach its storage: Failed to fetch.', retryInMs: 1000 })).toBe(
      'Not saved — the app could not reach its storage: Failed to fetch, retrying',
    );
    expect(describeSaveState({ kind: 'held', reason: 'check the period years on the title page' })).toBe('Not saved — check the period years on the title page');
  });

  it('reports the worst state of any section, and otherwise the latest save', () => {
    const early = { kind: 'clean' as const, savedAt: new Date(2025, 0, 1, 10, 0) };
    const late = { kind: 'clean' as const, savedAt: new Date(2025, 0, 1, 11, 30) };
    expect(summariseSaveStates([early, late])).toEqual(late);
    expect(summariseSaveStates([late, { kind: 'saving' }, early]).kind).toBe('saving');
    expect(summariseSaveStates([{ kind: 'saving' }, { kind: 'failed', reason: 'x', retryInMs: 1 }]).kind).toBe('failed');
    expect(summariseSaveStates([{ kind: 'failed', reason: 'x', retryInMs: 1 }, { kind: 'conflict', message: 'y' }]).kind).toBe('conflict');
    expect(summariseSaveStates([])).toEqual({ kind: 'clean', savedAt: null });
  });
});
