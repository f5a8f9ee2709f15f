import { convertWordLists } from './wordLists.js';

/**
 * Word, Outlook and web pages put a lot around the content they copy:
 * style sheets, scripts, conditional comments for old Office versions,
 * XML islands and Office namespace tags (`<o:p>`, `<w:…>`, `<v:…>`). None of
 * it belongs in a strategy, and parsing it costs time on large pastes, so it
 * is removed with plain string scanning before ProseMirror's parser (whose
 * schema rules then drop anything else unknown and unsafe links). Event
 * handler attributes are removed here too, for speed rather than safety.
 * Word's lists, which it pastes as paragraphs with typed-out bullets, are
 * made real lists on the way (see wordLists.ts). Every pattern is anchored
 * on a literal and matches lazily up to a literal terminator, so the work
 * stays linear in the size of the paste.
 */

const BLOCKS_WITH_CONTENT = ['script', 'style', 'xml', 'title', 'noscript', 'template', 'iframe', 'object', 'svg', 'math'];

/** Removed first: what holds no content of the paste, so that nothing inside it is mistaken for list items. */
const CONTAINERS: readonly RegExp[] = [
  // Office's conditional comments. "]>" and not "]-->": Outlook's `<!--[if !supportLists]-->` is a plain comment, and
  // reading it as the start of a block would swallow everything up to the next real `<![endif]-->`.
  /<!--\[if[^\]]*\]>[\s\S]*?<!\[endif\]-->/gi,
  /<!--[\s\S]*?-->/g,
  ...BLOCKS_WITH_CONTENT.map((tag) => new RegExp(`<${tag}\\b[\\s\\S]*?</${tag}\\s*>`, 'gi')),
  // An opening tag whose closing tag never came (truncated clipboard data): drop it and everything after.
  ...BLOCKS_WITH_CONTENT.map((tag) => new RegExp(`<${tag}\\b[\\s\\S]*$`, 'gi')),
];

/** Removed once Word's lists are read: the markers of the "downlevel-revealed" conditionals (their content is kept) and Office tags. */
const MARKUP: readonly RegExp[] = [
  /<!\[if[^>]*>|<!\[endif\]>/gi,
  /<(meta|link|base)\b[^>]*>/gi,
  // Namespaced Office tags are dropped but their text (rarely any) is kept.
  /<\/?[a-z]+:[a-z0-9_-]+\b[^>]*>/gi,
];

/** An opening tag, with quoted attribute values that may contain ">". Each branch starts differently, so matching cannot backtrack badly. */
const OPENING_TAG = /<[a-z][a-z0-9:-]*\b(?:[^>"']|"[^"]*"|'[^']*')*>/gi;
const EVENT_HANDLER = /\s+on[a-z]+\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+)/gi;
const HAS_EVENT_HANDLER = /\son[a-z]+\s*=/i;

/**
 * The schema would drop `onclick` and friends anyway, but the browser
 * still compiles (and, under our CSP, refuses and logs) every handler it
 * meets while reading the paste, which costs seconds on a large paste.
 */
function stripEventHandlers(html: string): string {
  return html.replace(OPENING_TAG, (tag) => (HAS_EVENT_HANDLER.test(tag) ? tag.replace(EVENT_HANDLER, '') : tag));
}

export function cleanPastedHtml(html: string): string {
  let cleaned = html;
  for (const pattern of CONTAINERS) cleaned = cleaned.replace(pattern, '');
  cleaned = convertWordLists(cleaned);
  for (const pattern of MARKUP) cleaned = cleaned.replace(pattern, '');
  return stripEventHandlers(cleaned);
}
