import type { LawLibrary } from '../../template/template.js';
import { findFirst, type SectionContext } from '../sectionContext.js';
import { DOCUMENT_SECTION, type Finding, type PrincipleCoverage, type TextLocation } from '../types.js';
import { compile, fillIn } from '../rules/params.js';
import { documentRule, type DocumentRule, type SectionScan } from './documentRule.js';

/**
 * The duties a strategy must address (in England, the seven corporate
 * parenting principles of the Children and Social Work Act 2017, s1(1)),
 * from the pack's law library: a strategy should show where it gives effect
 * to each. Each principle's cues are the ways councils commonly phrase it.
 */
type Principle = LawLibrary['principles'][number];

/** One pattern per principle, so each section is scanned once per principle and the earliest mention wins. */
const combined = (principle: Principle): RegExp => compile(principle.cues.map((source) => `(?:${source})`).join('|'));

/** For each principle, the first place in each section that addresses it. */
function principleCoverage(principles: readonly Principle[], scans: SectionScan<(TextLocation | undefined)[]>[]): PrincipleCoverage[] {
  return principles.map(({ id, text }, index) => ({
    id,
    summary: text,
    addressedIn: scans.flatMap(({ section, scan }) => {
      const location = scan[index];
      return location ? [{ section: section.id, location }] : [];
    }),
  }));
}

/** What a principle addressed nowhere is reported as; `{id}`, `{citation}` and `{text}` are the principle's. */
export const PRINCIPLE_MESSAGE = 'Nothing in the strategy addresses principle ({id}), {citation}: {text}. Say what the council will do to meet it.';

function principleFindings(principles: readonly Principle[], coverage: PrincipleCoverage[], message: string): Finding[] {
  return coverage.flatMap((principle, index) =>
    principle.addressedIn.length > 0
      ? []
      : [
          {
            severity: 'warning' as const,
            section: DOCUMENT_SECTION,
            rule: 'principle-not-addressed',
            message: fillIn(message, { id: principle.id, citation: principles[index]?.citation ?? '', text: principle.summary }),
          },
        ],
  );
}

export function principlesRule(principles: readonly Principle[], message: string): DocumentRule {
  const patterns = principles.map(combined);
  const coverage = (scans: SectionScan<(TextLocation | undefined)[]>[]): PrincipleCoverage[] => principleCoverage(principles, scans);
  return documentRule<(TextLocation | undefined)[]>({
    id: 'principles',
    scan: (section: SectionContext) => patterns.map((pattern) => findFirst(section, [pattern])),
    combine: (scans) => principleFindings(principles, coverage(scans), message),
    coverage,
  });
}
