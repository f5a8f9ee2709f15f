/**
 * What counts as a placeholder: text a template or a previous draft left for
 * someone to fill in. The templates' starter text marks each one with square
 * brackets ("[Name]", "[First priority]", "[month and year]"); drafts carried
 * over from Word use the other habits listed here ("TBC", "XX%", "dd/mm/yy").
 * Square brackets are not used in finished strategy prose except for
 * reference numbers ("[3]"), so any other bracketed text is a placeholder.
 *
 * This is the one definition: the completeness check, the refusal of a final
 * export and the editor all ask here.
 */
const PLACEHOLDER_SOURCE = String.raw`\[(?!\d+\])[^\]\n]{1,80}\]|\b(?:TBC|TBA|TBD|TODO|FIXME)\b|\b[Xx]{2,}(?:\.[Xx]+)?\s*%|(?<![\p{L}])[Xx]{2,}(?![\p{L}])|\b[Nn]{2,}\s*%|\blorem ipsum\b|\?{3,}|\bdd\/mm\/yy(?:yy)?\b`;

/** A fresh global pattern each call, so no caller shares another's `lastIndex`. */
export function placeholderPattern(): RegExp {
  return new RegExp(PLACEHOLDER_SOURCE, 'gu');
}

export interface PlaceholderMatch {
  /** Offsets into the text searched (UTF-16 code units, as JavaScript strings count). */
  from: number;
  to: number;
  text: string;
}

export function findPlaceholders(text: string): PlaceholderMatch[] {
  const found: PlaceholderMatch[] = [];
  for (const match of text.matchAll(placeholderPattern())) found.push({ from: match.index, to: match.index + match[0].length, text: match[0] });
  return found;
}

export function containsPlaceholder(text: string): boolean {
  return placeholderPattern().test(text);
}
