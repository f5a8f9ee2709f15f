import { UNSORTED } from '../../../../shared/import/types.js';
import type { SectionRole, Template, TemplateSection } from '../../../../shared/template/template.js';
import { headingWords } from '../readers/headingText.js';

/**
 * What import looks for, read from the pack the document is imported into
 * (`import.json`): for each section, the heading words that name it, the
 * signals its text shows and where in a document it usually sits. The
 * patterns are compiled once per import.
 */

/** What of a template import needs: its sections (for their ids, places and roles) and its cues. */
export interface ImportTemplate {
  sections: readonly Pick<TemplateSection, 'id' | 'title' | 'kind' | 'appendix' | 'roles'>[];
  importCues: Template['importCues'];
}

export type Place = 'opening' | 'body' | 'appendix';

export interface HeadingCue {
  pattern: RegExp;
  weight: number;
}

export interface ContentSignal {
  /** Global, so that every match in the text is counted. */
  pattern: RegExp;
  /** How many matches make the signal count in full. */
  saturation: number;
  weight: number;
}

export interface SectionCues {
  id: string;
  /** The section's own title as heading words: a document exported from this template (or edited from one) is read back into the same sections. */
  title: string;
  place: Place;
  /** A foreword opens the document: it is expected among its first parts and seldom further in. */
  foreword: boolean;
  /** The section a series of priorities, commitments or ambitions ("Commitment A", "Priority 2") is filed in, by its role in the pack. */
  priorities: boolean;
  /** Its subject can be one theme of a pledge or of priorities: among such themes, a sub-heading naming it stays with them. */
  theme: boolean;
  headings: HeadingCue[];
  content: ContentSignal[];
}

export interface CueBook {
  /** Every text section of the template, in reading order, with its cues (possibly none). */
  sections: SectionCues[];
  /** Headings the template has no section for. */
  unplaced: HeadingCue[];
}

const FOREWORD_ROLES: readonly SectionRole[] = ['young-people-foreword', 'leadership-foreword'];

export function compileCues(template: ImportTemplate): CueBook {
  const cues = template.importCues;
  return {
    sections: template.sections
      .filter((section) => section.kind === 'text' && section.id !== UNSORTED)
      .map((section) => {
        const own = cues.sections[section.id];
        return {
          id: section.id,
          title: headingWords(section.title),
          place: own?.place ?? (section.appendix ? 'appendix' : 'body'),
          foreword: section.roles.some((role) => FOREWORD_ROLES.includes(role)),
          priorities: section.roles.includes('priorities'),
          theme: own?.theme === true,
          headings: (own?.headings ?? []).map(({ pattern, weight }) => ({ pattern: compile(pattern, 'i'), weight })),
          content: (own?.content ?? []).map(({ pattern, saturation, weight }) => ({ pattern: compile(pattern, 'gi'), saturation, weight })),
        };
      }),
    unplaced: cues.unplacedHeadings.map(({ pattern, weight }) => ({ pattern: compile(pattern, 'i'), weight })),
  };
}

/** Unicode mode only for a pattern that needs it (`\p{L}`, `\u{…}`): it makes V8 match some ten times slower, and every part is matched against every cue. */
function compile(source: string, flags: 'i' | 'gi'): RegExp {
  return new RegExp(source, /\\[pPu]\{/.test(source) ? `${flags}u` : flags);
}
