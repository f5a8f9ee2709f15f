import type { MeasureKind } from './measures.js';

/**
 * Small numbers are never printed: a count of children under the threshold
 * could identify them. This is the one function the progress screen, the
 * charts, the CLI and the exports call to turn a figure into text.
 */

export const DEFAULT_SUPPRESS_BELOW = 5;

// Made when first needed: making it loads the locale's data, tens of milliseconds every command line start would pay.
let numberFormat: Intl.NumberFormat | undefined;

/** Whether a figure of this kind is hidden: a count under the threshold (nought included: "none" identifies too). */
export function isSuppressed(value: number, kind: MeasureKind, suppressBelow: number): boolean {
  return kind === 'count' && value < suppressBelow;
}

/** "52%", "1,204", "12.5" or, for a small count, "fewer than 5". */
export function printedFigure(value: number, kind: MeasureKind, suppressBelow: number): string {
  if (isSuppressed(value, kind, suppressBelow)) return `fewer than ${suppressBelow}`;
  numberFormat ??= new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });
  const number = numberFormat.format(value);
  return kind === 'percentage' ? `${number}%` : number;
}
