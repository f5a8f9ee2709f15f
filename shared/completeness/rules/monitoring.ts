import { z } from 'zod';
import { findTogether } from './mentions.js';
import { elementId, message, patterns } from './params.js';
import { sectionRule, type ElementCheck } from './sectionRule.js';

const YEAR = /\b(?:19|20)\d{2}\b/;

/**
 * When the strategy is next reviewed: a sentence with one of the review
 * words and a year. A review after the period on the cover is noted.
 */
export const nextReviewRule = sectionRule({
  kind: 'section',
  id: 'next-review',
  summary: 'A sentence with a review word and a year; a review after the period on the cover is noted.',
  params: z.strictObject({ element: elementId.default('next-review-date'), review: patterns, message }),
  elements: (params) => [params.element, 'review-after-period'],
  check(context, { cover }, params) {
    const review = params.review.map((cue) => findTogether(context, [cue, YEAR])).find((found) => found !== undefined);
    const location = review ? { location: { from: review.from, to: review.to } } : {};
    const checks: ElementCheck[] = [{ element: params.element, passed: review !== undefined, message: params.message, ...location }];
    const reviewYear = review ? Number(review.text.match(YEAR)?.[0]) : undefined;
    if (reviewYear !== undefined && cover.periodEnd !== null && reviewYear > cover.periodEnd) {
      checks.push({ element: 'review-after-period', passed: false, severity: 'info', message: `The next review (${reviewYear}) is after the strategy period ends (${cover.periodEnd}).`, ...location });
    }
    return checks;
  },
});
