import type { z } from 'zod';
import type { CoverFields } from '../../model/draft.js';
import type { Template } from '../../template/template.js';
import type { SectionContext } from '../sectionContext.js';
import type { ConsentRecord, Finding, PrincipleCoverage, TranslatedSections } from '../types.js';

/** What the whole-document rules know besides the sections: fixed for a template. */
export interface DocumentSetting {
  template: Template;
  numbering: Map<string, string>;
}

/** The written sections of a draft (present and not just starter text), in template order, with the draft's consents. */
export interface DocumentContext extends DocumentSetting {
  sections: SectionContext[];
  consents: ConsentRecord[];
  /** The title page's fields (when the strategy was adopted, for instance). */
  cover: CoverFields;
  /** For a bilingual draft: by language, the sections whose text in that language has something written. */
  translated?: TranslatedSections;
  /** The council's own names for the pack's local-name slots (slot id → name): its Board's, its Children in Care Council's. */
  localNames?: Readonly<Record<string, string>>;
}

export interface SectionScan<Scan> {
  section: SectionContext;
  scan: Scan;
}

/**
 * A check across the whole strategy, in two steps: `scan` reads one section
 * and depends on nothing else, so its result is kept with the section and
 * only redone when the section changes; `combine` puts the scans of all
 * sections together (an acronym defined in one section and used in another)
 * and always runs, which is cheap because the scans are small.
 */
export interface DocumentRule<Scan = unknown> {
  id: string;
  scan(section: SectionContext, setting: DocumentSetting): Scan;
  combine(scans: SectionScan<Scan>[], document: DocumentContext): Finding[];
  /** For the principles rule: where each duty is addressed, which the report lists beside the findings. */
  coverage?(scans: SectionScan<Scan>[]): PrincipleCoverage[];
}

/** Rules with different scan types in one list: each rule only ever sees its own scans. */
export function documentRule<Scan>(rule: DocumentRule<Scan>): DocumentRule {
  return rule as unknown as DocumentRule;
}

/** For rules whose findings in a section depend on that section alone. */
export function perSection(id: string, scan: (section: SectionContext, setting: DocumentSetting) => Finding[]): DocumentRule {
  return documentRule<Finding[]>({ id, scan, combine: (scans) => scans.flatMap((entry) => entry.scan) });
}

/** More findings of one kind in one section than a writer can act on at once only hide the other findings. */
export const MAX_FINDINGS_PER_SECTION = 20;

const scanCache = new WeakMap<SectionContext, { setting: DocumentSetting; scans: Map<string, unknown> }>();

/**
 * The scan of a rule over a section, remembered for as long as the section
 * context lives. Section contexts are immutable and the incremental checker
 * keeps one per unchanged section, so an edit re-scans only the edited one.
 */
export function cachedScan<Scan>(section: SectionContext, key: string, setting: DocumentSetting, scan: () => Scan): Scan {
  let entry = scanCache.get(section);
  if (!entry || entry.setting !== setting) {
    entry = { setting, scans: new Map() };
    scanCache.set(section, entry);
  }
  if (entry.scans.has(key)) return entry.scans.get(key) as Scan;
  const result = scan();
  entry.scans.set(key, result);
  return result;
}

/**
 * A whole-document check a pack can list in `rules.json`, by rule id, with
 * its params; `create` makes the rule for one template (once per template,
 * so its scans stay cached with the sections).
 */
export interface DocumentRuleDefinition<Params = unknown> {
  kind: 'document';
  id: string;
  /** What it checks, for pack authors (shown in the JSON Schema of rules.json). */
  summary: string;
  params: z.ZodType<Params>;
  create(params: Params, template: Template): DocumentRule;
}

export function documentRuleDefinition<Params>(definition: DocumentRuleDefinition<Params>): DocumentRuleDefinition {
  return definition as unknown as DocumentRuleDefinition;
}
