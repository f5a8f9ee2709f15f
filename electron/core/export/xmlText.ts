/**
 * Text from pastes and imports can hold characters that XML 1.0 forbids
 * (control codes, a lone half of an emoji's surrogate pair). Word refuses to
 * open a file containing one, so they are removed; emoji and right-to-left
 * scripts are ordinary characters and pass through untouched.
 */
const FORBIDDEN_IN_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function xmlSafeText(text: string): string {
  return text.replace(FORBIDDEN_IN_XML, '');
}
