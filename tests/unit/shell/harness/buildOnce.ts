import { buildShell } from './builtShell.js';

/**
 * Vitest global setup: the shell tests judge dist/, so it is built once
 * before any test file runs; building it from each file would let one file
 * rewrite main.cjs while another loads it.
 */
export default function setup(): void {
  buildShell();
}
