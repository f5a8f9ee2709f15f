import { ApiFailure } from '../../../shared/api/errors.js';
import { emptyDoc } from '../../../shared/model/docJson.js';
import type { Draft } from '../../../shared/model/draft.js';
import { LANGUAGE_ENGLISH_NAMES, type ContentLanguage } from '../../../shared/model/language.js';
import { packLanguages, type Template } from '../../../shared/template/template.js';

/**
 * A bilingual draft is exported as two documents, one per language, rather
 * than the two texts side by side: a strategy runs to dozens of pages with
 * tables, which side-by-side columns would halve in width and make twice as
 * long, and the Welsh Language Standards accept a separate Welsh document
 * published at the same time as the English one, no less prominently.
 */

/** Refuses a language the draft's pack is not written in, before any work is done. */
export function checkExportLanguage(template: Template, language: ContentLanguage): void {
  if (packLanguages(template).includes(language)) return;
  throw new ApiFailure('invalid-request', `This strategy's template is written in English only, so there is no ${LANGUAGE_ENGLISH_NAMES[language]} document to export.`);
}

/**
 * The draft as printed in one language: for Welsh, every section holds its
 * Welsh text in place of the English (a section with none is empty, so the
 * export notes it as not written, as for an English section). The title
 * page and the review state are the draft's own.
 */
export function draftInLanguage(draft: Draft, language: ContentLanguage): Draft {
  if (language === 'en') return draft;
  const texts = draft.translations?.[language] ?? {};
  return { ...draft, sections: draft.sections.map((section) => ({ ...section, doc: texts[section.id]?.doc ?? emptyDoc() })) };
}
