import { z } from 'zod';
import { UNSORTED } from '../../import/types.js';
import { LANGUAGE_ENGLISH_NAMES, TRANSLATION_LANGUAGES } from '../../model/language.js';
import type { Finding } from '../types.js';
import { documentRule, type DocumentRule } from './documentRule.js';

export const translationMissingParamsSchema = z.strictObject({
  /** The other language every written section needs a text in ("cy": Welsh). */
  language: z.enum(TRANSLATION_LANGUAGES),
  severity: z.enum(['error', 'warning', 'info']).default('warning'),
  /** What the finding says; {language} is the language's English name (Welsh), as the findings are in English. */
  message: z.string().trim().min(1).default('This section has no {language} text yet. Add the council’s own {language} version beside the English before the document is published.'),
});
export type TranslationMissingParams = z.infer<typeof translationMissingParamsSchema>;

/**
 * A bilingual document (Welsh Language Standards) publishes every section
 * in both languages, so each section with English text written and nothing
 * in the other language gets one finding. The other texts are the council's
 * own words, saved beside the English; which sections have one is given to
 * the check with its input, so the rule needs no scan of its own.
 */
export function translationMissingRule(params: TranslationMissingParams): DocumentRule {
  const message = params.message.replaceAll('{language}', LANGUAGE_ENGLISH_NAMES[params.language]);
  return documentRule<null>({
    id: 'translation-missing',
    scan: () => null,
    combine: (scans, document) => {
      const translated = new Set(document.translated?.[params.language] ?? []);
      return scans
        // Unsorted text is not published, so it needs no translation.
        .filter(({ section }) => section.id !== UNSORTED && !translated.has(section.id))
        .map(({ section }): Finding => ({ severity: params.severity, section: section.id, rule: `translation-missing.${params.language}`, message }));
    },
  });
}
