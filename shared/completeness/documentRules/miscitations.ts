import { z } from 'zod';
import { patternSource } from '../../template/template.js';
import type { Finding, TextLocation } from '../types.js';
import { sentence } from './discouragedLanguage.js';
import { documentRule, type DocumentRule } from './documentRule.js';
import { termMatches } from './termMatches.js';

/**
 * A law cited by a title it does not have ("the Leaving Care Act 2000" for
 * the Children (Leaving Care) Act 2000). Inspectors and lawyers read the
 * legal framework, and a wrong title makes them doubt the rest. The pack
 * lists the wrong forms it knows, each with the right title; a wrong form
 * must not match the right title, so the right one is never questioned. A
 * nation's pack also lists another nation's Acts cited as the source of its
 * duties (England's Children Act 1989 in a Northern Ireland strategy), with
 * why they do not apply. A quotation is printed as it was written and is
 * left alone.
 */

export const miscitationsParamsSchema = z.strictObject({
  citations: z
    .array(
      z.strictObject({
        /** The wrong forms, as a regular expression (case-insensitive); it must not match the correct title. */
        pattern: patternSource,
        /** The title as enacted. */
        correct: z.string().trim().min(1),
        /** Set for a real law of another nation cited as the source of a duty here: why it is not the law that applies. */
        why: z.string().trim().min(1).optional(),
      }),
    )
    .min(1),
});
export type MiscitationsParams = z.infer<typeof miscitationsParamsSchema>;

interface Miscitation {
  citation: number;
  text: string;
  location: TextLocation;
}

export function miscitationsRule(params: MiscitationsParams): DocumentRule {
  const patterns = params.citations.map((citation) => new RegExp(citation.pattern, 'giu'));
  return documentRule<Miscitation[]>({
    id: 'miscited-law',
    scan(section) {
      const seen = new Set<number>();
      return termMatches(section, patterns).flatMap((match) => {
        if (match.quoted || seen.has(match.term)) return [];
        seen.add(match.term);
        return [{ citation: match.term, text: match.text, location: match.location }];
      });
    },
    combine(scans) {
      return scans.flatMap(({ section, scan }) =>
        scan.flatMap((use): Finding[] => {
          const citation = params.citations[use.citation];
          if (!citation) return [];
          const message = citation.why
            ? `"${use.text}" is not the law here: ${sentence(citation.why)} Cite the ${citation.correct}.`
            : `"${use.text}" is not the title of the law. Cite it as the ${citation.correct}.`;
          return [{ severity: 'warning', section: section.id, rule: 'miscited-law', message, location: use.location }];
        }),
      );
    },
  });
}
