import { useCallback, useEffect, useRef } from 'react';

/**
 * Tells a key press meant as text from a deliberate "go there". When the
 * focus slips out of the text (a Tab the writer expected to indent), the
 * next keys land on whatever control has it: letters do nothing there, but
 * the Space between two words, or Enter, presses the button, and a finding
 * or a navigator entry would carry the writer off to another section with
 * the rest of their typing. A keyboard press of such a control is taken as
 * text when it is part of a run of typing: the key is held down, a
 * character was typed just before it, or the writer was typing in the text
 * a moment ago and the only key since was the one that took the focus out.
 */

/** Typists leave less than this between keys in a word; someone deciding to press a button, more. */
export const TYPING_PAUSE_MS = 1000;

export interface KeyPress {
  key: string;
  /** The key is held down and repeating. */
  repeat: boolean;
  /** Pressed in a text field or the editor. */
  inText: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  at: number;
}

/** A key that types a character (letters, digits, punctuation, Space), not a shortcut or a movement. */
export function typesCharacter(press: Pick<KeyPress, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>): boolean {
  return !press.ctrlKey && !press.metaKey && !press.altKey && [...press.key].length === 1;
}

/** Keys that change text where there is text: characters, and Enter, Backspace and Delete. */
function editsText(press: KeyPress): boolean {
  return typesCharacter(press) || (!press.ctrlKey && !press.metaKey && (press.key === 'Enter' || press.key === 'Backspace' || press.key === 'Delete'));
}

export class TypingGuard {
  private last: KeyPress | null = null;
  private beforeLast: KeyPress | null = null;
  private lastTextEdit = Number.NEGATIVE_INFINITY;
  private pressesSinceTextEdit = 0;

  record(press: KeyPress): void {
    this.beforeLast = this.last;
    this.last = press;
    if (press.inText && editsText(press)) {
      this.lastTextEdit = press.at;
      this.pressesSinceTextEdit = 0;
    } else this.pressesSinceTextEdit += 1;
  }

  /**
   * Whether a control pressed with the keyboard at `now` was pressed by a key meant as text. The key that
   * pressed it is the last one recorded (Enter, or Space, which presses on release).
   */
  pressMeantAsText(now: number): boolean {
    const press = this.last;
    if (press === null) return false;
    if (press.repeat) return true;
    // Straight out of the text (one key, such as Tab) and onto a control: that key was meant for the text too.
    if (this.pressesSinceTextEdit <= 2 && now - this.lastTextEdit < TYPING_PAUSE_MS) return true;
    const before = this.beforeLast;
    return before !== null && typesCharacter(before) && press.at - before.at < TYPING_PAUSE_MS;
  }
}

function isTextTarget(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || target instanceof HTMLTextAreaElement || (target instanceof HTMLInputElement && !['button', 'checkbox', 'radio', 'submit', 'reset', 'file'].includes(target.type)));
}

/**
 * Watches the keyboard on the whole page and returns a check for click handlers that move the writer
 * elsewhere: true when the click may go ahead (a mouse click, or a deliberate key press).
 */
export function useTypingGuard(): () => boolean {
  const guard = useRef(new TypingGuard());
  const keyboardClick = useRef(false);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) =>
      guard.current.record({ key: event.key, repeat: event.repeat, inText: isTextTarget(event.target), ctrlKey: event.ctrlKey, metaKey: event.metaKey, altKey: event.altKey, at: performance.now() });
    // Captured before React's handlers run: a click with no mouse behind it (detail 0) was a key press.
    const onClick = (event: MouseEvent) => {
      keyboardClick.current = event.detail === 0;
      setTimeout(() => (keyboardClick.current = false), 0);
    };
    document.addEventListener('keydown', onKeyDown, true);
    document.addEventListener('click', onClick, true);
    return () => {
      document.removeEventListener('keydown', onKeyDown, true);
      document.removeEventListener('click', onClick, true);
    };
  }, []);

  return useCallback(() => !(keyboardClick.current && guard.current.pressMeantAsText(performance.now())), []);
}
