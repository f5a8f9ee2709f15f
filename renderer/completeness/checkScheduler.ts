/**
 * When to re-run the completeness check while the writer types. A check
 * after every keystroke would be cheap (the incremental checker takes a
 * fraction of a millisecond) but would redraw the navigator, the panel and
 * the highlights on every key, so checks wait for a short pause; during
 * long unbroken typing they still run every `maxWaitMs`, so the panel never
 * falls far behind.
 */

export interface CheckSchedulerOptions {
  run: () => void;
  /** Quiet time after the last change before checking. */
  delayMs?: number;
  /** The longest a change waits, however fast the typing. */
  maxWaitMs?: number;
}

export const CHECK_DELAY_MS = 300;
export const CHECK_MAX_WAIT_MS = 1500;

export class CheckScheduler {
  private readonly options: CheckSchedulerOptions;
  private timer: ReturnType<typeof setTimeout> | null = null;
  /** When the oldest change not yet checked happened; null when everything is checked. */
  private firstPendingAt: number | null = null;
  private disposed = false;

  constructor(options: CheckSchedulerOptions) {
    this.options = options;
  }

  get pending(): boolean {
    return this.firstPendingAt !== null;
  }

  /** Something changed: check after the next pause, or at the latest when the oldest change has waited `maxWaitMs`. */
  request(): void {
    if (this.disposed) return;
    const now = Date.now();
    this.firstPendingAt ??= now;
    const delay = this.options.delayMs ?? CHECK_DELAY_MS;
    const deadline = this.firstPendingAt + (this.options.maxWaitMs ?? CHECK_MAX_WAIT_MS);
    this.clearTimer();
    this.timer = setTimeout(() => this.runNow(), Math.max(0, Math.min(delay, deadline - now)));
  }

  /** Checks at once (e.g. before an export), cancelling the wait. */
  runNow(): void {
    this.clearTimer();
    if (this.disposed) return;
    this.firstPendingAt = null;
    this.options.run();
  }

  dispose(): void {
    this.disposed = true;
    this.clearTimer();
  }

  private clearTimer(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }
}
