/**
 * The listener list every renderer store keeps (sessions, boards, trays, the
 * live check): `add` returns its own unsubscribe, which is the shape
 * `useSyncExternalStore` wants, and `clear` lets a disposed store drop them all.
 */
export class Listeners<Args extends unknown[] = []> {
  private readonly listeners = new Set<(...args: Args) => void>();

  add = (listener: (...args: Args) => void): (() => void) => {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  };

  get size(): number {
    return this.listeners.size;
  }

  notify(...args: Args): void {
    for (const listener of this.listeners) listener(...args);
  }

  clear(): void {
    this.listeners.clear();
  }
}
