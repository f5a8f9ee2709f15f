import { findTable, readRecords, cellText } from '../completeness/rules/structuredTable.js';
import { readSection } from '../completeness/sectionContext.js';
import type { Draft } from '../model/draft.js';
import type { TableKind } from '../model/schema.js';
import { sectionWithRole, type Template } from '../template/template.js';
import type { ReportedMeasure } from './annualReport.js';

/** The structured table kind read (a kind of table, not a section). */
const MEASURES_TABLE: TableKind = 'measures';

/** The columns of the structured measures table (shared/model/structuredTables.ts) the report carries over. */
const COLUMN = { indicator: 'Indicator', baseline: 'Baseline', baselineDate: 'Baseline date', target: 'Target', targetDate: 'Target date' } as const;

/**
 * The measures of a strategy, read from the measures table of the section
 * playing the measures role, as the report states them before any figure is
 * recorded: the indicator, the baseline and the target, each with its date.
 * A row with no indicator is a row the officer has not filled in yet.
 */
export function strategyMeasures(template: Template, draft: Pick<Draft, 'sections'>): ReportedMeasure[] {
  const section = sectionWithRole(template, 'measures');
  const content = section ? draft.sections.find((each) => each.id === section.id) : undefined;
  if (!content) return [];
  const read = readSection(content.id, content.doc);
  if (!read.ok) return [];
  const table = findTable(read.context.tables, MEASURES_TABLE, [COLUMN.indicator]);
  if (!table) return [];
  const withDate = (value: string, date: string): string => (value !== '' && date !== '' ? `${value} (${date})` : value || date);
  return readRecords(table, Object.values(COLUMN)).records.flatMap((record) => {
    const indicator = cellText(record, COLUMN.indicator);
    if (indicator === '') return [];
    return [
      {
        indicator,
        baseline: withDate(cellText(record, COLUMN.baseline), cellText(record, COLUMN.baselineDate)),
        target: withDate(cellText(record, COLUMN.target), cellText(record, COLUMN.targetDate)),
      },
    ];
  });
}
