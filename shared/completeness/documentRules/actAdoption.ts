import { z } from 'zod';
import type { CoverFields } from '../../model/draft.js';
import { sectionWithRole, type LawLibrary } from '../../template/template.js';
import { findFirst } from '../sectionContext.js';
import { DOCUMENT_SECTION, type Finding, type TextLocation } from '../types.js';
import { documentRule, type DocumentRule } from './documentRule.js';

/**
 * A strategy adopted after an Act that changes corporate parenting (for
 * England, the Children's Wellbeing and Schools Act 2026, enacted on 29
 * April 2026) should say what the Act means for it. The Act is an
 * instrument of the pack's law library, found in the text by its
 * `recognisedBy` patterns; the rule warns once, on the legal framework
 * section, when no section cites it. When the strategy was adopted is read
 * from the title page: its date, or failing that a period that starts in a
 * later year. Without either the rule says nothing rather than guess.
 */

export const actAdoptionParamsSchema = z.strictObject({
  /** The law library's id of the Act. */
  instrument: z.string().min(1),
  /** Strategies adopted after this day (YYYY-MM-DD) must address the Act. */
  adoptedAfter: z.iso.date(),
});
export type ActAdoptionParams = z.infer<typeof actAdoptionParamsSchema>;


const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "29 April 2026" from "2026-04-29". */
function longDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  return `${day ?? ''} ${MONTHS[(month ?? 1) - 1] ?? ''} ${year ?? ''}`;
}

/** Whether the title page shows the strategy adopted after the day; undefined when it cannot tell. */
export function adoptedAfter(cover: CoverFields, day: string): boolean | undefined {
  if (cover.date !== '') return cover.date > day;
  if (cover.periodStart !== null) return cover.periodStart > Number(day.slice(0, 4)) ? true : undefined;
  return undefined;
}

const patternsByLaw = new WeakMap<LawLibrary, Map<string, RegExp[]>>();

function citationPatterns(law: LawLibrary, id: string): RegExp[] | undefined {
  let byId = patternsByLaw.get(law);
  if (!byId) {
    byId = new Map(law.instruments.map((instrument) => [instrument.id, instrument.recognisedBy.map((pattern) => new RegExp(pattern, 'iu'))]));
    patternsByLaw.set(law, byId);
  }
  return byId.get(id);
}

export function actAdoptionRule(params: ActAdoptionParams): DocumentRule {
  return documentRule<TextLocation | null>({
    id: 'wellbeing-act-2026',
    scan(section, { template }) {
      const patterns = citationPatterns(template.law, params.instrument);
      return patterns ? (findFirst(section, patterns) ?? null) : null;
    },
    combine(scans, { template, cover }) {
      const instrument = template.law.instruments.find((entry) => entry.id === params.instrument);
      if (!instrument || adoptedAfter(cover, params.adoptedAfter) !== true) return [];
      if (scans.some(({ scan }) => scan !== null)) return [];
      const commencement = instrument.commencement === 'in-force' ? '' : ' Its provisions come into force by regulations, so check which have commenced.';
      const finding: Finding = {
        severity: 'warning',
        section: sectionWithRole(template, 'law')?.id ?? DOCUMENT_SECTION,
        rule: 'wellbeing-act-2026',
        message: `This strategy is adopted after ${longDate(params.adoptedAfter)} but never mentions the ${instrument.title} (${instrument.citation}). Say what it changes for your corporate parenting.${commencement}`,
      };
      return [finding];
    },
  });
}

