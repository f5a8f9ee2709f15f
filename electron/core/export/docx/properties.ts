import type { CoverFields } from '../../../../shared/model/draft.js';
import { formatPeriod } from '../coverText.js';
import { printableText } from '../printableText.js';

export interface DocumentProperties {
  title: string;
  subject: string;
  creator: string;
  lastModifiedBy: string;
  keywords: string;
  description: string;
}

/** What Word shows in File > Info and what search tools and document libraries index. */
export function documentProperties(cover: CoverFields, title: string, author: string | undefined, subject: string): DocumentProperties {
  const council = printableText(cover.council).trim();
  const creator = printableText(cover.owner).trim() || printableText(author ?? '').trim() || council || 'Corporate Parenting Studio';
  const period = formatPeriod(cover.periodStart, cover.periodEnd);
  const version = printableText(cover.version).trim();
  const description = [
    `${subject}${council === '' ? '' : ` of ${council}`}${period === '' ? '' : `, ${period}`}.`,
    version === '' ? '' : `Version ${version}.`,
  ]
    .filter((part) => part !== '')
    .join(' ');
  return {
    title,
    subject,
    creator,
    lastModifiedBy: creator,
    keywords: ['corporate parenting', 'looked after children', 'care leavers', ...(council === '' ? [] : [council])].join('; '),
    description,
  };
}
