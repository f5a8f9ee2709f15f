import { checkDraft, type CompletenessReport } from '../../../shared/completeness/index.js';
import type { TranslatedSections } from '../../../shared/completeness/types.js';
import { attributionConsents } from '../../../shared/cowriting/attribution.js';
import { withAttributionLine } from '../../../shared/cowriting/attributionLine.js';
import { hasVisibleContent, unsortedFinding } from '../../../shared/import/unsorted.js';
import type { Draft } from '../../../shared/model/draft.js';
import { TRANSLATION_LANGUAGES } from '../../../shared/model/language.js';
import type { Template } from '../../../shared/template/template.js';

/**
 * The completeness report of a draft as stored: its own template, the names
 * its attribution records consent for, the council's own names for the
 * pack's local-name slots (from the library's settings), and a reminder while imported text is
 * still waiting in Unsorted (whose text the whole-document rules read as the strategy's, though no section rule does).
 * The foreword is read as it is printed, signed from the attribution record.
 */
export function checkStoredDraft(stored: Draft, template: Template, localNames: Record<string, string> = {}): CompletenessReport {
  const draft = withAttributionLine(stored, template);
  const report = checkDraft(
    {
      cover: draft.cover,
      sections: draft.sections.map((section) => ({ id: section.id, doc: section.doc, revision: section.revision })),
      consents: attributionConsents(draft.attribution),
      localNames,
      translated: translatedSections(draft.translations),
    },
    template,
  );
  const unsorted = unsortedFinding(draft.sections);
  return unsorted === null ? report : { ...report, findings: [...report.findings, unsorted] };
}

/** By language, the sections whose other-language text has something a reader would see, for the check. */
function translatedSections(translations: Draft['translations']): TranslatedSections {
  const translated: TranslatedSections = {};
  for (const language of TRANSLATION_LANGUAGES) {
    const texts = translations?.[language];
    if (texts) translated[language] = Object.entries(texts).filter(([, text]) => hasVisibleContent(text.doc)).map(([sectionId]) => sectionId);
  }
  return translated;
}
