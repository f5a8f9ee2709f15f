import { z } from 'zod';

/**
 * The languages a section's text can be written in. English is every
 * section's own text; a bilingual pack (Wales: the Welsh Language Standards)
 * adds a second text per section, written by the council, never machine
 * translated.
 */
export const CONTENT_LANGUAGES = ['en', 'cy'] as const;
export type ContentLanguage = (typeof CONTENT_LANGUAGES)[number];

/** The languages a section can hold besides its English text. */
export const TRANSLATION_LANGUAGES = ['cy'] as const;
export type TranslationLanguage = (typeof TRANSLATION_LANGUAGES)[number];

export const contentLanguageSchema = z.enum(CONTENT_LANGUAGES);

/** Names as each language's speakers write them, for switches and export choices. */
export const LANGUAGE_NAMES: Record<ContentLanguage, string> = { en: 'English', cy: 'Cymraeg' };

/** Names in English, for messages written in English (the checker's findings). */
export const LANGUAGE_ENGLISH_NAMES: Record<ContentLanguage, string> = { en: 'English', cy: 'Welsh' };

/** BCP 47 tags as Word (`w:lang`) and HTML want them, so spell check and hyphenation use the right dictionary. */
export const LANGUAGE_TAGS: Record<ContentLanguage, string> = { en: 'en-GB', cy: 'cy-GB' };

export function isTranslationLanguage(language: ContentLanguage): language is TranslationLanguage {
  return language !== 'en';
}
