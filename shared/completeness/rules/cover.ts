import { z } from 'zod';
import type { CoverFields } from '../../model/draft.js';
import { elementId, message } from './params.js';
import { sectionRule, type ElementCheck } from './sectionRule.js';

const FIELD_NAMES = ['council', 'title', 'periodStart', 'periodEnd', 'date', 'version', 'owner', 'approvingBody', 'logo'] as const satisfies readonly (keyof CoverFields)[];

const filled = (value: CoverFields[keyof CoverFields]): boolean => (typeof value === 'string' ? value.trim() !== '' : value !== null && value !== undefined);

/**
 * The title page is a form, so this rule reads the cover fields rather than
 * text: each element names the fields it needs (all of them, or any one),
 * and a period that ends before it starts is always an error.
 */
export const coverFieldsRule = sectionRule({
  kind: 'section',
  id: 'cover-fields',
  summary: 'Reads the cover fields: each element needs all (or any one) of its fields filled in; a period that ends before it starts is always an error.',
  params: z.strictObject({
    fields: z.array(z.strictObject({ element: elementId, fields: z.array(z.enum(FIELD_NAMES)).min(1), need: z.enum(['all', 'any']).default('all'), message })).min(1),
  }),
  elements: (params) => [...params.fields.map((field) => field.element), 'period-order'],
  check(_context, { cover }, params) {
    const checks: ElementCheck[] = params.fields.map((field) => ({
      element: field.element,
      passed: field.need === 'all' ? field.fields.every((name) => filled(cover[name])) : field.fields.some((name) => filled(cover[name])),
      message: field.message,
    }));
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
});
