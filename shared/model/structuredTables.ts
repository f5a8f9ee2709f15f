import type { TableKind } from './schema.js';

/**
 * The fixed columns of the structured tables. The completeness rules read
 * these tables as data (a measure without a target is a finding), so the
 * editor keeps their header rows and the exporters print them as they are.
 */
export const STRUCTURED_TABLE_COLUMNS: Record<Exclude<TableKind, 'plain'>, readonly string[]> = {
  measures: ['Priority', 'Indicator', 'Baseline', 'Baseline date', 'Target', 'Target date', 'Source', 'Owner'],
  'board-membership': ['Role', 'Organisation', 'Voting member'],
};
