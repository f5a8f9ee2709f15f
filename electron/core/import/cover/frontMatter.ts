/**
 * A Markdown file's front matter (the YAML block between `---` lines that
 * Pandoc, Jekyll and most Markdown editors write) is a title page in
 * key-value form: `author`, `date`, `version`, `approved_by`, `subtitle`.
 * Its simple `key: value` lines are turned into the labelled lines a title
 * page would have ("Approved by: Cabinet"), so the cover is read from them
 * as from any other title page; lists, nested maps and the title (read on
 * its own) are left to the reader.
 */

const KEY_VALUE = /^([A-Za-z][\w -]{0,40}):[ \t]*(.*)$/;
/** Keys whose value is a line of the title page itself, not a labelled field. */
const BARE_KEYS = new Set(['subtitle', 'description', 'subject', 'organisation', 'organization', 'publisher', 'institute']);
/** Markdown tools' own names for the owner of a document. */
const OWNER_KEYS = new Set(['author', 'authors', 'owner', 'strategy owner', 'document owner', 'lead officer']);

export function frontMatterLines(yaml: string): string[] {
  const lines: string[] = [];
  for (const raw of yaml.split('\n')) {
    // Indented lines belong to a list or map under the key above; comments say nothing.
    if (/^\s/.test(raw) || raw.startsWith('#')) continue;
    const match = KEY_VALUE.exec(raw);
    if (!match) continue;
    const key = (match[1] ?? '').replace(/[_-]+/g, ' ').trim().toLowerCase();
    const value = unquoted(match[2] ?? '');
    if (value === '' || key === 'title' || /^[[{|>]/.test(value)) continue;
    if (BARE_KEYS.has(key)) lines.push(value);
    else lines.push(`${OWNER_KEYS.has(key) ? 'Owner' : key.charAt(0).toUpperCase() + key.slice(1)}: ${value}`);
  }
  return lines;
}

function unquoted(value: string): string {
  const trimmed = value.trim();
  const quoted = /^(["'])(.*)\1$/.exec(trimmed);
  return (quoted ? (quoted[2] ?? '') : trimmed.replace(/\s+#.*$/, '')).trim();
}
