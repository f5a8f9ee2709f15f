import { useCallback, useEffect, useRef, type RefObject } from 'react';
import type { DraftSummary } from '../../shared/model/draft.js';

/**
 * Deleting, restoring or moving a draft to the trash removes its row, and with it the button that had the
 * focus, so the focus would fall to the page and a keyboard user would start again from the top. Once the
 * list comes back without that draft, the focus goes to the first control of the row now in its place (the
 * next draft, or the one before when it was the last), or to the screen's heading when the list is empty.
 * Not if the user has put the focus somewhere in the meantime.
 */
export function useFocusAfterRemoval(
  drafts: readonly DraftSummary[] | null,
  table: RefObject<HTMLElement | null>,
  heading: RefObject<HTMLElement | null>,
): (removed: DraftSummary) => void {
  const pending = useRef<{ id: string; index: number } | null>(null);

  useEffect(() => {
    const removal = pending.current;
    if (removal === null || drafts === null) return;
    pending.current = null;
    const focusLost = document.activeElement === null || document.activeElement === document.body;
    if (!focusLost || drafts.some((draft) => draft.id === removal.id)) return;
    const rows = table.current?.querySelectorAll('tbody tr') ?? [];
    const row = rows[Math.min(removal.index, rows.length - 1)];
    const target = row?.querySelector<HTMLElement>('button') ?? heading.current;
    target?.focus();
  }, [drafts, table, heading]);

  return useCallback(
    (removed: DraftSummary) => {
      pending.current = { id: removed.id, index: drafts?.findIndex((draft) => draft.id === removed.id) ?? 0 };
    },
    [drafts],
  );
}
