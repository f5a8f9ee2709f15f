import { z } from 'zod';
import type { CoverFields } from '../../model/draft.js';
import { patternSource } from '../../template/template.js';
import { findAll } from '../sectionContext.js';
import type { Finding, TextLocation } from '../types.js';
import { documentRule, type DocumentRule } from './documentRule.js';

/**
 * The years the strategy covers, said in the text ("this strategy, for
 * 2024 to 2027"), are those of its title page. A strategy updated from the
 * last one often keeps the old years in a sentence, and a reader cannot tell
 * which is meant. The words that say a sentence is about this document come
 * from the pack; years written near other documents' names (the Council
 * Plan 2022-2026) are not this strategy's and are left alone. Without a
 * period on the title page there is nothing to compare, and the rule says
 * nothing.
 */

export const periodAgreementParamsSchema = z.strictObject({
  /** Words that name this document, just before its years ("this strategy", "our corporate parenting strategy"). */
  subject: z.array(patternSource).min(1),
});
export type PeriodAgreementParams = z.infer<typeof periodAgreementParamsSchema>;

/** Words allowed between the document's name and its years ("this strategy covers the period"). */
const MAX_GAP_CHARS = 60;
/** Further on in its sentence, years that say how long the document runs ("This strategy sets out … over the next two years (2025 – 2027)"). */
const MAX_CLAUSE_CHARS = 200;
const SPAN_WORDS = String.raw`\b(?:over|between|from|for|during|covering|until)\b[^.!?\d]{0,30}?`;
/** A month before the closing year ("April 2025 to March 2029"): the years are still the span's. */
const MONTH = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+`;
const YEARS = String.raw`\b(?<start>(?:19|20)\d{2})\s*(?:-|–|—|to|until|/)\s*(?:${MONTH})?(?<end>(?:19|20)?\d{2})\b`;
/**
 * Words between this document's name and the years that end in another
 * document's name ("this plan fits with the Children's Services Plan
 * 2023–2026"): the years are that document's.
 */
const ANOTHER_DOCUMENT = /\b(?:plan|strategy|framework|policy|charter|programme|offer|report|review|agreement|compact)\s*$/iu;

/**
 * "It replaces our Corporate Parenting Strategy 2022–2025", "builds on
 * the strategy for 2019-2022": the document named is the one this
 * strategy succeeds, and its years are its own.
 */
const NOT_SUCCEEDED = String.raw`(?<!\b(?:replac\w*|supersed\w*|succeed\w*|follows|following|builds? on)\s+(?:on from\s+)?)`;

interface StatedPeriod {
  start: number;
  end: number;
  text: string;
  location: TextLocation;
}

/** "2019-22" ends in 2022; a century turned (1998-02) ends in the next one. */
function fullYear(start: number, end: string): number {
  if (end.length === 4) return Number(end);
  const century = Math.floor(start / 100) * 100;
  const candidate = century + Number(end);
  return candidate < start ? candidate + 100 : candidate;
}

function agrees(period: StatedPeriod, cover: CoverFields): boolean {
  return period.start === cover.periodStart && (cover.periodEnd === null || period.end === cover.periodEnd);
}

const coverPeriod = (cover: CoverFields): string => (cover.periodEnd === null ? `from ${cover.periodStart ?? ''}` : `${cover.periodStart ?? ''} to ${cover.periodEnd}`);

export function periodAgreementRule(params: PeriodAgreementParams): DocumentRule {
  const subject = `${NOT_SUCCEEDED}(?:${params.subject.join('|')})`;
  const pattern = new RegExp(`${subject}(?<gap>[^.!?]{0,${MAX_GAP_CHARS}}?|[^.!?]{0,${MAX_CLAUSE_CHARS}}?${SPAN_WORDS})${YEARS}`, 'giu');
  return documentRule<StatedPeriod[]>({
    id: 'period-agreement',
    scan(section) {
      return findAll(section, pattern).flatMap(({ match, location }) => {
        if (ANOTHER_DOCUMENT.test(match.groups?.['gap'] ?? '')) return [];
        const start = Number(match.groups?.['start']);
        const end = fullYear(start, match.groups?.['end'] ?? '');
        // "2017/18" beside the strategy's name is a financial year it reports on, not its period.
        if (end <= start || (end === start + 1 && /\/\s*\d{2}$/.test(match[0]))) return [];
        return [{ start, end, text: match[0], location }];
      });
    },
    combine(scans, { cover }) {
      if (cover.periodStart === null) return [];
      for (const { section, scan } of scans) {
        const differing = scan.find((period) => !agrees(period, cover));
        if (!differing) continue;
        const finding: Finding = {
          severity: 'warning',
          section: section.id,
          rule: 'period-agreement',
          message: `Here the strategy's years are ${differing.start} to ${differing.end}, but the title page gives ${coverPeriod(cover)}. Make them the same, or say which document these years belong to.`,
          location: differing.location,
        };
        return [finding];
      }
      return [];
    },
  });
}
