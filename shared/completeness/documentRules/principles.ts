import { findFirst, type SectionContext } from '../sectionContext.js';
import { DOCUMENT_SECTION, type Finding, type PrincipleCoverage, type TextLocation } from '../types.js';
import type { SectionScan } from './documentRule.js';

/**
 * The seven corporate parenting principles of the Children and Social Work
 * Act 2017, s1(1)(a)-(g). A strategy should show where it gives effect to
 * each; each family below lists the ways councils commonly phrase one.
 */
const PRINCIPLES: { id: PrincipleCoverage['id']; summary: string; patterns: RegExp[] }[] = [
  { id: 'a', summary: 'act in their best interests and promote their physical and mental health and well-being', patterns: [/\bbest interests?\b/i, /\b(?:physical|mental|emotional) health\b/i, /\bwell-?being\b/i, /\bhealthy\b/i] },
  { id: 'b', summary: 'encourage them to express their views, wishes and feelings', patterns: [/\bexpress\w*\b.{0,30}\b(?:views?|wishes|feelings)\b/i, /\b(?:your|their|children['’]s|young people['’]s) (?:views|wishes|opinions)\b/i, /\bwishes and feelings\b/i, /\bhave (?:a|their|your) say\b/i, /\bvoices?\b/i, /\bspeak (?:up|out)\b/i, /\bparticipat\w*\b/i] },
  { id: 'c', summary: 'take their views, wishes and feelings into account', patterns: [/\binto account\b/i, /\blisten\w*\b/i, /\byou said,? we did\b/i, /\bact\w* on (?:what|their|your)\b/i, /\b(?:shape|shaped|influence\w*)\b/i, /\btaken seriously\b/i] },
  { id: 'd', summary: 'help them gain access to, and make the best use of, services of the council and its partners', patterns: [/\baccess\w*\b.{0,30}\bservices?\b/i, /\bbest use of\b/i, /\blocal offer\b/i, /\bentitle\w*\b/i, /\bsignpost\w*\b/i] },
  { id: 'e', summary: 'promote high aspirations and seek the best outcomes', patterns: [/\baspir\w*\b/i, /\bambiti\w*\b/i, /\bhigh expectations\b/i, /\bbest (?:possible )?outcomes?\b/i, /\b(?:full|their|your) potential\b/i] },
  { id: 'f', summary: 'be safe, with stability in their home lives, relationships and education or work', patterns: [/\bsafe(?:ty|ly)?\b/i, /\bstab(?:le|ility)\b/i, /\bsettled\b/i, /\bpermanen(?:ce|t)\b/i] },
  { id: 'g', summary: 'prepare them for adulthood and independent living', patterns: [/\badulthood\b/i, /\bindependen(?:t living|ce)\b/i, /\bprepar\w*\b.{0,30}\b(?:adult\w*|independen\w*|life|leaving care)\b/i, /\bliving skills\b/i, /\btransition\w* to adult\w*\b/i] },
];

/** One pattern per principle, so each section is scanned once per principle and the earliest mention wins. */
const COMBINED = PRINCIPLES.map(({ patterns }) => new RegExp(patterns.map((pattern) => `(?:${pattern.source})`).join('|'), 'i'));

/** Where in one section each principle is first addressed (in the order of `PRINCIPLES`). */
export function scanPrinciples(section: SectionContext): (TextLocation | undefined)[] {
  return COMBINED.map((pattern) => findFirst(section, [pattern]));
}

/** For each principle, the first place in each section that addresses it. */
export function principleCoverage(scans: SectionScan<(TextLocation | undefined)[]>[]): PrincipleCoverage[] {
  return PRINCIPLES.map(({ id, summary }, index) => ({
    id,
    summary,
    addressedIn: scans.flatMap(({ section, scan }) => {
      const location = scan[index];
      return location ? [{ section: section.id, location }] : [];
    }),
  }));
}

export function principleFindings(coverage: PrincipleCoverage[]): Finding[] {
  return coverage
    .filter((principle) => principle.addressedIn.length === 0)
    .map((principle) => ({
      severity: 'warning' as const,
      section: DOCUMENT_SECTION,
      rule: 'principle-not-addressed',
      message: `Nothing in the strategy addresses corporate parenting principle (${principle.id}): to ${principle.summary}. Say what the council will do to meet it.`,
    }));
}
