import { z } from 'zod';
import { UNSORTED } from '../../import/types.js';
import { LANGUAGE_ENGLISH_NAMES, TRANSLATION_LANGUAGES } from '../../model/language.js';
import { patternSource } from '../../template/template.js';
import { compile } from '../rules/params.js';
import { findFirst } from '../sectionContext.js';
import { DOCUMENT_SECTION, type Finding } from '../types.js';
import { documentRule, type DocumentRule } from './documentRule.js';

export const translationMissingParamsSchema = z.strictObject({
  /** The other language every written section needs a text in ("cy": Welsh). */
  language: z.enum(TRANSLATION_LANGUAGES),
  severity: z.enum(['error', 'warning', 'info']).default('warning'),
  /** What the finding says; {language} is the language's English name (Welsh), as the findings are in English. */
  message: z.string().trim().min(1).default('This section has no {language} text yet. Add the council’s own {language} version beside the English before the document is published.'),
  /** What the one finding for the whole document says while no section has the other language yet; {count} is how many sections wait for it. */
  notStartedMessage: z
    .string()
    .trim()
    .min(1)
    .default('No section has {language} text yet (sections written in English only: {count}). Add the council’s {language} beside the English in each section before the document is published, unless the {language} edition is published as a separate document.'),
  /** Words by which a document says its other-language edition is published apart ("This document is available in Welsh"): then, until any section has that language, the finding is advice. */
  separateEdition: z.array(patternSource).min(1).optional(),
  /** What the one finding for the document says when it says so; {language} as above. */
  separateEditionMessage: z
    .string()
    .trim()
    .min(1)
    .default('The document says it is available in {language}, so its {language} edition is taken to be a separate document. If it is to be bilingual instead, add the {language} beside the English in each section.'),
});
export type TranslationMissingParams = z.infer<typeof translationMissingParamsSchema>;

/**
 * A bilingual document (Welsh Language Standards) publishes every section
 * in both languages, so each section with English text written and nothing
 * in the other language gets one finding: a warning once the other language
 * has been started, a note beside one warning for the document until then.
 * The other texts are the council's own words, saved beside the English;
 * which sections have one is given to the check with its input. The scan
 * only looks for the document saying its other edition is published apart.
 */
export function translationMissingRule(params: TranslationMissingParams): DocumentRule {
  const language = LANGUAGE_ENGLISH_NAMES[params.language];
  const message = params.message.replaceAll('{language}', language);
  const rule = `translation-missing.${params.language}`;
  const separateEdition = params.separateEdition?.map(compile) ?? [];
  return documentRule<boolean>({
    id: 'translation-missing',
    scan: (section) => separateEdition.length > 0 && findFirst(section, separateEdition) !== undefined,
    combine: (scans, document) => {
      const translated = new Set(document.translated?.[params.language] ?? []);
      // Unsorted text is not published, so it needs no translation.
      const waiting = scans.filter(({ section }) => section.id !== UNSORTED && !translated.has(section.id));
      if (waiting.length === 0) return [];
      // Before any Welsh is written (a draft just begun, or an English edition imported) the gap is one fact about the
      // document, said once; each section keeps a note, so its Welsh text is still one click away.
      const notStarted = translated.size === 0;
      const perSection = waiting.map(({ section }): Finding => ({ severity: notStarted ? 'info' : params.severity, section: section.id, rule, message }));
      if (!notStarted) return perSection;
      if (scans.some(({ scan }) => scan)) return [{ severity: 'info', section: DOCUMENT_SECTION, rule, message: params.separateEditionMessage.replaceAll('{language}', language) }, ...perSection];
      const whole = params.notStartedMessage.replaceAll('{language}', language).replaceAll('{count}', String(waiting.length));
      return [{ severity: params.severity, section: DOCUMENT_SECTION, rule, message: whole }, ...perSection];
    },
  });
}
