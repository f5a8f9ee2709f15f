import { z } from 'zod';
import { sectionWithRole } from '../../template/template.js';
import type { SectionContext, ListItemData, TextBlock } from '../sectionContext.js';
import { normaliseText } from '../text.js';
import { elementId, message, patterns } from './params.js';
import { sectionRule, type ElementCheck } from './sectionRule.js';

/**
 * The priorities are the numbered list of the section (the first one, if
 * there are several): the measures refer to them by these numbers. Many
 * strategies number them otherwise, as sub-headings or paragraphs that open
 * with their number or letter ("Priority 2: …", "Commitment B: …", "3. …",
 * "(c) …"): those are numbered priorities too.
 */
export function readPriorities(context: SectionContext): ListItemData[] {
  return context.orderedLists[0] ?? numberedBlocks(context);
}

const NUMBER_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/**
 * A block's own numbering: an optional paragraph number ("10.2"), then a
 * label word ("Priority", "Commitment", "Aim"…) with a number, letter or
 * number word, or a bare number or letter closed by ".", ")" or brackets.
 * The label word is any capitalised word, so a council's own name for its
 * priorities needs no list.
 */
const NUMBERING = new RegExp(
  String.raw`^(?:\d+(?:\.\d+)+\.?\s+)?(?:([A-Z][a-z]+)\s+(\d{1,2}|[A-Z]|${NUMBER_WORDS.map((word) => `[${word[0]?.toUpperCase() ?? ''}${word[0] ?? ''}]${word.slice(1)}`).join('|')})\b\s*[:.)\u2013\u2014-]?|\(?(\d{1,2}|[A-Za-z])[.)])\s+\S`,
);
/** A heading numbered by its place in the chapter ("8.1 Homes", "8.2 Health"): the last part counts. */
const HEADING_NUMBER = /^\d+(?:\.\d+)*\.(\d+)\.?\s+\S/;

interface Numbered {
  /** What sets a run apart: the block's kind and its label word, lower-cased. */
  style: string;
  value: number;
  blockIndex: number;
}

function valueOf(token: string): number {
  if (/^\d+$/.test(token)) return Number(token);
  const word = NUMBER_WORDS.indexOf(token.toLowerCase());
  if (word >= 0) return word + 1;
  return token.toLowerCase().charCodeAt(0) - 96;
}

function numberingOf(block: TextBlock, blockIndex: number): Numbered | undefined {
  if (block.kind !== 'heading' && block.kind !== 'paragraph') return undefined;
  const match = NUMBERING.exec(block.text);
  if (match) {
    const token = match[2] ?? match[3] ?? '';
    return { style: `${block.kind} ${match[1]?.toLowerCase() ?? ''} ${/^\d+$/.test(token) ? '1' : 'a'}`, value: valueOf(token), blockIndex };
  }
  // A paragraph number alone is the document's numbering, not the priorities'; a sub-heading's is theirs.
  const heading = block.kind === 'heading' ? HEADING_NUMBER.exec(block.text) : null;
  return heading ? { style: 'heading 1.1', value: Number(heading[1]), blockIndex } : undefined;
}

/** The first run of blocks of one style numbered 1, 2, 3… (or A, B, C…), at least two long. */
function numberedBlocks(context: SectionContext): ListItemData[] {
  const runs = new Map<string, Numbered[]>();
  context.blocks.forEach((block, blockIndex) => {
    const numbered = numberingOf(block, blockIndex);
    if (!numbered) return;
    const run = runs.get(numbered.style) ?? [];
    if (numbered.value === run.length + 1) run.push(numbered);
    runs.set(numbered.style, run);
  });
  const run = [...runs.values()].filter((candidate) => candidate.length >= 2).sort((a, b) => (a[0]?.blockIndex ?? 0) - (b[0]?.blockIndex ?? 0))[0] ?? [];
  return run.map((entry, index) => {
    const next = run[index + 1]?.blockIndex ?? context.blocks.length;
    let last = entry.blockIndex;
    // An item runs to the next priority, or to the next heading after it (the action plan, say).
    while (last + 1 < next && context.blocks[last + 1]?.kind !== 'heading') last += 1;
    const block = context.blocks[entry.blockIndex];
    const end = context.blocks[last];
    const text = context.blocks.slice(entry.blockIndex, last + 1).map((part) => part.text).join('\n');
    return { number: entry.value, title: block?.text ?? '', text, from: block?.from ?? 0, to: end ? end.from + end.text.length : 0 };
  });
}

/** When actions, leads and timescales are set out in a table instead of inside each item: here, or in the action plan. */
function tableColumns(contexts: (SectionContext | undefined)[]): string[] {
  const columns = new Set<string>();
  for (const context of contexts) for (const table of context?.tables ?? []) for (const cell of table.rows[0] ?? []) columns.add(normaliseText(cell.text));
  return [...columns];
}

/**
 * A table column answers for every priority, unless the entry is the
 * priority's own (`ownFirst`) and most priorities give it in their own
 * words: then the strategy's way is to name it under each priority, and one
 * that does not ("Lead: …" under every priority but the third) is the gap a
 * reader sees, whatever the actions' owners in the table.
 */
function perPriority(items: ListItemData[], element: string, cues: RegExp[], coveredByTable: boolean, ownFirst: boolean, what: string): ElementCheck {
  const without = items.filter((item) => !cues.some((cue) => cue.test(item.text)));
  const givenInTheirOwnWords = ownFirst && without.length * 2 <= items.length;
  const lacking = coveredByTable && !givenInTheirOwnWords ? [] : without;
  const first = lacking[0];
  return {
    element,
    passed: lacking.length === 0,
    message: `Give ${what} for priority ${lacking.map((item) => item.number).join(', ')}.`,
    ...(first ? { location: { from: first.from, to: first.to } } : {}),
  };
}

/**
 * The priorities as a numbered list, each giving what the pack asks of every
 * priority (actions, a lead, a timescale…), in its own words or in a table
 * with a column for it (matched by `column`, on lower-cased header text).
 */
export const prioritiesListRule = sectionRule({
  kind: 'section',
  id: 'priorities-list',
  summary: 'Priorities as a numbered list, each giving what each entry asks (in its own words, or in a table with a matching column).',
  params: z.strictObject({
    each: z
      .array(
        z.strictObject({
          element: elementId,
          what: message,
          cues: patterns,
          column: patterns,
          /** What belongs to the priority itself (its lead), not to its actions: when most priorities give it in their own words, a table column does not answer for one that does not. */
          ownFirst: z.boolean().optional(),
        }),
      )
      .min(1),
  }),
  elements: (params) => ['numbered-list', ...params.each.map((entry) => entry.element)],
  check(context, env, params) {
    const items = readPriorities(context);
    if (items.length === 0) {
      return [{ element: 'numbered-list', passed: false, message: 'Set out the priorities as a numbered list, so that the measures of success can refer to them by number.' }];
    }
    const actionPlan = sectionWithRole(env.template, 'action-plan');
    const columns = tableColumns([context, actionPlan && actionPlan.id !== context.id ? env.section(actionPlan.id) : undefined]);
    return [
      { element: 'numbered-list', passed: true, message: '' },
      ...params.each.map((entry) => perPriority(items, entry.element, entry.cues, columns.some((column) => entry.column.some((cue) => cue.test(column))), entry.ownFirst === true, entry.what)),
    ];
  },
});
