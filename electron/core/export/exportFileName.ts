import type { CoverFields } from '../../../shared/model/draft.js';
import { LANGUAGE_NAMES, type ContentLanguage } from '../../../shared/model/language.js';

import { EXPORT_FORMATS, type ExportFormat } from '../../../shared/export/formats.js';

/** Long enough for any council's name, short enough for old Windows path limits once a folder is added. */
const MAX_BASE_LENGTH = 150;

/**
 * The name a saved export is offered under, from the title page and the
 * pack's name for the document:
 * "Northfield Borough Council corporate parenting strategy 2025-2028 (DRAFT).docx";
 * a bilingual draft's Welsh document says so in Welsh: "… 2025-2028 (Cymraeg).pdf".
 * Characters Windows, macOS or Linux refuse in a file name are left out, so
 * the same name works wherever the file is saved or sent.
 */
export function exportFileName(
  cover: Pick<CoverFields, 'council' | 'periodStart' | 'periodEnd'>,
  documentName: string,
  format: ExportFormat,
  markedDraft: boolean,
  language: ContentLanguage = 'en',
): string {
  const council = cover.council.trim();
  const standalone = documentName.charAt(0).toUpperCase() + documentName.slice(1);
  const period = cover.periodStart !== null && cover.periodEnd !== null ? `${cover.periodStart}-${cover.periodEnd}` : String(cover.periodStart ?? cover.periodEnd ?? '');
  const words = [council === '' ? standalone : `${council} ${documentName}`, period].filter((part) => part !== '').join(' ');
  // Windows drops trailing dots and spaces, which would change the name under the user; cutting a long name can leave some.
  const base = sanitise(words).slice(0, MAX_BASE_LENGTH).replace(/[. ]+$/, '') || sanitise(standalone);
  return `${base}${language === 'en' ? '' : ` (${LANGUAGE_NAMES[language]})`}${markedDraft ? ' (DRAFT)' : ''}${EXPORT_FORMATS[format].extension}`;
}

function sanitise(text: string): string {
  return (
    text
      // Control characters and the characters Windows reserves.
      .replace(/[\u0000-\u001f\u007f<>:"/\\|?*]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
  );
}
