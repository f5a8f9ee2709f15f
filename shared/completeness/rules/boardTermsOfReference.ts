import { z } from 'zod';
import { STRUCTURED_TABLE_COLUMNS } from '../../model/structuredTables.js';
import type { SectionContext } from '../sectionContext.js';
import { cellText, describeRows, findTable, readRecords } from './structuredTable.js';
import type { CoverFields } from '../../model/draft.js';
import { localNamePattern } from './generic.js';
import { findTogether, mentions, units } from './mentions.js';
import { elementId, fillIn, message, patterns } from './params.js';
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
  summary: "A board's membership (a membership table, or prose) with young people among the members (the pack's words for them, or the council's own names for the local-name slots of youngPeopleNames) and who votes.",
  params: z.strictObject({ youngPeople: patterns, youngPeopleNames: z.array(z.string().min(1)).default([]), voting: patterns }),
  elements: () => ['membership', 'membership-rows', 'young-people-members', 'voting'],
  check(context, env, rawParams) {
    // "Two members of Vale Voices": the council's own name for its young people's group seats them as surely as the pack's words.
    const ownNames = rawParams.youngPeopleNames.flatMap((slot) => localNamePattern(env.localNames[slot]) ?? []);
    const params = { ...rawParams, youngPeople: [...rawParams.youngPeople, ...ownNames] };
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


const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_YEAR = new RegExp(`\\b(?:(${MONTHS.join('|')})\\s+)?((?:19|20)\\d{2})\\b`, 'gi');

/** Months since the year 0, so two dates can be subtracted; a year alone counts from its January, the earliest it can mean. */
const monthIndex = (year: number, month: number): number => year * 12 + month;

/** The earliest month a sentence's dates name ("January 2027", "2028"), as a month index. */
function earliestDate(text: string): { index: number; text: string } | undefined {
  let earliest: { index: number; text: string } | undefined;
  for (const match of text.matchAll(MONTH_YEAR)) {
    const month = match[1] === undefined ? 0 : MONTHS.indexOf(match[1].toLowerCase());
    const index = monthIndex(Number(match[2]), month);
    if (!earliest || index < earliest.index) earliest = { index, text: match[0] };
  }
  return earliest;
}

/**
 * When the terms of reference were written, from the title page: its date,
 * or else the December of the period's first year, the latest it can mean,
 * so that an unknown month never makes a review look late.
 */
function writtenOn(cover: CoverFields): { index: number; text: string } | undefined {
  const date = /^(\d{4})-(\d{2})/.exec(cover.date);
  if (date) return { index: monthIndex(Number(date[1]), Number(date[2]) - 1), text: `${MONTHS[Number(date[2]) - 1] ?? ''} ${date[1]}`.replace(/^./, (first) => first.toUpperCase()) };
  return cover.periodStart === null ? undefined : { index: monthIndex(cover.periodStart, 11), text: `the end of ${cover.periodStart}` };
}

/**
 * Terms of reference reviewed within a year: a sentence with a review word
 * that either recurs ("reviewed annually") or names a date no more than
 * `months` after the title page's date (or the start of its period). A
 * review date with nothing on the title page to measure it from passes.
 */
export const reviewWithinRule = sectionRule({
  kind: 'section',
  id: 'review-within',
  summary: 'A sentence with a review word that recurs (recurring) or names a date no more than months after the title page\'s date (or its period\'s start); {months}, {when} and {from} in lateMessage.',
  params: z.strictObject({
    element: elementId.default('review-date'),
    review: patterns,
    recurring: patterns,
    months: z.number().int().positive().default(12),
    message,
    lateMessage: message,
  }),
  elements: (params) => [params.element],
  check(context, { cover }, params) {
    const sentences = units(context).filter((unit) => params.review.some((pattern) => pattern.test(unit.text)));
    const recurring = sentences.find((unit) => params.recurring.some((pattern) => pattern.test(unit.text)));
    if (recurring) return [{ element: params.element, passed: true, message: '', location: { from: recurring.from, to: recurring.to } }];
    const dated = sentences.flatMap((unit) => {
      const date = earliestDate(unit.text);
      return date ? [{ unit, date }] : [];
    });
    const first = dated[0];
    if (!first) return [{ element: params.element, passed: false, message: params.message }];
    const from = writtenOn(cover);
    const soonest = dated.reduce((best, candidate) => (candidate.date.index < best.date.index ? candidate : best), first);
    const location = { from: soonest.unit.from, to: soonest.unit.to };
    if (!from || soonest.date.index - from.index <= params.months) return [{ element: params.element, passed: true, message: '', location }];
    return [{ element: params.element, passed: false, message: fillIn(params.lateMessage, { months: params.months, when: soonest.date.text, from: from.text }), location }];
  },
});

/** The approving body's name as a pattern that forgives case, spacing and a leading "the". */
function bodyPattern(name: string): RegExp {
  const words = name.trim().replace(/^the\s+/i, '').split(/\s+/).map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`\\b${words.join('\\s+')}\\b`, 'i');
}

/**
 * The Board reports each year to the body that adopts the strategy: the
 * pack's own approving body (`export.approvingBody` in pack.json: Full
 * Council, the Trust Board…) or any of `body`, in one sentence with a word
 * of `annual`. {body} in the message is the pack's approving body.
 */
export const annualReportToApproverRule = sectionRule({
  kind: 'section',
  id: 'annual-report-to-approver',
  summary: "A sentence with a word of annual and the pack's approving body (export.approvingBody in pack.json) or one of body; {body} in the message names it.",
  params: z.strictObject({ element: elementId.default('annual-report'), annual: patterns, body: patterns.optional(), message }),
  elements: (params) => [params.element],
  check(context, { template }, params) {
    const approver = template.export.approvingBody;
    const bodies = [bodyPattern(approver), ...(params.body ?? [])];
    const found = units(context).find((unit) => params.annual.some((pattern) => pattern.test(unit.text)) && bodies.some((pattern) => pattern.test(unit.text)));
    return [{ element: params.element, passed: found !== undefined, message: fillIn(params.message, { body: approver }), ...(found ? { location: { from: found.from, to: found.to } } : {}) }];
  },
});
