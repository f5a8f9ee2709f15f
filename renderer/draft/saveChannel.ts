import type { SaveReceipt } from '../../shared/api/contract.js';
import type { ApiResult } from '../../shared/api/errors.js';

/**
 * Autosave for one thing that is saved on its own (one section, or the
 * cover): waits for a pause in typing, sends the newest value with the
 * revision it was based on, and keeps the value until storage confirms it.
 * Failures are retried with growing pauses for as long as it takes; a
 * conflict (someone else saved first) is never retried, because sending
 * again would overwrite their work.
 */

export type SaveState =
  | { kind: 'clean'; savedAt: Date | null }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'failed'; reason: string; retryInMs: number }
  | { kind: 'held'; reason: string }
  | { kind: 'conflict'; message: string };

export interface SaveChannelOptions<T> {
  revision: number;
  send(value: T, baseRevision: number): Promise<ApiResult<SaveReceipt>>;
  onStateChange(state: SaveState): void;
  idleMs?: number;
  now?: () => Date;
}

export const IDLE_BEFORE_SAVE_MS = 800;
const MAX_RETRY_DELAY_MS = 30_000;

/** 1 s, 2 s, 4 s … up to 30 s between attempts. */
export function retryDelayMs(failedAttempts: number): number {
  return Math.min(MAX_RETRY_DELAY_MS, 1000 * 2 ** Math.max(0, failedAttempts - 1));
}

export class SaveChannel<T> {
  private latest: T | undefined;
  private dirty = false;
  private heldReason: string | null = null;
  private revision: number;
  private failedAttempts = 0;
  private idleTimer: ReturnType<typeof setTimeout> | null = null;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private running: Promise<void> | null = null;
  private disposed = false;
  private state: SaveState = { kind: 'clean', savedAt: null };
  private readonly options: SaveChannelOptions<T>;

  constructor(options: SaveChannelOptions<T>) {
    this.options = options;
    this.revision = options.revision;
  }

  get currentState(): SaveState {
    return this.state;
  }

  get baseRevision(): number {
    return this.revision;
  }

  get hasUnsavedChanges(): boolean {
    return this.dirty || this.heldReason !== null;
  }

  /** The newest value not yet confirmed by storage (kept through failures and conflicts). */
  get unsavedValue(): T | undefined {
    return this.hasUnsavedChanges ? this.latest : undefined;
  }

  /** Records a new value and saves it after the next pause in typing. */
  change(value: T): void {
    if (this.disposed) return;
    this.latest = value;
    this.dirty = true;
    this.heldReason = null;
    if (this.state.kind === 'conflict') return;
    this.clearIdleTimer();
    this.idleTimer = setTimeout(() => {
      this.idleTimer = null;
      void this.flush();
    }, this.options.idleMs ?? IDLE_BEFORE_SAVE_MS);
    if (this.running === null && this.state.kind !== 'failed') this.setState({ kind: 'pending' });
  }

  /** The value cannot be saved as it stands (e.g. a half-typed year); it is kept and counted as unsaved. */
  hold(reason: string): void {
    if (this.disposed) return;
    this.clearIdleTimer();
    this.heldReason = reason;
    if (this.state.kind !== 'conflict') this.setState({ kind: 'held', reason });
  }

  /** Saves now, without waiting for the pause. Resolves when this round of saving is over. */
  flush(): Promise<void> {
    this.clearIdleTimer();
    if (this.disposed || this.state.kind === 'conflict' || this.heldReason !== null) return this.running ?? Promise.resolve();
    if (this.running !== null) return this.running;
    if (!this.dirty) return Promise.resolve();
    this.clearRetryTimer();
    this.running = this.pump().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  /** After the user reloaded from storage: their value is dropped and saving resumes from the stored revision. */
  reset(revision: number): void {
    this.clearIdleTimer();
    this.clearRetryTimer();
    this.revision = revision;
    this.latest = undefined;
    this.dirty = false;
    this.heldReason = null;
    this.failedAttempts = 0;
    this.setState({ kind: 'clean', savedAt: null });
  }

  dispose(): void {
    this.disposed = true;
    this.clearIdleTimer();
    this.clearRetryTimer();
  }

  private async pump(): Promise<void> {
    while (this.dirty && !this.disposed && this.heldReason === null) {
      const value = this.latest as T;
      this.dirty = false;
      this.setState({ kind: 'saving' });
      const result = await this.options.send(value, this.revision);
      if (result.ok) {
        this.revision = result.value.revision;
        this.failedAttempts = 0;
        if (this.heldReason !== null) this.setState({ kind: 'held', reason: this.heldReason });
        else if (!this.dirty) this.setState({ kind: 'clean', savedAt: this.options.now?.() ?? new Date() });
        continue;
      }
      // Whatever was just sent is still unsaved; newer typing (if any) is in `latest` already.
      this.dirty = true;
      if (result.error.code === 'conflict') {
        this.setState({ kind: 'conflict', message: result.error.message });
        return;
      }
      this.failedAttempts += 1;
      const retryInMs = retryDelayMs(this.failedAttempts);
      this.setState({ kind: 'failed', reason: result.error.message, retryInMs });
      if (!this.disposed) {
        this.retryTimer = setTimeout(() => {
          this.retryTimer = null;
          void this.flush();
        }, retryInMs);
      }
      return;
    }
  }

  private setState(state: SaveState): void {
    const previous = this.state;
    this.state = state;
    // Typing produces a stream of identical "pending" states; only real changes are worth a re-render.
    if (previous.kind === state.kind && (state.kind === 'pending' || state.kind === 'saving')) return;
    this.options.onStateChange(state);
  }

  private clearIdleTimer(): void {
    if (this.idleTimer !== null) clearTimeout(this.idleTimer);
    this.idleTimer = null;
  }

  private clearRetryTimer(): void {
    if (this.retryTimer !== null) clearTimeout(this.retryTimer);
    this.retryTimer = null;
  }
}
