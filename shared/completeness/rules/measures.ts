import { z } from 'zod';
import type { TableKind } from '../../model/schema.js';
import type { TableData } from '../sectionContext.js';
import { sectionWithRole, type Template } from '../../template/template.js';
import { cellText, describeRows, numbersIn, readRecords, type ColumnAliases, type TableRecord } from './structuredTable.js';
import { readPriorities } from './priorities.js';
import { pledgePromisesRule } from './pledge.js';
import type { CoverFields } from '../../model/draft.js';
import { elementId, fillIn, message, patterns } from './params.js';
import { sectionRule, type ElementCheck } from './sectionRule.js';

/** The structured table kind this rule reads (a kind of table, not a section). */
const MEASURES_TABLE: TableKind = 'measures';

/** A date column holds a year, a month and year, a full date or a financial year; "TBC" is not a date. */
const DATE_VALUE = /\b(?:19|20)\d{2}\b|\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b/;

/** A cell that holds a promise of a value rather than one: "TBC", "to be agreed with…", a dash. */
const NO_VALUE_YET = /^(?:tb[acd]|to be (?:agreed|confirmed|decided|set)\b.*|n\/?a|[-\u2013\u2014?]+)$/i;

/** The header over a column the records were read from: the header cell above the column's cells. */
function headerOf(table: TableData, records: readonly TableRecord[], column: string): string {
  const cell = records.map((record) => record.cells.get(column)).find((found) => found !== undefined);
  const row = cell ? table.rows.find((candidate) => candidate.includes(cell)) : undefined;
  const index = cell && row ? row.indexOf(cell) : -1;
  return index < 0 ? '' : (table.rows[0]?.[index]?.text ?? '');
}

function columnCheck(records: TableRecord[], column: string, element: string, what: string, date: boolean, within: string | undefined): ElementCheck {
  const lacking = records.flatMap((record, index) => {
    const value = cellText(record, column);
    // A date read from its figure's cell is not asked for again when the figure itself is still to come.
    if (date && within !== undefined && record.cells.get(column) === record.cells.get(within) && NO_VALUE_YET.test(value)) return [];
    return value === '' || NO_VALUE_YET.test(value) || (date && !DATE_VALUE.test(value)) ? [index] : [];
  });
  const first = lacking[0] === undefined ? undefined : records[lacking[0]];
  return {
    element,
    passed: lacking.length === 0,
    message: `Add ${what} in ${describeRows(lacking)} of the measures table.`,
    ...(first ? { location: { from: first.from, to: first.to } } : {}),
  };
}

/** The figures a cell states, as written ("18%" and "18 per cent" give ["18"]), to tell a target from its baseline. */
const figuresIn = (text: string): string[] => (text.match(/\d+(?:\.\d+)?/g) ?? []).map((figure) => String(Number(figure)));

/** The last year a date cell names: "March 2028" is 2028, "2027/28" and "2027-28" end in 2028. */
function lastYearIn(text: string): number | undefined {
  const years = [...text.matchAll(/\b((?:19|20)\d{2})(?:\s*[-/–]\s*(\d{2})(?!\d))?/g)].map((match) => {
    const start = Number(match[1]);
    return match[2] === undefined ? start : Math.floor(start / 100) * 100 + Number(match[2]);
  });
  return years.length === 0 ? undefined : Math.max(...years);
}

function rowsWhere(records: TableRecord[], test: (record: TableRecord) => boolean): { indexes: number[]; first?: TableRecord } {
  const indexes = records.flatMap((record, index) => (test(record) ? [index] : []));
  const first = indexes[0] === undefined ? undefined : records[indexes[0]];
  return first ? { indexes, first } : { indexes };
}

function rowCheck(element: string, found: { indexes: number[]; first?: TableRecord }, text: string): ElementCheck {
  return { element, passed: found.indexes.length === 0, message: text.replace('{rows}', describeRows(found.indexes)), ...(found.first ? { location: { from: found.first.from, to: found.first.to } } : {}) };
}

const targetChangeParams = z.strictObject({ baseline: message, target: message });
const targetInPeriodParams = z.strictObject({ column: message });
const knownSourceParams = z.strictObject({ column: message, anyOf: patterns, examples: message });
const youngPeopleReportedParams = z.strictObject({ anyOf: patterns, message });
const pledgeThemesParams = z.strictObject({ message });

interface PledgeTheme {
  name: string;
  anyOf: RegExp[];
}

const themesOf = new WeakMap<Template, PledgeTheme[]>();

/**
 * The themes the pack's pledge is checked for (the themes of the
 * pledge-promises rule on the section with the pledge role), so a measure is
 * asked for each promise the pack expects, from one list in rules.json.
 */
