/**
 * White space read character by character. The readers pass over every
 * character of a document several times; a regular expression that copies
 * each text (a `replace` of every single space by a space) or a Set looked up
 * per character cost more there than the reading itself.
 */

/** Whether `code` is a character JavaScript's `\s` matches (white space and line terminators, as `trim` removes). */
export function isWhiteSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/** `text.replace(/\s+/g, ' ').trim()`, without building a copy of the many texts that are already so. */
export function squashSpaces(text: string): string {
  return isSquashed(text) ? text : text.replace(/\s+/g, ' ').trim();
}

/** No white space at either end, and none inside but single spaces. */
function isSquashed(text: string): boolean {
  let previousWasSpace = true;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (!isWhiteSpace(code)) previousWasSpace = false;
    else if (previousWasSpace || code !== 0x20) return false;
    else previousWasSpace = true;
  }
  return !previousWasSpace || text.length === 0;
}

/** How many characters of `text` are not white space: equal for two texts whenever their squashed forms are. */
export function visibleLength(text: string): number {
  let visible = 0;
  for (let index = 0; index < text.length; index += 1) if (!isWhiteSpace(text.charCodeAt(index))) visible += 1;
  return visible;
}
