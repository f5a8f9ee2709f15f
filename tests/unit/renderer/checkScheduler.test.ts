import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CheckScheduler } from '../../../renderer/completeness/checkScheduler.js';

describe('CheckScheduler', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  const scheduler = (run: () => void) => new CheckScheduler({ run, delayMs: 300, maxWaitMs: 1500 });

  it('checks once after a pause in typing, not on every keystroke', () => {
    const run = vi.fn();
    const checks = scheduler(run);
    for (let key = 0; key < 5; key += 1) {
      checks.request();
      vi.advanceTimersByTime(100);
    }
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(200);
    expect(run).toHaveBeenCalledTimes(1);
    expect(checks.pending).toBe(false);
  });

  it('still checks every maxWaitMs during unbroken typing', () => {
    const run = vi.fn();
    const checks = scheduler(run);
    for (let key = 0; key < 40; key += 1) {
      checks.request();
      vi.advanceTimersByTime(100);
    }
    // 4 s of typing at one key per 100 ms: a check at 1.5 s and at 3 s.
    expect(run).toHaveBeenCalledTimes(2);
  });

  it('runs at once on demand and cancels the wait', () => {
    const run = vi.fn();
    const checks = scheduler(run);
    checks.request();
    checks.runNow();
    expect(run).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(2000);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('does nothing once disposed', () => {
    const run = vi.fn();
    const checks = scheduler(run);
    checks.request();
    checks.dispose();
    checks.request();
    vi.advanceTimersByTime(2000);
    expect(run).not.toHaveBeenCalled();
  });
});
