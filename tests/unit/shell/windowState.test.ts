import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_WINDOW_SIZE, parseWindowState, placeWindow, readWindowState, writeWindowState } from '../../../electron/shell/windowState.js';

const laptop = { x: 0, y: 0, width: 1440, height: 900 };
const monitorOnRight = { x: 1440, y: 0, width: 2560, height: 1440 };

describe('placeWindow', () => {
  it('keeps a saved window that is on a screen', () => {
    const saved = { bounds: { x: 100, y: 80, width: 1000, height: 700 }, maximised: false };
    expect(placeWindow(saved, [laptop], laptop)).toEqual(saved);
  });

  it('keeps a window on a second screen while that screen is attached', () => {
    const saved = { bounds: { x: 2000, y: 200, width: 1600, height: 1000 }, maximised: true };
    expect(placeWindow(saved, [laptop, monitorOnRight], laptop)).toEqual(saved);
  });

  it('centres the default size on the primary screen when the saved screen has gone', () => {
    const saved = { bounds: { x: 2000, y: 200, width: 1600, height: 1000 }, maximised: false };
    const placed = placeWindow(saved, [laptop], laptop);
    expect(placed.bounds).toEqual({
      x: (laptop.width - DEFAULT_WINDOW_SIZE.width) / 2,
      y: (laptop.height - DEFAULT_WINDOW_SIZE.height) / 2,
      width: DEFAULT_WINDOW_SIZE.width,
      height: DEFAULT_WINDOW_SIZE.height,
    });
  });

  it('does not trust a window whose title bar is above the screen', () => {
    const saved = { bounds: { x: 100, y: -500, width: 1000, height: 900 }, maximised: false };
    expect(placeWindow(saved, [laptop], laptop).bounds.y).toBeGreaterThanOrEqual(0);
  });

  it('shrinks and moves a window that no longer fits its screen', () => {
    const saved = { bounds: { x: 1300, y: 100, width: 2000, height: 1200 }, maximised: false };
    expect(placeWindow(saved, [laptop], laptop).bounds).toEqual({ x: 0, y: 0, width: 1440, height: 900 });
  });

  it('fits the default size to a small primary screen', () => {
    const small = { x: 0, y: 0, width: 1024, height: 700 };
    expect(placeWindow(undefined, [small], small)).toEqual({ bounds: { x: 0, y: 0, width: 1024, height: 700 }, maximised: false });
  });
});

describe('parseWindowState', () => {
  it.each([null, {}, { bounds: { x: 0, y: 0, width: 0, height: 10 }, maximised: false }, { bounds: { x: 'a', y: 0, width: 10, height: 10 }, maximised: false }])(
    'rejects %j',
    (value) => expect(parseWindowState(value)).toBeUndefined(),
  );
});

describe('readWindowState and writeWindowState', () => {
  it('round-trips through the file and ignores a damaged one', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cps-window-'));
    try {
      const file = path.join(dir, 'nested', 'window-state.json');
      expect(readWindowState(file)).toBeUndefined();
      const state = { bounds: { x: 10, y: 20, width: 900, height: 600 }, maximised: true };
      writeWindowState(file, state);
      expect(readWindowState(file)).toEqual(state);
      expect(fs.readdirSync(path.dirname(file))).toEqual(['window-state.json']);
      fs.writeFileSync(file, '{"bounds": {');
      expect(readWindowState(file)).toBeUndefined();
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
