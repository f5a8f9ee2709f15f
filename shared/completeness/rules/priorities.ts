import type { SectionContext, ListItemData } from '../sectionContext.js';
import { normaliseText } from '../text.js';
import type { ElementCheck, SectionRule } from './sectionRule.js';

/**
 * The priorities are the numbered list of the section (the first one, if
 * there are several): the measures refer to them by these numbers.
 */
export function readPriorities(context: SectionContext): ListItemData[] {
  return context.orderedLists[0] ?? [];
}

const ACTIONS = /\b(?:we will|will|actions?|deliver\w*|develop\w*|introduce\w*|improve\w*|review\w*|launch\w*|create\w*|increase\w*|reduce\w*|ensure\w*|provide\w*|set up|build\w*|expand\w*)\b/i;
const LEAD = /\b(?:lead|leads|led by|owner|owned by|responsible|accountable|champion|sponsor)\b/i;
const TIMESCALE = /\b(?:by|from|until|before|during|within)\s+(?:(?:the\s+)?(?:end|spring|summer|autumn|winter|january|february|march|april|may|june|july|august|september|october|november|december|Q[1-4])\b|(?:19|20)\d{2})|\b(?:19|20)\d{2}(?:[/-]\d{2,4})?\b|\b(?:timescales?|deadline|ongoing|quarterly|annually|each year|every year|within \d+ (?:weeks|months|years))\b/i;

/** When actions, leads and timescales are set out in a table instead of inside each item. */
function tableColumns(context: SectionContext): Set<string> {
  const columns = new Set<string>();
  for (const table of context.tables) for (const cell of table.rows[0] ?? []) columns.add(normaliseText(cell.text));
  return columns;
}

function hasColumn(columns: Set<string>, pattern: RegExp): boolean {
  return [...columns].some((column) => pattern.test(column));
}

function perPriority(items: ListItemData[], element: string, pattern: RegExp, coveredByTable: boolean, what: string): ElementCheck {
  const lacking = coveredByTable ? [] : items.filter((item) => !pattern.test(item.text));
  const first = lacking[0];
  return {
    element,
    passed: lacking.length === 0,
    message: `Give ${what} for priority ${lacking.map((item) => item.number).join(', ')}.`,
    ...(first ? { location: { from: first.from, to: first.to } } : {}),
  };
}

export const prioritiesRule: SectionRule = {
  sectionId: 'priorities',
  check(context) {
    const items = readPriorities(context);
    const columns = tableColumns(context);
    if (items.length === 0) {
      return [{ element: 'numbered-list', passed: false, message: 'Set out the priorities as a numbered list, so that the measures of success can refer to them by number.' }];
    }
    return [
      { element: 'numbered-list', passed: true, message: '' },
      perPriority(items, 'actions', ACTIONS, hasColumn(columns, /\baction/), 'the actions'),
      perPriority(items, 'lead', LEAD, hasColumn(columns, /\b(?:lead|owner|responsible)\b/), 'a lead (a named role or service)'),
      perPriority(items, 'timescale', TIMESCALE, hasColumn(columns, /\b(?:timescale|deadline|by when|when|date)\b/), 'a timescale'),
    ];
  },
};
