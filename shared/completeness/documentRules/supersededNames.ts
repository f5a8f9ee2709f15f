import type { LawLibrary } from '../../template/template.js';
import { sentenceAt, type SectionContext } from '../sectionContext.js';
import type { Finding, TextLocation } from '../types.js';
import { sentence } from './discouragedLanguage.js';
import { documentRule, MAX_FINDINGS_PER_SECTION } from './documentRule.js';
import { compiledTerms, firstOfEach, termMatches, type TermMatch } from './termMatches.js';

/**
 * Bodies and documents that no longer exist under the name used (DCSF,
 * CCG, LSCB, Working Together 2018), from the pack's terminology, and
 * citations of a law-library instrument that another has replaced: a
 * warning that names what replaced it. A sentence that tells the history
 * ("integrated care boards replaced clinical commissioning groups", "the
 * former LSCB") uses the old name on purpose and is left alone.
 */

type OldName = { from: 'terminology'; entry: number } | { from: 'law'; instrument: number };

interface OldNameUse {
  name: OldName;
  text: string;
  location: TextLocation;
}

/** Words that put an old name in the past on purpose. */
const HISTORY = /\b(?:formerly|former|previously|replac(?:ed|ing)|renamed|superseded|abolished|predecessors?|was known as|used to be called|took over from)\b/iu;

interface SupersededCitation {
  instrument: number;
  pattern: string;
}

interface LawCitations {
  /** The citation patterns of every instrument another has replaced. */
  superseded: SupersededCitation[];
  /** Instrument index → the patterns that recognise what replaced it, matching a whole citation. */
  replacements: Map<number, RegExp[]>;
}

const citationsByLaw = new WeakMap<LawLibrary, LawCitations>();

function lawCitations(law: LawLibrary): LawCitations {
  let known = citationsByLaw.get(law);
  if (!known) {
    const superseded: SupersededCitation[] = [];
    const replacements = new Map<number, RegExp[]>();
    law.instruments.forEach((instrument, index) => {
      if (instrument.supersededBy === undefined) return;
      const replacement = law.instruments.find((other) => other.id === instrument.supersededBy);
      for (const pattern of instrument.recognisedBy) superseded.push({ instrument: index, pattern });
      replacements.set(index, (replacement?.recognisedBy ?? []).map((pattern) => new RegExp(`^(?:${pattern})$`, 'iu')));
    });
    known = { superseded, replacements };
    citationsByLaw.set(law, known);
  }
  return known;
}

function isHistory(section: SectionContext, match: TermMatch): boolean {
  return HISTORY.test(sentenceAt(section, match.location.from)?.text ?? '');
}

export const supersededNamesRule = documentRule<OldNameUse[]>({
  id: 'superseded-names',
  scan(section, { template }) {
    const terms = template.terminology.superseded;
    const { superseded, replacements } = lawCitations(template.law);
    if (terms.length === 0 && superseded.length === 0) return [];
    const byTerm = termMatches(section, compiledTerms(terms, (entry) => entry.pattern));
    const byLaw = termMatches(section, compiledTerms(superseded, (citation) => citation.pattern)).flatMap((match) => {
      const instrument = superseded[match.term]?.instrument ?? -1;
      // Words that also cite, in full, the instrument that replaced it ("Working Together" with no year) are not clearly the old one.
      if (replacements.get(instrument)?.some((pattern) => pattern.test(match.text))) return [];
      return [{ ...match, term: instrument }];
    });
    const uses: OldNameUse[] = [];
    const taken: TextLocation[] = [];
    const overlaps = (location: TextLocation) => taken.some((other) => location.from < other.to && other.from < location.to);
    const candidates: { match: TermMatch; name: OldName }[] = [
      ...firstOfEach(byTerm.filter((match) => !isHistory(section, match))).map((match) => ({ match, name: { from: 'terminology' as const, entry: match.term } })),
      ...firstOfEach(byLaw.filter((match) => !isHistory(section, match))).map((match) => ({ match, name: { from: 'law' as const, instrument: match.term } })),
    ];
    // The same words named in the terminology and cited from the law library are one finding.
    for (const { match, name } of candidates) {
      if (overlaps(match.location)) continue;
      taken.push(match.location);
      uses.push({ name, text: match.text, location: match.location });
    }
    return uses.sort((a, b) => a.location.from - b.location.from);
  },
  combine(scans, { template }) {
    return scans.flatMap(({ section, scan }) =>
      scan.slice(0, MAX_FINDINGS_PER_SECTION).flatMap((use): Finding[] => {
        const message = messageFor(use, template.terminology.superseded, template.law);
        return message === null ? [] : [{ severity: 'warning', section: section.id, rule: 'superseded-names', message, location: use.location }];
      }),
    );
  },
});

function messageFor(use: OldNameUse, terms: readonly { now: string; since: string; why: string }[], law: LawLibrary): string | null {
  if (use.name.from === 'terminology') {
    const entry = terms[use.name.entry];
    return entry ? `"${use.text}" is out of date: since ${entry.since} it is ${entry.now}. ${sentence(entry.why)}` : null;
  }
  const instrument = law.instruments[use.name.instrument];
  const replacement = law.instruments.find((other) => other.id === instrument?.supersededBy);
  if (!instrument || !replacement) return null;
  return `"${use.text}" cites ${instrument.title}, which ${replacement.title} replaced. Cite ${replacement.title} instead, and check what changed.`;
}
