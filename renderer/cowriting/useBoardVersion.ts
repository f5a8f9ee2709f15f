import { useSyncExternalStore } from 'react';

interface Observable {
  subscribe(listener: () => void): () => void;
  getVersion(): number;
}

/** Re-renders the caller whenever a co-writing store reports a change. */
export function useBoardVersion(store: Observable): number {
  return useSyncExternalStore(store.subscribe, store.getVersion);
}
