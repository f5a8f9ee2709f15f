import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

export interface Bounds {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState {
  bounds: Bounds;
  maximised: boolean;
}

export const DEFAULT_WINDOW_SIZE = { width: 1280, height: 860 } as const;
export const MIN_WINDOW_SIZE = { width: 720, height: 480 } as const;

/** How much of the window must still be on a screen to count as "where the user left it". */
const MIN_VISIBLE = { width: 120, height: 60 } as const;

const windowStateSchema = z.object({
  bounds: z.object({
    x: z.number().int(),
    y: z.number().int(),
    width: z.number().int().positive(),
    height: z.number().int().positive(),
  }),
  maximised: z.boolean(),
});

/** The saved file is ours, but it can still be truncated or edited by hand: anything odd means "no saved state". */
export function parseWindowState(value: unknown): WindowState | undefined {
  const parsed = windowStateSchema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

/**
 * Where to open the window: the saved place if its title bar is still on
 * one of today's screens (a monitor may have been unplugged), shrunk to fit
 * that screen; otherwise the default size centred on the primary screen.
 */
export function placeWindow(saved: WindowState | undefined, workAreas: readonly Bounds[], primaryWorkArea: Bounds): WindowState {
  if (saved) {
    const home = workAreas.find((area) => titleBarIsVisible(saved.bounds, area));
    if (home) return { bounds: fitInside(saved.bounds, home), maximised: saved.maximised };
  }
  const width = Math.min(DEFAULT_WINDOW_SIZE.width, primaryWorkArea.width);
  const height = Math.min(DEFAULT_WINDOW_SIZE.height, primaryWorkArea.height);
  return {
    bounds: {
      x: primaryWorkArea.x + Math.round((primaryWorkArea.width - width) / 2),
      y: primaryWorkArea.y + Math.round((primaryWorkArea.height - height) / 2),
      width,
      height,
    },
    maximised: saved?.maximised ?? false,
  };
}

function titleBarIsVisible(bounds: Bounds, area: Bounds): boolean {
  const topInside = bounds.y >= area.y && bounds.y < area.y + area.height;
  const overlapWidth = Math.min(bounds.x + bounds.width, area.x + area.width) - Math.max(bounds.x, area.x);
  const overlapHeight = Math.min(bounds.y + bounds.height, area.y + area.height) - Math.max(bounds.y, area.y);
  return topInside && overlapWidth >= MIN_VISIBLE.width && overlapHeight >= MIN_VISIBLE.height;
}

function fitInside(bounds: Bounds, area: Bounds): Bounds {
  const width = Math.min(bounds.width, area.width);
  const height = Math.min(bounds.height, area.height);
  return {
    x: Math.min(Math.max(bounds.x, area.x), area.x + area.width - width),
    y: Math.min(Math.max(bounds.y, area.y), area.y + area.height - height),
    width,
    height,
  };
}

/** A missing or unreadable file just means the window opens in its default place. */
export function readWindowState(file: string): WindowState | undefined {
  try {
    return parseWindowState(JSON.parse(fs.readFileSync(file, 'utf8')));
  } catch {
    return undefined;
  }
}

/** Written beside and renamed into place, so a crash mid-write cannot leave half a file. */
export function writeWindowState(file: string, state: WindowState): void {
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(temporary, JSON.stringify(state, null, 2));
  fs.renameSync(temporary, file);
}
