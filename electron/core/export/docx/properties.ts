import type { CoverFields } from '../../../../shared/model/draft.js';
import { formatPeriod } from '../coverText.js';
import { xmlSafeText } from '../xmlText.js';

export const DOCUMENT_SUBJECT = 'Corporate parenting strategy';

export interface DocumentProperties {
  title: string;
  subject: string;
  creator: string;
  lastModifiedBy: string;
  keywords: string;
  description: string;
}

/** What Word shows in File > Info and what search tools and document libraries index. */
export function documentProperties(cover: CoverFields, title: string, author: string | undefined): DocumentProperties {
  const council = xmlSafeText(cover.council).trim();
  const creator = xmlSafeText(cover.owner).trim() || xmlSafeText(author ?? '').trim() || council || 'Corporate Parenting Studio';
  const period = formatPeriod(cover.periodStart, cover.periodEnd);
  const version = xmlSafeText(cover.version).trim();
  const description = [
    `${DOCUMENT_SUBJECT}${council === '' ? '' : ` of ${council}`}${period === '' ? '' : `, ${period}`}.`,
    version === '' ? '' : `Version ${version}.`,
  ]
    .filter((part) => part !== '')
    .join(' ');
  return {
    title,
    subject: DOCUMENT_SUBJECT,
    creator,
    lastModifiedBy: creator,
    keywords: ['corporate parenting', 'looked after children', 'care leavers', ...(council === '' ? [] : [council])].join('; '),
    description,
  };
}
