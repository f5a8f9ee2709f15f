import { sectionWithRole } from '../../template/template.js';
import type { Finding, TextLocation } from '../types.js';
import { documentRule, MAX_FINDINGS_PER_SECTION } from './documentRule.js';
import { compiledTerms, firstOfEach, isPartOfName, termMatches } from './termMatches.js';

/**
 * Words young people in care have said they dislike ("LAC", "respite",
 * "contact" for family time), from the pack's terminology, each with what
 * to say instead and why, at the severity the pack gives the word: a
 * warning for a word that labels the child, otherwise advice (`info`).
 * Young people's own words are theirs: nothing inside quotation marks, and
 * nothing in the young people's foreword, is questioned; nor is a word
 * inside a name (a document's or a service's title), which is quoted as it is,
 * nor a word named to reject it.
 */

/**
 * A word named to reject it ("we will not call you LAC", "instead of
 * respite we say short breaks"): the verb that turns it away comes just
 * before it, with at most whom it is said of and "the word" between, so
 * "we do not use respite for LAC" still questions LAC.
 */
const REJECTED_BEFORE =
  /(?:\b(?:not|never|don['’]t|no longer|stop(?:ped)?)\s+(?:to\s+)?(?:call(?:ing)?|us(?:e|ing)|say(?:ing)?|label(?:ling)?|describ(?:e|ing))(?:\s+(?:you|them|us|me|children|young people|anyone|anybody))?(?:\s+(?:as|the))?(?:\s+(?:words?|terms?|labels?|phrases?))?\s*["'“‘]?\s*|\b(?:instead of|rather than)\s+["'“‘]?)$/iu;
const REJECTION_REACH = 50;

function isRejected(text: string, offset: number): boolean {
  return REJECTED_BEFORE.test(text.slice(Math.max(0, offset - REJECTION_REACH), offset));
}

interface DiscouragedUse {
  term: number;
  text: string;
  location: TextLocation;
}

export const discouragedLanguageRule = documentRule<DiscouragedUse[]>({
  id: 'discouraged-language',
  scan(section, { template }) {
    const discouraged = template.terminology.discouraged;
    if (discouraged.length === 0 || sectionWithRole(template, 'young-people-foreword')?.id === section.id) return [];
    const unquoted = termMatches(section, compiledTerms(discouraged, (entry) => entry.pattern)).filter(
      (match) => !match.quoted && !isPartOfName(section.text, match.offset, match.offset + match.text.length) && !isRejected(section.text, match.offset),
    );
    // The first use of each word in a section is enough to act on.
    return firstOfEach(unquoted).map(({ term, text, location }) => ({ term, text, location }));
  },
  combine(scans, { template }) {
    const discouraged = template.terminology.discouraged;
    return scans.flatMap(({ section, scan }) =>
      scan.slice(0, MAX_FINDINGS_PER_SECTION).flatMap((use): Finding[] => {
        const entry = discouraged[use.term];
        if (!entry) return [];
        return [{ severity: entry.severity ?? 'info', section: section.id, rule: 'discouraged-language', message: `Consider "${entry.prefer}" instead of "${use.text}": ${sentence(entry.why)}`, location: use.location }];
      }),
    );
  },
});

/** The pack's reason as a sentence ending in a full stop. */
export function sentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}
