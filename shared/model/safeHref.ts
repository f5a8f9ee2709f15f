/**
 * Links in a strategy may only point to the web or to an e-mail address.
 * Anything else (javascript:, data:, file:, vbscript:) is dropped, because
 * the text comes from pastes and imported files we do not trust.
 */
export function safeHref(raw: string): string | null {
  // Browsers ignore control characters and whitespace inside a scheme ("java\nscript:"), so we do too.
  const href = raw.trim();
  const compact = href.replace(/[\u0000-\u0020\u007f-\u009f]/g, '').toLowerCase();
  if (/^(https?:\/\/|mailto:)/.test(compact)) return href;
  if (/^[a-z][a-z0-9+.-]*:/.test(compact)) return null;
  // Scheme-less text such as "www.example.gov.uk" is meant for the web.
  if (/^www\.[^\s]+$/.test(compact)) return `https://${href}`;
  return null;
}
