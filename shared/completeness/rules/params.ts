import { z } from 'zod';
import { patternSource } from '../../template/template.js';

/**
 * The building blocks of rule parameters in `rules.json`. Patterns are
 * JavaScript regular expressions written as source, matched
 * case-insensitively; they are compiled once, when the pack's rules are
 * read, not on every keystroke.
 */

/**
 * The Unicode flag only where a pattern needs it (a `\p{…}` class or a
 * `\u{…}` escape): V8 matches case-insensitive Unicode patterns several
 * times slower, and these run over every section on every check.
 */
export const compile = (source: string): RegExp => new RegExp(source, /\\[pPu]\{/.test(source) ? 'iu' : 'i');

/** One pattern, compiled. */
export const pattern = patternSource.transform(compile);

/** Several phrasings of one thing; any of them will do. */
export const patterns = z.array(patternSource).min(1).transform((sources) => sources.map(compile));

/** An element id as it appears in a finding's rule (`<section>.<element>`). */
export const elementId = z.string().regex(/^[a-z][a-z0-9-]*$/, 'must be lower-case words joined by hyphens');

export const message = z.string().trim().min(1);

export const severity = z.enum(['error', 'warning', 'info']);

export const noParams = z.strictObject({});

/** `{name}` in a message replaced by its value, so a pack's words can carry what the check counted. */
export function fillIn(text: string, values: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
