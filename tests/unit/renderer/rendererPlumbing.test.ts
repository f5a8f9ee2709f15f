import { describe, expect, it } from 'vitest';
import { Listeners } from '../../../renderer/app/listeners.js';

describe('Listeners', () => {
  it('tells every listener, with the arguments, until it unsubscribes', () => {
    const listeners = new Listeners<[sectionId: string]>();
    const heard: string[] = [];
    const stopFirst = listeners.add((id) => heard.push(`first ${id}`));
    listeners.add((id) => heard.push(`second ${id}`));
    listeners.notify('a');
    stopFirst();
    listeners.notify('b');
    expect(heard).toEqual(['first a', 'second a', 'second b']);
  });

  it('drops every listener on clear', () => {
    const listeners = new Listeners();
    let calls = 0;
    listeners.add(() => (calls += 1));
    listeners.clear();
    listeners.notify();
    expect(calls).toBe(0);
  });
});
