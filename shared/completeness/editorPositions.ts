import type { Mappable } from 'prosemirror-transform';
import type { SectionContext } from './sectionContext.js';
import type { CompletenessReport, Finding, PrincipleCoverage, ReadabilityReport, TextLocation } from './types.js';

/**
 * The rules read each section with its suggestions accepted, so the positions
 * they report are of that text. The editor still shows struck-through words,
 * and a click on a finding selects in the editor's document: this translates
 * a finished report into the editor's positions, in one place, so no rule has
 * to know about suggestions. Sections without suggestions keep their findings
 * as they are, and a draft without any costs one pass over its sections.
 */

/**
 * The same words in the edited document. The start moves past struck-through
 * text just before it and the end stays before struck-through text just after
 * it, so the range never takes in words the finding was not about; a range
 * that would turn inside out (an empty one where text was struck) collapses
 * onto its start.
 */
export function toEditorLocation<Location extends TextLocation>(location: Location, toEdited: Mappable): Location {
  const from = toEdited.map(location.from, 1);
  const to = toEdited.map(location.to, -1);
  return { ...location, from, to: Math.max(from, to) };
}

export function toEditorPositions(report: CompletenessReport, sections: readonly SectionContext[]): CompletenessReport {
  let mappings: Map<string, Mappable> | undefined;
  for (const section of sections) {
    if (section.toEdited) (mappings ??= new Map()).set(section.id, section.toEdited);
  }
  if (!mappings) return report;
  const mappingOf = mappings;
  return {
    ...report,
    findings: report.findings.map((finding) => mapFinding(finding, mappingOf.get(finding.section))),
    principles: report.principles.map((principle) => mapPrinciple(principle, mappingOf)),
    readability: mapReadability(report.readability, mappingOf),
  };
}

function mapFinding(finding: Finding, toEdited: Mappable | undefined): Finding {
  if (!toEdited || !finding.location) return finding;
  return { ...finding, location: toEditorLocation(finding.location, toEdited) };
}

function mapPrinciple(principle: PrincipleCoverage, mappings: ReadonlyMap<string, Mappable>): PrincipleCoverage {
  if (!principle.addressedIn.some((place) => mappings.has(place.section))) return principle;
  return {
    ...principle,
    addressedIn: principle.addressedIn.map((place) => {
      const toEdited = mappings.get(place.section);
      return toEdited ? { ...place, location: toEditorLocation(place.location, toEdited) } : place;
    }),
  };
}

function mapReadability(readability: Record<string, ReadabilityReport>, mappings: ReadonlyMap<string, Mappable>): Record<string, ReadabilityReport> {
  if (!Object.keys(readability).some((id) => mappings.has(id))) return readability;
  const mapped: Record<string, ReadabilityReport> = {};
  for (const [id, report] of Object.entries(readability)) {
    const toEdited = mappings.get(id);
    mapped[id] = toEdited ? { ...report, longestSentences: report.longestSentences.map((span) => toEditorLocation(span, toEdited)) } : report;
  }
  return mapped;
}
