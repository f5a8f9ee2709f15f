import { findTogether, mention, mentionTogether } from './mentions.js';
import type { ElementCheck, SectionRule } from './sectionRule.js';

const YEAR = /\b(?:19|20)\d{2}\b/;
const NEXT_REVIEW = /\b(?:review\w*|refresh\w*|renew\w*|revis\w*|update[ds]?)\b/i;

export const monitoringRule: SectionRule = {
  sectionId: 'monitoring',
  check(context, { cover }) {
    const review = findTogether(context, [NEXT_REVIEW, YEAR]);
    const checks: ElementCheck[] = [
      mention(context, 'who-monitors', [/\b(?:board|panel|committee|scrutiny|monitored by|oversee\w*|oversight)\b/i], 'Say who monitors the strategy (for example the Corporate Parenting Board).'),
      mention(
        context,
        'frequency',
        [/\b(?:weekly|monthly|quarterly|annually|annual|yearly|twice a year|six[- ]monthly|bi-?annual\w*|every (?:\w+ )?(?:weeks?|months?|years?|meeting)|each (?:meeting|quarter|year)|at every meeting)\b/i],
        'Say how often progress is checked (for example quarterly at the Board).',
      ),
      mentionTogether(
        context,
        'annual-report',
        [/\bannual(?:ly)?\b|\beach year\b|\bevery year\b/i, /\breport\w*\b/i, /\b(?:council|cabinet|board|committee|scrutiny|panel)\b/i],
        'Say to whom an annual report on the strategy goes (for example Full Council or scrutiny).',
      ),
      { element: 'next-review-date', passed: review !== undefined, message: 'Give the date of the next review of the strategy (at least the year).', ...(review ? { location: { from: review.from, to: review.to } } : {}) },
    ];
    const reviewYear = review ? Number(review.text.match(YEAR)?.[0]) : undefined;
    if (reviewYear !== undefined && cover.periodEnd !== null && reviewYear > cover.periodEnd) {
      checks.push({ element: 'review-after-period', passed: false, severity: 'info', message: `The next review (${reviewYear}) is after the strategy period ends (${cover.periodEnd}).`, ...(review ? { location: { from: review.from, to: review.to } } : {}) });
    }
    return checks;
  },
};
