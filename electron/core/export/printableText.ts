/**
 * Text from pastes and imports can hold characters no reader should see
 * and XML 1.0 forbids (control codes, a lone half of an emoji's surrogate
 * pair): Word refuses to open a file containing one, and the PDF would
 * print a stand-in for it. They are removed from the section titles and
 * title page both formats print, and from everything the Word file holds;
 * emoji and right-to-left scripts are ordinary characters and pass through
 * untouched.
 */
const UNPRINTABLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function printableText(text: string): string {
  return text.replace(UNPRINTABLE, '');
}
