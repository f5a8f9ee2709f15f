import { z } from 'zod';
import type { TableKind } from '../../model/schema.js';
import { sectionWithRole } from '../../template/template.js';
import { cellText, describeRows, findTable, numbersIn, readRecords, type TableRecord } from './structuredTable.js';
import { readPriorities } from './priorities.js';
import { elementId, message } from './params.js';
import { sectionRule, type ElementCheck } from './sectionRule.js';

/** The structured table kind this rule reads (a kind of table, not a section). */
const MEASURES_TABLE: TableKind = 'measures';

/** A date column holds a year, a month and year, a full date or a financial year; "TBC" is not a date. */
const DATE_VALUE = /\b(?:19|20)\d{2}\b|\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b/;

function columnCheck(records: TableRecord[], column: string, element: string, what: string, date: boolean): ElementCheck {
  const lacking = records.flatMap((record, index) => {
    const value = cellText(record, column);
    return value === '' || (date && !DATE_VALUE.test(value)) ? [index] : [];
  });
  const first = lacking[0] === undefined ? undefined : records[lacking[0]];
  return {
    element,
    passed: lacking.length === 0,
    message: `Add ${what} in ${describeRows(lacking)} of the measures table.`,
    ...(first ? { location: { from: first.from, to: first.to } } : {}),
  };
}

/**
 * The measures table: its columns (by header text, in any order) each
 * filled in on every row, dates that are dates, and, when the section with
 * the priorities role has a numbered list, a measure for every priority and
 * none for a priority that does not exist. `priorityColumn` names the column
 * holding priority numbers.
 */
export const measuresTableRule = sectionRule({
  kind: 'section',
  id: 'measures-table',
  summary: 'The measures table: its columns filled in on every row, dates that are dates, and a measure for every priority of the section with the priorities role.',
  params: z.strictObject({
    columns: z.array(z.strictObject({ column: message, element: elementId, what: message, date: z.boolean().default(false) })).min(1),
    priorityColumn: message,
  }),
  readsRoles: ['priorities'],
  elements: (params) => ['table', 'rows', ...params.columns.map((column) => column.element), 'measure-per-priority', 'unknown-priority'],
  check(context, env, params) {
    const names = params.columns.map((column) => column.column);
    const table = findTable(context.tables, MEASURES_TABLE, names);
    if (!table) {
      return [{ element: 'table', passed: false, message: `Set out the measures in a measures table (${names.join(', ')}).` }];
    }
    const { records, missingColumns } = readRecords(table, names);
    const checks: ElementCheck[] = [
      { element: 'table', passed: missingColumns.length === 0, message: `The measures table is missing the column${missingColumns.length === 1 ? '' : 's'} ${missingColumns.join(', ')}.`, location: table.location },
      { element: 'rows', passed: records.length > 0, message: 'Add at least one measure to the measures table.', location: table.location },
    ];
    if (records.length === 0) return checks;
    for (const column of params.columns) {
      if (!missingColumns.includes(column.column)) checks.push(columnCheck(records, column.column, column.element, column.what, column.date));
    }
    const prioritiesSection = sectionWithRole(env.template, 'priorities');
    const prioritiesContext = prioritiesSection ? env.section(prioritiesSection.id) : undefined;
    const priorities = prioritiesContext ? readPriorities(prioritiesContext) : [];
    if (priorities.length > 0 && names.includes(params.priorityColumn) && !missingColumns.includes(params.priorityColumn)) {
      const referenced = new Set(records.flatMap((record) => numbersIn(cellText(record, params.priorityColumn))));
      const known = new Set(priorities.map((priority) => priority.number));
      const unmeasured = priorities.filter((priority) => !referenced.has(priority.number)).map((priority) => priority.number);
      checks.push({
        element: 'measure-per-priority',
        passed: unmeasured.length === 0,
        message: `Add at least one measure for priority ${unmeasured.join(', ')} (put the priority's number in the ${params.priorityColumn} column).`,
      });
      const strayIndex = records.findIndex((record) => numbersIn(cellText(record, params.priorityColumn)).some((number) => !known.has(number)));
      const stray = records[strayIndex];
      if (stray) {
        checks.push({
          element: 'unknown-priority',
          passed: false,
          message: `Row ${strayIndex + 1} of the measures table refers to a priority that is not in the numbered list of priorities (there are ${priorities.length}).`,
          location: { from: stray.from, to: stray.to },
        });
      }
    }
    return checks;
  },
});
