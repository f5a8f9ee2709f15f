import type { Template, TemplateSection } from '../template/template.js';

/**
 * The numbers a reader sees on each section, shared by the exporters and the
 * cross-reference rule so that "see section 4" is checked against the numbers
 * actually printed. The cover and the forewords (the sections playing a
 * `*-foreword` role) are front matter and carry no number; main sections are
 * numbered 1..n in template order; appendices are lettered A, B, … (or
 * numbered 1, 2, … when the numbering asks for it).
 * Only printed sections are counted, so a strategy without the optional
 * review of the last one reads 1, 2, 3 rather than 1, 2, 4.
 */

export type AppendixStyle = 'letter' | 'number';

/** A foreword (by young people, by the leadership, or any other the pack names) is front matter wherever it sits. */
export function isFrontMatter(section: Pick<TemplateSection, 'kind' | 'roles'>): boolean {
  return section.kind === 'cover' || section.roles.some((role) => role.endsWith('-foreword'));
}

/**
 * Whether a section appears in the document. A required section always does
 * (empty, it carries a note in a draft, and a final export of it was
 * confirmed); any other only once something is written in it.
 */
export function isPrinted(section: TemplateSection, hasContent: boolean): boolean {
  return section.kind !== 'cover' && (section.status === 'required' || hasContent);
}

/**
 * Section id → label: "1", "2", … for main sections, "Appendix A" (or "Appendix 1") for appendices.
 * Front matter and sections that are not printed are absent.
 */
export function sectionNumbering(template: Template, appendixStyle: AppendixStyle = 'letter', printed: (section: TemplateSection) => boolean = () => true): Map<string, string> {
  const labels = new Map<string, string>();
  let main = 0;
  let appendix = 0;
  for (const section of template.sections) {
    if (isFrontMatter(section) || !printed(section)) continue;
    if (section.appendix) {
      appendix += 1;
      labels.set(section.id, `Appendix ${appendixStyle === 'letter' ? appendixLetter(appendix) : String(appendix)}`);
    } else {
      main += 1;
      labels.set(section.id, String(main));
    }
  }
  return labels;
}

/** 1 → A, 26 → Z, 27 → AA, like spreadsheet columns. */
export function appendixLetter(index: number): string {
  let remaining = index;
  let letters = '';
  while (remaining > 0) {
    const digit = (remaining - 1) % 26;
    letters = String.fromCharCode(65 + digit) + letters;
    remaining = Math.floor((remaining - 1) / 26);
  }
  return letters;
}
