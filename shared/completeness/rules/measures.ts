import { STRUCTURED_TABLE_COLUMNS } from '../../model/structuredTables.js';
import { cellText, describeRows, findTable, numbersIn, readRecords, type TableRecord } from './structuredTable.js';
import { readPriorities } from './priorities.js';
import type { ElementCheck, SectionRule } from './sectionRule.js';

const COLUMNS = STRUCTURED_TABLE_COLUMNS.measures;
/** A date column holds a year, a month and year, a full date or a financial year; "TBC" is not a date. */
const DATE_VALUE = /\b(?:19|20)\d{2}\b|\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b/;

const REQUIRED: { column: string; element: string; what: string; date?: boolean }[] = [
  { column: 'Priority', element: 'priority', what: 'the number of the priority each measure belongs to' },
  { column: 'Indicator', element: 'indicator', what: 'an indicator (what is measured)' },
  { column: 'Baseline', element: 'baseline', what: 'a baseline value' },
  { column: 'Baseline date', element: 'baseline-date', what: 'the date of the baseline', date: true },
  { column: 'Target', element: 'target', what: 'a target value' },
  { column: 'Target date', element: 'target-date', what: 'the date by which the target should be met', date: true },
  { column: 'Source', element: 'source', what: 'the data source' },
  { column: 'Owner', element: 'owner', what: 'an owner' },
];

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

export const measuresRule: SectionRule = {
  sectionId: 'measures',
  dependsOn: ['priorities'],
  check(context, env) {
    const table = findTable(context.tables, 'measures', COLUMNS);
    if (!table) {
      return [{ element: 'table', passed: false, message: 'Set out the measures in a measures table (Priority, Indicator, Baseline, Baseline date, Target, Target date, Source, Owner).' }];
    }
    const { records, missingColumns } = readRecords(table, COLUMNS);
    const checks: ElementCheck[] = [
      { element: 'table', passed: missingColumns.length === 0, message: `The measures table is missing the column${missingColumns.length === 1 ? '' : 's'} ${missingColumns.join(', ')}.`, location: table.location },
      { element: 'rows', passed: records.length > 0, message: 'Add at least one measure to the measures table.', location: table.location },
    ];
    if (records.length === 0) return checks;
    for (const required of REQUIRED) {
      if (!missingColumns.includes(required.column)) checks.push(columnCheck(records, required.column, required.element, required.what, required.date === true));
    }
    const prioritiesSection = env.section('priorities');
    const priorities = prioritiesSection ? readPriorities(prioritiesSection) : [];
    if (priorities.length > 0 && !missingColumns.includes('Priority')) {
      const referenced = new Set(records.flatMap((record) => numbersIn(cellText(record, 'Priority'))));
      const known = new Set(priorities.map((priority) => priority.number));
      const unmeasured = priorities.filter((priority) => !referenced.has(priority.number)).map((priority) => priority.number);
      checks.push({
        element: 'measure-per-priority',
        passed: unmeasured.length === 0,
        message: `Add at least one measure for priority ${unmeasured.join(', ')} (put the priority's number in the Priority column).`,
      });
      const strayIndex = records.findIndex((record) => numbersIn(cellText(record, 'Priority')).some((number) => !known.has(number)));
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
};
