import type { ElementCheck, SectionRule } from './sectionRule.js';

/** The title page is a form, so its rule reads the cover fields rather than the section text. */
export const coverRule: SectionRule = {
  sectionId: 'cover',
  check(_context, { cover }) {
    const filled = (value: string): boolean => value.trim() !== '';
    const checks: ElementCheck[] = [
      { element: 'council', passed: filled(cover.council), message: 'Add the name of the council (or partnership) whose strategy this is.' },
      { element: 'title', passed: filled(cover.title), message: 'Give the strategy a title, for example "Corporate Parenting Strategy".' },
      {
        element: 'period',
        passed: cover.periodStart !== null && cover.periodEnd !== null,
        message: 'Fill in the first and last year the strategy covers.',
      },
      { element: 'date-or-version', passed: filled(cover.date) || filled(cover.version), message: 'Add the date of this version or a version number, so readers know which text they have.' },
      { element: 'owner', passed: filled(cover.owner), message: 'Name the owner of the strategy: the director or service responsible for it.' },
      { element: 'approving-body', passed: filled(cover.approvingBody), message: 'Say which body approves the strategy (normally Full Council).' },
    ];
    if (cover.periodStart !== null && cover.periodEnd !== null && cover.periodEnd <= cover.periodStart) {
      checks.push({
        element: 'period-order',
        passed: false,
        severity: 'error',
        message: `The strategy period ends (${cover.periodEnd}) before or in the year it starts (${cover.periodStart}). Check the two years.`,
      });
    }
    return checks;
  },
};
