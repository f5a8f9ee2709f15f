import { useCallback, useEffect, useRef, type RefObject } from 'react';

/**
 * Where the keyboard focus goes when the draft screen changes under the user. Screen readers announce what
 * takes the focus, and keyboard users carry on from it, so a change the user asked for moves the focus to
 * the heading of what they asked to see, and a change that removed the focused control does not leave the
 * focus on the page body (announced as nothing, with Tab starting again from the top).
 */

function focusIsLost(): boolean {
  return document.activeElement === null || document.activeElement === document.body;
}

/** The element takes the focus when it first appears, if nothing holds the focus then. */
export function useFocusIfLostOnMount<T extends HTMLElement>(): RefObject<T | null> {
  const ref = useRef<T>(null);
  useEffect(() => {
    if (focusIsLost()) ref.current?.focus();
  }, []);
  return ref;
}

/**
 * The element takes the focus once what the user asked for (`key`) is what is on screen (`shownKey`) —
 * at once if it already is. Not if the user moved the focus on in the meantime: the request stands only
 * while the focus stays on the control that made it.
 */
export function useFocusOnArrival<T extends HTMLElement>(shownKey: string | null): { ref: RefObject<T | null>; request: (key: string) => void } {
  const ref = useRef<T>(null);
  const pending = useRef<{ key: string; from: Element | null } | null>(null);

  const moveIfArrived = useCallback((key: string | null) => {
    const request = pending.current;
    if (request === null || request.key !== key) return;
    pending.current = null;
    if (document.activeElement === request.from || focusIsLost()) ref.current?.focus();
  }, []);

  useEffect(() => moveIfArrived(shownKey), [shownKey, moveIfArrived]);

  const request = useCallback(
    (key: string) => {
      pending.current = { key, from: document.activeElement };
      moveIfArrived(shownKey);
    },
    [shownKey, moveIfArrived],
  );

  return { ref, request };
}