function pledgeThemes(template: Template): PledgeTheme[] {
  const cached = themesOf.get(template);
  if (cached) return cached;
  const pledge = sectionWithRole(template, 'pledge');
  const use = pledge ? template.rules.sections[pledge.id]?.find((candidate) => candidate.rule === pledgePromisesRule.id) : undefined;
  const parsed = use ? (pledgePromisesRule.params as z.ZodType<{ themes: PledgeTheme[] }>).safeParse(use.params ?? {}) : undefined;
  const themes = parsed?.success ? parsed.data.themes : [];
  themesOf.set(template, themes);
  return themes;
}

/** A measure for each pledge theme: a row whose words (any cell) match the theme's. */
function themeCheck(records: TableRecord[], template: Template, text: string): ElementCheck[] {
  const themes = pledgeThemes(template);
  if (themes.length === 0) return [];
  const rows = records.map((record) => [...record.cells.values()].map((cell) => cell.text).join(' \t '));
  const unmeasured = themes.filter((theme) => !rows.some((row) => theme.anyOf.some((pattern) => pattern.test(row))));
  return [{ element: 'measure-per-pledge-theme', passed: unmeasured.length === 0, message: fillIn(text, { themes: unmeasured.map((theme) => theme.name).join(', ') }) }];
}

/**
 * What makes a measure one a Board can hold the council to: a target that
 * asks for change (not the baseline again), due while the strategy runs
 * (the title page's period), from a source others can check (the pack's
 * list: national returns, a named survey and its year), and at least one
 * measure young people report themselves, since the strategy's promises
 * are to them. Each is optional in the pack.
 */
function measureQuality(
  records: TableRecord[],
  cover: CoverFields,
  params: {
    targetChange?: z.infer<typeof targetChangeParams> | undefined;
    targetInPeriod?: z.infer<typeof targetInPeriodParams> | undefined;
    knownSource?: z.infer<typeof knownSourceParams> | undefined;
    youngPeopleReported?: z.infer<typeof youngPeopleReportedParams> | undefined;
  },
): ElementCheck[] {
  const checks: ElementCheck[] = [];
  const { targetChange, targetInPeriod, knownSource, youngPeopleReported } = params;
  if (targetChange) {
    const same = rowsWhere(records, (record) => {
      const baseline = figuresIn(cellText(record, targetChange.baseline));
      const target = figuresIn(cellText(record, targetChange.target));
      return target.length > 0 && target.join(' ') === baseline.join(' ');
    });
    checks.push(rowCheck('target-change', same, 'The target is the same as the baseline in {rows} of the measures table: set a target that asks for change, or say why holding steady is the aim.'));
  }
  if (targetInPeriod && cover.periodEnd !== null) {
    const end = cover.periodEnd;
    const late = rowsWhere(records, (record) => (lastYearIn(cellText(record, targetInPeriod.column)) ?? end) > end);
    checks.push(rowCheck('target-in-period', late, `The target date in {rows} of the measures table is after the strategy ends (${end}): bring it within the strategy, or say how it will be carried into the next.`));
  }
  if (knownSource) {
    const unknown = rowsWhere(records, (record) => {
      const source = cellText(record, knownSource.column);
      return source !== '' && !knownSource.anyOf.some((pattern) => pattern.test(source));
    });
    checks.push(rowCheck('known-source', unknown, `Name a source others can check in {rows} of the measures table, for example ${knownSource.examples}.`));
  }
  if (youngPeopleReported) {
    const reported = records.some((record) => [...record.cells.values()].some((cell) => youngPeopleReported.anyOf.some((pattern) => pattern.test(cell.text))));
    checks.push({ element: 'young-people-reported', passed: reported, message: youngPeopleReported.message });
  }
  return checks;
}

/**
 * The measures table: the one the officer marked, else the first with every
 * column, else the one with most of them (at most half missing), which is
 * the measures table with some columns missing; asking for a measures table
 * beside it would send the officer looking for one they have.
 */
