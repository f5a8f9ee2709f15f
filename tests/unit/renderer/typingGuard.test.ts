import { describe, expect, it } from 'vitest';
import { TYPING_PAUSE_MS, TypingGuard, typesCharacter, type KeyPress } from '../../../renderer/draft/typingGuard.js';

const key = (key: string, at: number, extra: Partial<KeyPress> = {}): KeyPress => ({ key, at, repeat: false, inText: false, ctrlKey: false, metaKey: false, altKey: false, ...extra });

describe('the typing guard', () => {
  it('lets a deliberate press through: Tab to a finding after a pause, then Enter', () => {
    const guard = new TypingGuard();
    guard.record(key('a', 0, { inText: true }));
    guard.record(key('Tab', 3000));
    guard.record(key('Tab', 3400));
    guard.record(key('Enter', 3900));
    expect(guard.pressMeantAsText(3900)).toBe(false);
  });

  it('holds back the Space between two words typed on a button', () => {
    const guard = new TypingGuard();
    guard.record(key('Tab', 0, { inText: true }));
    let at = 2000;
    for (const letter of 'leavers') guard.record(key(letter, (at += 120)));
    guard.record(key(' ', (at += 120)));
    expect(guard.pressMeantAsText(at + 80)).toBe(true);
  });

  it('holds back Enter pressed straight after typing in the text', () => {
    const guard = new TypingGuard();
    guard.record(key('e', 0, { inText: true }));
    guard.record(key('Tab', 150, { inText: true }));
    guard.record(key('Enter', 300));
    expect(guard.pressMeantAsText(300)).toBe(true);
    expect(guard.pressMeantAsText(TYPING_PAUSE_MS + 1)).toBe(false);
  });

  it('lets a quick keyboard user through who moved on with several keys since typing', () => {
    const guard = new TypingGuard();
    guard.record(key('.', 0, { inText: true }));
    guard.record(key('Tab', 50));
    guard.record(key('Enter', 100));
    guard.record(key('Tab', 150));
    guard.record(key('Home', 200));
    guard.record(key('ArrowDown', 250));
    guard.record(key('Enter', 300));
    expect(guard.pressMeantAsText(300)).toBe(false);
  });

  it('holds back a key held down', () => {
    const guard = new TypingGuard();
    guard.record(key('Enter', 5000));
    guard.record(key('Enter', 5030, { repeat: true }));
    expect(guard.pressMeantAsText(5030)).toBe(true);
  });

  it('does not count shortcuts as typing', () => {
    expect(typesCharacter({ key: 's', ctrlKey: true, metaKey: false, altKey: false })).toBe(false);
    expect(typesCharacter({ key: 'ArrowDown', ctrlKey: false, metaKey: false, altKey: false })).toBe(false);
    expect(typesCharacter({ key: 'é', ctrlKey: false, metaKey: false, altKey: false })).toBe(true);
    const guard = new TypingGuard();
    guard.record(key('s', 0, { ctrlKey: true, inText: true }));
    guard.record(key('Enter', 100));
    expect(guard.pressMeantAsText(100)).toBe(false);
  });

  it('lets anything through before a key has been pressed (a mouse user)', () => {
    expect(new TypingGuard().pressMeantAsText(0)).toBe(false);
  });
});
