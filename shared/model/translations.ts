import type { TranslatedSections } from '../completeness/types.js';
import { hasVisibleContent } from '../import/unsorted.js';
import type { Draft } from './draft.js';
import { TRANSLATION_LANGUAGES } from './language.js';

/** By language, the sections whose other-language text has something a reader would see, for the check. */
export function translatedSections(translations: Draft['translations']): TranslatedSections {
  const translated: TranslatedSections = {};
  for (const language of TRANSLATION_LANGUAGES) {
    const texts = translations?.[language];
    if (texts) translated[language] = Object.entries(texts).filter(([, text]) => hasVisibleContent(text.doc)).map(([sectionId]) => sectionId);
  }
  return translated;
}