function measuresTable<Read extends { missingColumns: readonly string[] }>(tables: readonly TableData[], read: (table: TableData) => Read, required: number): { table: TableData; read: Read } | undefined {
  const marked = tables.find((candidate) => candidate.kind === MEASURES_TABLE);
  if (marked) return { table: marked, read: read(marked) };
  let best: { table: TableData; read: Read } | undefined;
  for (const table of tables) {
    const candidate = { table, read: read(table) };
    const missing = candidate.read.missingColumns.length;
    if (missing === 0) return candidate;
    if (missing * 2 <= required && (!best || missing < best.read.missingColumns.length)) best = candidate;
  }
  return best;
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
  summary:
    'The measures table: its columns filled in on every row, dates that are dates, a measure for every priority of the section with the priorities role; optionally targets that differ from their baselines and fall within the strategy period, sources from the pack\'s list, a measure young people report themselves, and a measure for each theme of the pack\'s pledge (the pledge-promises rule; {themes} in the message).',
  params: z.strictObject({
    columns: z
      .array(
        z.strictObject({
          column: message,
          element: elementId,
          what: message,
          date: z.boolean().default(false),
          /** Other header words for this column, read by meaning. */
          aliases: patterns.default([]),
          /** For a date column: when the table has no column for it, the dates are written in this column's cells ("62% (March 2025)"). */
          within: message.optional(),
          /** A table without this column is still a measures table (the checks that need it are skipped). */
          optional: z.boolean().default(false),
        }),
      )
      .min(1),
    priorityColumn: message,
    targetChange: targetChangeParams.optional(),
    targetInPeriod: targetInPeriodParams.optional(),
    knownSource: knownSourceParams.optional(),
    youngPeopleReported: youngPeopleReportedParams.optional(),
    pledgeThemes: pledgeThemesParams.optional(),
  }),
  readsRoles: ['priorities'],
  elements: (params) => ['table', 'rows', ...params.columns.map((column) => column.element), 'measure-per-priority', 'unknown-priority', 'target-change', 'target-in-period', 'known-source', 'young-people-reported', 'measure-per-pledge-theme'],
  check(context, env, params) {
    const names = params.columns.map((column) => column.column);
    const aliases: ColumnAliases = new Map(params.columns.map((column) => [column.column, column.aliases]));
    const compared = [params.targetChange?.baseline, params.targetChange?.target, params.targetInPeriod?.column, params.knownSource?.column].flatMap((column) => (column === undefined || names.includes(column) ? [] : [column]));
    const readTable = (candidate: TableData): ReturnType<typeof readRecords> & { absent: string[]; datedByHeader: string[] } => {
      const read = readRecords(candidate, [...names, ...compared], aliases);
      const datedByHeader: string[] = [];
      // A date written with its figure is read from that figure's cell, or from that figure's header ("Baseline (2024–25)") for every row.
      for (const column of params.columns) {
        const within = column.within;
        if (within === undefined || !read.missingColumns.includes(column.column) || read.missingColumns.includes(within)) continue;
        for (const record of read.records) {
          const cell = record.cells.get(within);
          if (cell) record.cells.set(column.column, cell);
        }
        read.missingColumns = read.missingColumns.filter((missing) => missing !== column.column);
        if (column.date && DATE_VALUE.test(headerOf(candidate, read.records, within))) datedByHeader.push(column.column);
      }
      // A column only the quality checks compare, or one the pack marks optional, is not one the table must have.
      const absent = read.missingColumns.filter((missing) => params.columns.some((column) => column.column === missing && column.optional));
      return { records: read.records, missingColumns: read.missingColumns.filter((missing) => names.includes(missing) && !absent.includes(missing)), absent, datedByHeader };
    };
    const found = measuresTable(context.tables, readTable, names.length);
    if (!found) {
      return [{ element: 'table', passed: false, message: `Set out the measures in a measures table (${names.join(', ')}).` }];
    }
    const { table, read } = found;
    const records = read.records;
    const missingColumns = read.missingColumns;
    const checks: ElementCheck[] = [
      { element: 'table', passed: missingColumns.length === 0, message: `The measures table is missing the column${missingColumns.length === 1 ? '' : 's'} ${missingColumns.join(', ')}.`, location: table.location },
      { element: 'rows', passed: records.length > 0, message: 'Add at least one measure to the measures table.', location: table.location },
    ];
    if (records.length === 0) return checks;
    for (const column of params.columns) {
      if (!missingColumns.includes(column.column) && !read.absent.includes(column.column) && !read.datedByHeader.includes(column.column)) checks.push(columnCheck(records, column.column, column.element, column.what, column.date, column.within));
    }
    checks.push(...measureQuality(records, env.cover, params));
    if (params.pledgeThemes) checks.push(...themeCheck(records, env.template, params.pledgeThemes.message));
    const prioritiesSection = sectionWithRole(env.template, 'priorities');
    const prioritiesContext = prioritiesSection ? env.section(prioritiesSection.id) : undefined;
    const priorities = prioritiesContext ? readPriorities(prioritiesContext) : [];
    if (priorities.length > 0 && names.includes(params.priorityColumn) && !missingColumns.includes(params.priorityColumn) && !read.absent.includes(params.priorityColumn)) {
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
