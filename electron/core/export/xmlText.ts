import { printableText } from './printableText.js';

/** Text as the Word file may hold it: what XML 1.0 forbids is what `printableText` removes. */
export const xmlSafeText = printableText;
