import { DeletedTextRun, ExternalHyperlink, InsertedTextRun, InternalHyperlink, TextRun, type ParagraphChild } from 'docx';
import type { PrintChange, PrintRun } from '../printModel.js';
import type { RenderContext } from './context.js';
import { SCRIPT_LANGUAGES, scriptStretches } from '../scriptLanguage.js';
import { STYLE_IDS } from './styles.js';
import { printableText } from '../printableText.js';

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
function scriptRuns(text: string, style: RunStyle): TextRun[] {
  return scriptStretches(text).map(
    (stretch) =>
      new TextRun({
        text: printableText(stretch.text),
        bold: style.bold || undefined,
        italics: style.italics || undefined,
        style: style.link ? STYLE_IDS.hyperlink : undefined,
        ...(stretch.script === null ? {} : { rightToLeft: true, language: { bidirectional: SCRIPT_LANGUAGES[stretch.script] } }),
      }),
  );
}

function trackedRun(text: string, style: RunStyle, change: PrintChange, context: RenderContext): ParagraphChild {
  const options = {
    text: printableText(text),
    bold: style.bold || undefined,
    italics: style.italics || undefined,
    style: style.link ? STYLE_IDS.hyperlink : undefined,
    id: context.nextRevisionId(),
    author: printableText(change.author),
    date: wordDate(change.at),
  };
  return change.kind === 'insertion' ? new InsertedTextRun(options) : new DeletedTextRun(options);
}

/** Word's runs for a stretch of one print run: a tracked change, a cross-reference to a section's bookmark, or plain text. */
function textRuns(run: PrintRun, text: string, context: RenderContext): ParagraphChild[] {
  const style = { bold: run.bold, italics: run.italic, link: run.link !== undefined };
  if (run.change !== undefined) return [trackedRun(text, style, run.change, context)];
  const bookmark = run.link?.kind === 'section' ? context.references.get(run.link.label) : undefined;
  if (run.link?.kind === 'section') return bookmark === undefined ? scriptRuns(text, { ...style, link: false }) : [new InternalHyperlink({ anchor: bookmark, children: scriptRuns(text, style) })];
  return scriptRuns(text, style);
}

function leafRuns(run: PrintRun, context: RenderContext): ParagraphChild[] {
  const comments = context.comments();
  const at = run.at;
  if (run.kind === 'break') return [...comments.startsAt(at), new TextRun({ break: 1 }), ...comments.endsAt(at + 1)];
  // Cut where comments begin or end, so each Word comment covers just the words it was made on.
  const bounds = [at, ...comments.cutsWithin(at, at + run.text.length), at + run.text.length];
  const children: ParagraphChild[] = [];
  for (let index = 0; index + 1 < bounds.length; index += 1) {
    const from = bounds[index] as number;
    const to = bounds[index + 1] as number;
    children.push(...comments.startsAt(from), ...textRuns(run, run.text.slice(from - at, to - at), context), ...comments.endsAt(to));
  }
  return children;
}

/** A web link's target; a line break ends a link in Word. */
function webHref(run: PrintRun): string | null {
  return run.kind === 'text' && run.link?.kind === 'web' ? run.link.href : null;
}

/** The runs of a paragraph, heading or table cell line, with neighbouring runs of one web link joined into one hyperlink. */
export function inlineChildren(runs: readonly PrintRun[], context: RenderContext): ParagraphChild[] {
  const children: ParagraphChild[] = [];
  let index = 0;
  while (index < runs.length) {
    const run = runs[index] as PrintRun;
    const href = webHref(run);
    if (href === null) {
      children.push(...leafRuns(run, context));
      index += 1;
      continue;
    }
    const linked: ParagraphChild[] = [];
    while (index < runs.length && webHref(runs[index] as PrintRun) === href) {
      linked.push(...leafRuns(runs[index] as PrintRun, context));
      index += 1;
    }
    children.push(new ExternalHyperlink({ link: href, children: linked }));
  }
  return children;
}
