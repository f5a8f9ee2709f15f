import { z } from 'zod';
import { STRUCTURED_TABLE_COLUMNS } from '../../model/structuredTables.js';
import type { SectionContext } from '../sectionContext.js';
import { cellText, describeRows, findTable, readRecords } from './structuredTable.js';
import { findTogether, mentions } from './mentions.js';
import { patterns } from './params.js';
import { sectionRule, type ElementCheck } from './sectionRule.js';

const MEMBERSHIP_COLUMNS = STRUCTURED_TABLE_COLUMNS['board-membership'];
const MEMBERSHIP = /\bmembers(?:hip)?\b/i;
const SEAT = /\b(?:members?|membership|represent\w*|attend\w*|seats?)\b/i;
const MEMBER = /\b(?:members?|represent\w*|attend\w*)\b/i;

const YOUNG_PEOPLE_MESSAGE = 'Include young people\'s representatives (for example from the Children in Care Council) in the membership.';

const mentionsYoungPeople = (text: string, youngPeople: RegExp[]): boolean => youngPeople.some((group) => group.test(text));

function seatedTogether(context: SectionContext, seat: RegExp, youngPeople: RegExp[]): boolean {
  return youngPeople.some((group) => findTogether(context, [seat, group]) !== undefined);
}

/**
 * A board's membership, as a membership table when there is one (every row
 * filled in) or else as prose, with young people among the members (the
 * pack's words for them) and who votes.
 */
export const boardMembershipRule = sectionRule({
  kind: 'section',
  id: 'board-membership',
  summary: 'A board\'s membership (a membership table, or prose) with young people among the members and who votes.',
  params: z.strictObject({ youngPeople: patterns, voting: patterns }),
  elements: () => ['membership', 'membership-rows', 'young-people-members', 'voting'],
  check(context, _env, params) {
    const table = findTable(context.tables, 'board-membership', MEMBERSHIP_COLUMNS);
    if (!table) {
      return [
        { element: 'membership', passed: mentions(context, MEMBERSHIP), message: 'List the Board\'s members (role, organisation, voting or not), ideally in a membership table.' },
        { element: 'young-people-members', passed: seatedTogether(context, SEAT, params.youngPeople), message: YOUNG_PEOPLE_MESSAGE },
        { element: 'voting', passed: mentions(context, ...params.voting), message: 'Say which members vote and which do not.' },
      ];
    }
    const { records, missingColumns } = readRecords(table, MEMBERSHIP_COLUMNS);
    const incomplete = records.flatMap((record, index) => (MEMBERSHIP_COLUMNS.some((column) => !missingColumns.includes(column) && cellText(record, column) === '') ? [index] : []));
    const firstIncomplete = incomplete[0] === undefined ? undefined : records[incomplete[0]];
    const youngPeopleSeated = records.some((record) => mentionsYoungPeople(`${cellText(record, 'Role')} ${cellText(record, 'Organisation')}`, params.youngPeople));
    const checks: ElementCheck[] = [
      { element: 'membership', passed: records.length > 0 && missingColumns.length === 0, message: records.length === 0 ? 'Add the Board\'s members to the membership table.' : `The membership table is missing the column ${missingColumns.join(', ')}.`, location: table.location },
      {
        element: 'membership-rows',
        passed: incomplete.length === 0,
        message: `Fill in the role, organisation and voting status in ${describeRows(incomplete)} of the membership table.`,
        ...(firstIncomplete ? { location: { from: firstIncomplete.from, to: firstIncomplete.to } } : {}),
      },
      {
        element: 'young-people-members',
        passed: youngPeopleSeated || (mentions(context, ...params.youngPeople) && seatedTogether(context, MEMBER, params.youngPeople)),
        message: YOUNG_PEOPLE_MESSAGE,
        location: table.location,
      },
    ];
    return checks;
  },
});

