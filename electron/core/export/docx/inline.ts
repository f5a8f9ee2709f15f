import type { PrintChange, PrintRun } from '../printModel.js';
import type { RenderContext } from './context.js';
import { SCRIPT_LANGUAGES, scriptStretches } from '../scriptLanguage.js';
import { STYLE_IDS } from './styles.js';
import { printableText } from '../printableText.js';
import { LINE_BREAK_RUN, escapeXml, externalHyperlink, internalHyperlink, runProperties, textRun } from './wordXml.js';

interface RunStyle {
  bold: boolean;
  italics: boolean;
  link: boolean;
}

/** Word reads w:date as an xsd:dateTime; whole seconds are what Word itself writes. */
function wordDate(iso: string): string {
  const date = new Date(iso);
  return (Number.isNaN(date.getTime()) ? new Date(0) : date).toISOString().replace(/\.\d+Z$/, 'Z');
}

/** Arabic and Hebrew stretches become runs of their own, marked right to left and with their language (w:rtl, w:lang w:bidi). */
function scriptRuns(text: string, style: RunStyle): string {
  let xml = '';
  for (const stretch of scriptStretches(text)) {
    xml += textRun(printableText(stretch.text), {
      style: style.link ? STYLE_IDS.hyperlink : undefined,
      bold: style.bold,
      italic: style.italics,
      rightToLeft: stretch.script === null ? undefined : SCRIPT_LANGUAGES[stretch.script],
    });
  }
  return xml;
}

/** A suggestion still pending, as Word's tracked insertion (w:ins) or deletion (w:del, whose text is w:delText). */
function trackedRun(text: string, style: RunStyle, change: PrintChange, context: RenderContext): string {
  const properties = runProperties({ style: style.link ? STYLE_IDS.hyperlink : undefined, bold: style.bold, italic: style.italics });
  const attributes = `w:id="${context.nextRevisionId()}" w:author="${escapeXml(printableText(change.author))}" w:date="${wordDate(change.at)}"`;
  const body = escapeXml(printableText(text));
  return change.kind === 'insertion'
    ? `<w:ins ${attributes}><w:r>${properties}<w:t xml:space="preserve">${body}</w:t></w:r></w:ins>`
    : `<w:del ${attributes}><w:r>${properties}<w:delText xml:space="preserve">${body}</w:delText></w:r></w:del>`;
}

/** Word's runs for a stretch of one print run: a tracked change, a cross-reference to a section's bookmark, or plain text. */
function textRuns(run: PrintRun, text: string, context: RenderContext): string {
  const style = { bold: run.bold, italics: run.italic, link: run.link !== undefined };
  if (run.change !== undefined) return trackedRun(text, style, run.change, context);
  if (run.link?.kind === 'section') {
    const bookmark = context.references.get(run.link.label);
    return bookmark === undefined ? scriptRuns(text, { ...style, link: false }) : internalHyperlink(bookmark, scriptRuns(text, style));
  }
  return scriptRuns(text, style);
}

function leafRuns(run: PrintRun, context: RenderContext): string {
  const comments = context.comments();
  const at = run.at;
  if (run.kind === 'break') return comments.startsAt(at) + LINE_BREAK_RUN + comments.endsAt(at + 1);
  // Cut where comments begin or end, so each Word comment covers just the words it was made on.
  const bounds = [at, ...comments.cutsWithin(at, at + run.text.length), at + run.text.length];
  let xml = '';
  for (let index = 0; index + 1 < bounds.length; index += 1) {
    const from = bounds[index] as number;
    const to = bounds[index + 1] as number;
    xml += comments.startsAt(from) + textRuns(run, run.text.slice(from - at, to - at), context) + comments.endsAt(to);
  }
  return xml;
}

/** A web link's target; a line break ends a link in Word. */
function webHref(run: PrintRun): string | null {
  return run.kind === 'text' && run.link?.kind === 'web' ? run.link.href : null;
}

/** The runs of a paragraph, heading or table cell line, with neighbouring runs of one web link joined into one hyperlink. */
export function inlineChildren(runs: readonly PrintRun[], context: RenderContext): string {
  let xml = '';
  let index = 0;
  while (index < runs.length) {
    const run = runs[index] as PrintRun;
    const href = webHref(run);
    if (href === null) {
      xml += leafRuns(run, context);
      index += 1;
      continue;
    }
    let linked = '';
    while (index < runs.length && webHref(runs[index] as PrintRun) === href) {
      linked += leafRuns(runs[index] as PrintRun, context);
      index += 1;
    }
    xml += externalHyperlink(context.webLink(href), linked);
  }
  return xml;
}

/** The text Word lists a heading by in its contents: what the reader sees, with a line break read as a space and deleted words left out. */
export function contentsTitle(runs: readonly PrintRun[]): string {
  return runs.map((run) => (run.kind === 'break' ? ' ' : run.change?.kind === 'deletion' ? '' : printableText(run.text).replace(/[\t\n]/g, ' '))).join('');
}
