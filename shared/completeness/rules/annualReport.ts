import { z } from 'zod';
import type { TableData } from '../sectionContext.js';
import { normaliseText } from '../text.js';
import { elementId, fillIn, message, patterns } from './params.js';
import { sectionRule, type ElementCheck } from './sectionRule.js';
import { cellText, readRecords, type TableRecord } from './structuredTable.js';

/**
 * The checks of a yearly report on a strategy: every measure reported with
 * a figure and a status, every red status explained, every "you said"
 * answered with a "we did" and a date for telling the young people. The
 * report's tables are ordinary tables found by their column headers, so an
 * officer who rewrites or reorders them keeps the checks.
 */

/** The first table whose header row has all the given columns, in any order. */
function tableWithColumns(tables: readonly TableData[], columns: readonly string[]): TableData | undefined {
  const wanted = columns.map(normaliseText);
  return tables.find((table) => {
    const header = new Set((table.rows[0] ?? []).map((cell) => normaliseText(cell.text)));
    return wanted.every((column) => header.has(column));
  });
}

/** Names rows by what they are about ("Care leavers in education"), or by number when that cell is empty; at most five, then a count. */
function nameRows(records: readonly TableRecord[], indexes: readonly number[], column: string): string {
  const names = indexes.slice(0, 5).map((index) => {
    const record = records[index];
    const text = record ? cellText(record, column) : '';
    return text === '' ? `row ${index + 1}` : `“${text.length > 60 ? `${text.slice(0, 57)}…` : text}”`;
  });
  const more = indexes.length > 5 ? ` and ${indexes.length - 5} more` : '';
  return `${names.join(', ')}${more}`;
}

function rowsCheck(element: string, records: readonly TableRecord[], failing: readonly number[], text: string): ElementCheck {
  const first = failing[0] === undefined ? undefined : records[failing[0]];
  return { element, passed: failing.length === 0, message: text, ...(first ? { location: { from: first.from, to: first.to } } : {}) };
}

const progressColumns = z.strictObject({ indicator: message, latest: message, status: message });

/**
 * Every row of the progress table (one per measure of the strategy) has a
 * latest figure and a status. A latest figure that still says no figure has
 * been recorded (`notReported`, as generated before figures were entered)
 * counts as missing.
 */
export const measuresReportedRule = sectionRule({
  kind: 'section',
  id: 'measures-reported',
  summary:
    'The progress table (found by its column headers) has a row for each measure, each with a latest figure and a status; a latest figure matching notReported counts as missing. {rows} in the messages names the rows.',
  params: z.strictObject({
    columns: progressColumns,
    notReported: patterns,
    elements: z.strictObject({ table: elementId, latest: elementId, status: elementId }),
    messages: z.strictObject({ table: message, latest: message, status: message }),
  }),
  elements: (params) => [params.elements.table, params.elements.latest, params.elements.status],
  check(context, _env, params) {
    const names = [params.columns.indicator, params.columns.latest, params.columns.status];
    const table = tableWithColumns(context.tables, names);
    const { records } = table ? readRecords(table, names) : { records: [] };
    const tableCheck: ElementCheck = { element: params.elements.table, passed: records.length > 0, message: params.messages.table, ...(table ? { location: table.location } : {}) };
    if (records.length === 0) return [tableCheck];
    const unreported = records.flatMap((record, index) => {
      const latest = cellText(record, params.columns.latest);
      return latest === '' || params.notReported.some((pattern) => pattern.test(latest)) ? [index] : [];
    });
    const unrated = records.flatMap((record, index) => (cellText(record, params.columns.status) === '' ? [index] : []));
    return [
      tableCheck,
      rowsCheck(params.elements.latest, records, unreported, fillIn(params.messages.latest, { rows: nameRows(records, unreported, params.columns.indicator) })),
      rowsCheck(params.elements.status, records, unrated, fillIn(params.messages.status, { rows: nameRows(records, unrated, params.columns.indicator) })),
    ];
  },
});

/** Every row whose status is red (any of `red`) has a commentary saying why, and what happens next. */
export const redStatusExplainedRule = sectionRule({
  kind: 'section',
  id: 'red-status-explained',
  summary: 'In the table with the indicator, status and explanation columns, every row whose status matches red has its explanation filled in. {rows} in the message names the rows.',
  params: z.strictObject({
    columns: z.strictObject({ indicator: message, status: message, explanation: message }),
    red: patterns,
    element: elementId,
    message,
  }),
  elements: (params) => [params.element],
  check(context, _env, params) {
    const names = [params.columns.indicator, params.columns.status, params.columns.explanation];
    const table = tableWithColumns(context.tables, names);
    if (!table) return [];
    const { records } = readRecords(table, names);
    const unexplained = records.flatMap((record, index) => {
      const status = cellText(record, params.columns.status);
      return params.red.some((pattern) => pattern.test(status)) && cellText(record, params.columns.explanation) === '' ? [index] : [];
    });
    return [rowsCheck(params.element, records, unexplained, fillIn(params.message, { rows: nameRows(records, unexplained, params.columns.indicator) }))];
  },
});

/** A date column holds a full date, a month and year or a year; "soon" is not a date. */
const DATE_VALUE = /\b(?:19|20)\d{2}\b/;

/** Every "you said" row has a "we did" and the date the young people were, or will be, told. */
export const youSaidWeDidRule = sectionRule({
  kind: 'section',
  id: 'you-said-answered',
  summary:
    'In the table with the you-said, we-did and told-on columns, every row with something in "you said" has a "we did" and a date (with a year) in "told on". {rows} in the messages names the rows.',
  params: z.strictObject({
    columns: z.strictObject({ youSaid: message, weDid: message, toldOn: message }),
    elements: z.strictObject({ table: elementId, weDid: elementId, toldOn: elementId }),
    messages: z.strictObject({ table: message, weDid: message, toldOn: message }),
  }),
  elements: (params) => [params.elements.table, params.elements.weDid, params.elements.toldOn],
  check(context, _env, params) {
    const names = [params.columns.youSaid, params.columns.weDid, params.columns.toldOn];
    const table = tableWithColumns(context.tables, names);
    const { records } = table ? readRecords(table, names) : { records: [] };
    const said = records.filter((record) => cellText(record, params.columns.youSaid) !== '');
    const tableCheck: ElementCheck = { element: params.elements.table, passed: said.length > 0, message: params.messages.table, ...(table ? { location: table.location } : {}) };
    if (said.length === 0) return [tableCheck];
    const unanswered = said.flatMap((record, index) => (cellText(record, params.columns.weDid) === '' ? [index] : []));
    const untold = said.flatMap((record, index) => (cellText(record, params.columns.weDid) !== '' && !DATE_VALUE.test(cellText(record, params.columns.toldOn)) ? [index] : []));
    return [
      tableCheck,
      rowsCheck(params.elements.weDid, said, unanswered, fillIn(params.messages.weDid, { rows: nameRows(said, unanswered, params.columns.youSaid) })),
      rowsCheck(params.elements.toldOn, said, untold, fillIn(params.messages.toldOn, { rows: nameRows(said, untold, params.columns.youSaid) })),
    ];
  },
});

export const ANNUAL_REPORT_RULES = [measuresReportedRule, redStatusExplainedRule, youSaidWeDidRule];
