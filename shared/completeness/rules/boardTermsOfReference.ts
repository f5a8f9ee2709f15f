import { STRUCTURED_TABLE_COLUMNS } from '../../model/structuredTables.js';
import type { SectionContext } from '../sectionContext.js';
import { cellText, describeRows, findTable, readRecords } from './structuredTable.js';
import { findTogether, mention, mentions } from './mentions.js';
import type { ElementCheck, SectionRule } from './sectionRule.js';

const MEMBERSHIP_COLUMNS = STRUCTURED_TABLE_COLUMNS['board-membership'];
const YOUNG_PEOPLE = /\b(?:young (?:people|person)|children in care council|CiCC|care[- ]leavers?|care[- ]experienced|youth)\b/i;
const VOTING = /\b(?:non-?voting|voting|vote|votes)\b/i;

/** Membership as a structured table when there is one, otherwise as prose. */
function membershipChecks(context: SectionContext): ElementCheck[] {
  const table = findTable(context.tables, 'board-membership', MEMBERSHIP_COLUMNS);
  if (!table) {
    return [
      mention(context, 'membership', [/\bmembers(?:hip)?\b/i], 'List the Board\'s members (role, organisation, voting or not), ideally in a membership table.'),
      { element: 'young-people-members', passed: findTogether(context, [/\b(?:members?|membership|represent\w*|attend\w*|seats?)\b/i, YOUNG_PEOPLE]) !== undefined, message: 'Include young people\'s representatives (for example from the Children in Care Council) in the membership.' },
      mention(context, 'voting', [VOTING], 'Say which members vote and which do not.'),
    ];
  }
  const { records, missingColumns } = readRecords(table, MEMBERSHIP_COLUMNS);
  const incomplete = records.flatMap((record, index) => (MEMBERSHIP_COLUMNS.some((column) => !missingColumns.includes(column) && cellText(record, column) === '') ? [index] : []));
  const firstIncomplete = incomplete[0] === undefined ? undefined : records[incomplete[0]];
  return [
    { element: 'membership', passed: records.length > 0 && missingColumns.length === 0, message: records.length === 0 ? 'Add the Board\'s members to the membership table.' : `The membership table is missing the column ${missingColumns.join(', ')}.`, location: table.location },
    {
      element: 'membership-rows',
      passed: incomplete.length === 0,
      message: `Fill in the role, organisation and voting status in ${describeRows(incomplete)} of the membership table.`,
      ...(firstIncomplete ? { location: { from: firstIncomplete.from, to: firstIncomplete.to } } : {}),
    },
    {
      element: 'young-people-members',
      passed: records.some((record) => YOUNG_PEOPLE.test(`${cellText(record, 'Role')} ${cellText(record, 'Organisation')}`)) || (mentions(context, YOUNG_PEOPLE) && findTogether(context, [/\b(?:members?|represent\w*|attend\w*)\b/i, YOUNG_PEOPLE]) !== undefined),
      message: 'Include young people\'s representatives (for example from the Children in Care Council) in the membership.',
      location: table.location,
    },
  ];
}

export const boardTermsOfReferenceRule: SectionRule = {
  sectionId: 'board-tor',
  check(context) {
    return [
      mention(context, 'purpose', [/\bpurpose\b/i, /\b(?:aims?|role) of the (?:board|panel|committee)\b/i, /\bexists to\b/i, /\bis (?:here|established|set up) to\b/i], 'State the purpose of the Board.'),
      mention(context, 'functions', [/\bfunctions?\b/i, /\bresponsibilit(?:y|ies)\b/i, /\bduties\b/i, /\bthe (?:board|panel|committee) will\b/i], 'List the functions of the Board: what it does.'),
      ...membershipChecks(context),
      mention(context, 'chair', [/\bchair(?:ed|s|person)?\b/i], 'Say who chairs the Board.'),
      mention(context, 'vice-chair', [/\bvice[- ]?chair\w*\b/i, /\bdeputy chair\b/i], 'Say who is vice-chair (or who chairs when the chair is absent).'),
      mention(context, 'quorum', [/\bquor(?:um|ate)\b/i], 'Set a quorum: how many members, and which ones, must be present for the Board to make decisions.'),
      mention(
        context,
        'frequency',
        [/\b(?:weekly|monthly|quarterly|bi-?monthly|six[- ]weekly|annually)\b/i, /\bevery (?:\w+ )?(?:weeks?|months?)\b/i, /\b(?:\w+) times (?:a|per|each) year\b/i, /\bmeets?\b.{0,40}\b(?:year|month|quarter)\b/i],
        'Say how often the Board meets (for example every quarter).',
      ),
      {
        element: 'notice-of-papers',
        passed: findTogether(context, [/\b(?:papers?|agendas?|reports?)\b/i, /\b(?:(?:working )?days?|weeks?)\b.{0,30}\b(?:before|prior|ahead|in advance)\b|\bnotice\b|\bcirculat\w*\b|\bsent out\b|\bpublished\b/i]) !== undefined,
        message: 'Say how far ahead of each meeting the agenda and papers are sent (for example five working days).',
      },
      mention(context, 'reporting-line', [/\breports? (?:to|into)\b/i, /\baccountable to\b/i, /\breporting (?:line|to)\b/i, /\banswerable to\b/i], 'Say to whom the Board reports (for example Cabinet or Full Council).'),
      {
        element: 'review-date',
        passed: findTogether(context, [/\breview\w*\b/i, /\b(?:19|20)\d{2}\b|\bannual(?:ly)?\b|\bevery (?:\w+ )?years?\b|\beach year\b/i]) !== undefined,
        message: 'Say when these terms of reference will next be reviewed.',
      },
    ];
  },
};
