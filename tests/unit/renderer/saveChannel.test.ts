import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SaveReceipt } from '../../../shared/api/contract.js';
import type { ApiResult } from '../../../shared/api/errors.js';
import { SaveChannel, retryDelayMs, type SaveState } from '../../../renderer/draft/saveChannel.js';

type Send = (value: string, baseRevision: number) => Promise<ApiResult<SaveReceipt>>;

const saved = (revision: number): ApiResult<SaveReceipt> => ({ ok: true, value: { revision, updatedAt: '2025-01-01T00:00:00Z' } });
const failed = (code: 'storage-failed' | 'conflict', message: string): ApiResult<SaveReceipt> => ({ ok: false, error: { code, message } });

function channel(send: Send, revision = 3) {
  const states: SaveState[] = [];
  const sendSpy = vi.fn(send);
  const instance = new SaveChannel<string>({ revision, send: sendSpy, onStateChange: (state) => states.push(state), now: () => new Date(2025, 0, 1, 14, 2) });
  return { instance, states, sendSpy };
}

describe('SaveChannel', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('waits for a pause in typing, then sends only the newest value with the base revision', async () => {
    const { instance, sendSpy, states } = channel(async () => saved(4));
    instance.change('a');
    await vi.advanceTimersByTimeAsync(500);
    instance.change('ab');
    await vi.advanceTimersByTimeAsync(500);
    expect(sendSpy).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(400);
    expect(sendSpy).toHaveBeenCalledTimes(1);
    expect(sendSpy).toHaveBeenCalledWith('ab', 3);
    expect(instance.baseRevision).toBe(4);
    expect(instance.hasUnsavedChanges).toBe(false);
    expect(states.map((state) => state.kind)).toEqual(['pending', 'saving', 'clean']);
  });

  it('saves at once on flush and chains revisions across saves', async () => {
    let next = 10;
    const { instance, sendSpy } = channel(async () => saved(next++), 9);
    instance.change('one');
    await instance.flush();
    instance.change('two');
    await instance.flush();
    expect(sendSpy.mock.calls).toEqual([
      ['one', 9],
      ['two', 10],
    ]);
  });

  it('sends typing that arrived during a save straight after it, based on the new revision', async () => {
    let release: (result: ApiResult<SaveReceipt>) => void = () => undefined;
    const { instance, sendSpy } = channel(() => new Promise((resolve) => (release = resolve)));
    instance.change('first');
    const round = instance.flush();
    instance.change('second');
    release(saved(4));
    await vi.advanceTimersByTimeAsync(0);
    release(saved(5));
    await round;
    expect(sendSpy.mock.calls).toEqual([
      ['first', 3],
      ['second', 4],
    ]);
    expect(instance.hasUnsavedChanges).toBe(false);
  });

  it('keeps the value and retries with growing pauses when storage fails', async () => {
    const results = [failed('storage-failed', 'The disk is full.'), failed('storage-failed', 'The disk is full.'), saved(4)];
    const { instance, sendSpy, states } = channel(async () => results.shift() ?? saved(99));
    instance.change('text');
    await instance.flush();
    expect(states.at(-1)).toEqual({ kind: 'failed', reason: 'The disk is full.', retryInMs: 1000 });
    expect(instance.hasUnsavedChanges).toBe(true);
    await vi.advanceTimersByTimeAsync(1000);
    expect(sendSpy).toHaveBeenCalledTimes(2);
    expect(states.at(-1)).toMatchObject({ kind: 'failed', retryInMs: 2000 });
    await vi.advanceTimersByTimeAsync(1999);
    expect(sendSpy).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(sendSpy).toHaveBeenCalledTimes(3);
    expect(sendSpy.mock.calls.every(([value, base]) => value === 'text' && base === 3)).toBe(true);
    expect(instance.hasUnsavedChanges).toBe(false);
    expect(states.at(-1)).toMatchObject({ kind: 'clean' });
  });

  it('never resends after a conflict, keeps the unsaved value, and resumes only after a reset', async () => {
    const { instance, sendSpy, states } = channel(async () => failed('conflict', 'Someone else saved first.'));
    instance.change('mine');
    await instance.flush();
    instance.change('mine, continued');
    await vi.advanceTimersByTimeAsync(60_000);
    await instance.flush();
    expect(sendSpy).toHaveBeenCalledTimes(1);
    expect(states.at(-1)).toEqual({ kind: 'conflict', message: 'Someone else saved first.' });
    expect(instance.unsavedValue).toBe('mine, continued');

    instance.reset(7);
    expect(instance.hasUnsavedChanges).toBe(false);
    sendSpy.mockImplementation(async () => saved(8));
    instance.change('after reload');
    await instance.flush();
    expect(sendSpy).toHaveBeenLastCalledWith('after reload', 7);
  });

  it('holds a value that cannot be saved yet and counts it as unsaved', async () => {
    const { instance, sendSpy, states } = channel(async () => saved(4));
    instance.hold('check the period years');
    await instance.flush();
    await vi.advanceTimersByTimeAsync(5000);
    expect(sendSpy).not.toHaveBeenCalled();
    expect(instance.hasUnsavedChanges).toBe(true);
    expect(states.at(-1)).toEqual({ kind: 'held', reason: 'check the period years' });
    instance.change('fixed');
    await instance.flush();
    expect(sendSpy).toHaveBeenCalledWith('fixed', 3);
  });

  it('backs off to at most thirty seconds', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 20].map(retryDelayMs)).toEqual([1000, 2000, 4000, 8000, 16000, 30000, 30000, 30000]);
  });
});
