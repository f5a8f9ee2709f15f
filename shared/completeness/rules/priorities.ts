import { z } from 'zod';
import type { SectionContext, ListItemData } from '../sectionContext.js';
import { normaliseText } from '../text.js';
import { elementId, message, patterns } from './params.js';
import { sectionRule, type ElementCheck } from './sectionRule.js';

/**
 * The priorities are the numbered list of the section (the first one, if
 * there are several): the measures refer to them by these numbers.
 */
export function readPriorities(context: SectionContext): ListItemData[] {
  return context.orderedLists[0] ?? [];
}

/** When actions, leads and timescales are set out in a table instead of inside each item. */
function tableColumns(context: SectionContext): string[] {
  const columns = new Set<string>();
  for (const table of context.tables) for (const cell of table.rows[0] ?? []) columns.add(normaliseText(cell.text));
  return [...columns];
}

function perPriority(items: ListItemData[], element: string, cues: RegExp[], coveredByTable: boolean, what: string): ElementCheck {
  const lacking = coveredByTable ? [] : items.filter((item) => !cues.some((cue) => cue.test(item.text)));
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
    each: z.array(z.strictObject({ element: elementId, what: message, cues: patterns, column: patterns })).min(1),
  }),
  elements: (params) => ['numbered-list', ...params.each.map((entry) => entry.element)],
  check(context, _env, params) {
    const items = readPriorities(context);
    if (items.length === 0) {
      return [{ element: 'numbered-list', passed: false, message: 'Set out the priorities as a numbered list, so that the measures of success can refer to them by number.' }];
    }
    const columns = tableColumns(context);
    return [
      { element: 'numbered-list', passed: true, message: '' },
      ...params.each.map((entry) => perPriority(items, entry.element, entry.cues, columns.some((column) => entry.column.some((cue) => cue.test(column))), entry.what)),
    ];
  },
});
