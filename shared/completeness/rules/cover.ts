import { z } from 'zod';
import type { CoverFields } from '../../model/draft.js';
import { findAll, type SectionContext, type TextBlock } from '../sectionContext.js';
import type { TextLocation } from '../types.js';
import { elementId, message, patterns } from './params.js';
import { sectionRule, type ElementCheck } from './sectionRule.js';

const FIELD_NAMES = ['council', 'title', 'periodStart', 'periodEnd', 'date', 'version', 'owner', 'approvingBody', 'logo'] as const satisfies readonly (keyof CoverFields)[];

/**
 * How far into a part title-page lines are looked for. Imported title pages
 * land at the top of whichever part follows them, as a run of short lines
 * (title, subtitle, "Published by …", "Owner: …", "Version 1.0"); the run
 * ends at the first paragraph of running text, and the same words further
 * into a chapter ("approved by the Board") are not the title page.
 */
const OPENING_BLOCKS = 12;
/** The first few lines of a part are its opening whatever they are. */
const FIRST_LINES = 4;
/** Title-page lines are short; a sentence in running text ("This strategy will be adopted by Full Council. …") is not one. */
const TITLE_PAGE_LINE_CHARACTERS = 120;

/** A line of a title page's run: short, not a sentence (no full stop at its end), not a table's cell ("Owner" heading a column). */
const isTitlePageLine = (block: TextBlock): boolean => block.kind !== 'cell' && block.text.length <= TITLE_PAGE_LINE_CHARACTERS && !/[.!?]["'’”)]*\s*$/.test(block.text);

/** The first short line among a part's opening ones that matches every pattern (one line holds the title and its years). */
function inOpening(context: SectionContext, all: RegExp[]): TextLocation | undefined {
  const [first, ...rest] = all;
  if (!first) return undefined;
  const candidate = findAll(context, first).find(({ blockIndex }) => {
    const line = context.blocks[blockIndex]?.text ?? '';
    const opening = blockIndex < FIRST_LINES || (blockIndex < OPENING_BLOCKS && context.blocks.slice(0, blockIndex).every(isTitlePageLine));
    return opening && context.blocks[blockIndex]?.kind !== 'cell' && line.length <= TITLE_PAGE_LINE_CHARACTERS && rest.every((pattern) => pattern.test(line));
  });
  return candidate?.location;
}

const filled = (value: CoverFields[keyof CoverFields]): boolean => (typeof value === 'string' ? value.trim() !== '' : value !== null && value !== undefined);

/**
 * The title page is a form, so this rule reads the cover fields rather than
 * text: each element names the fields it needs (all of them, or any one),
 * and a period that ends before it starts is always an error. With
 * `inText`, an element whose fields are empty is looked for at the top of
 * the written parts (every pattern in one line): an imported title page
 * often lands there, and a reviewer does not call a title missing that
 * heads the document; the finding then says where it is, to copy into the
 * title page (see `acrossDocument.ts`).
 */
export const coverFieldsRule = sectionRule({
  kind: 'section',
  id: 'cover-fields',
  summary: 'Reads the cover fields: each element needs all (or any one) of its fields filled in; a period that ends before it starts is always an error.',
  params: z.strictObject({
    fields: z
      .array(z.strictObject({ element: elementId, fields: z.array(z.enum(FIELD_NAMES)).min(1), need: z.enum(['all', 'any']).default('all'), message, inText: patterns.optional() }))
      .min(1),
  }),
  elements: (params) => [...params.fields.map((field) => field.element), 'period-order'],
  check(_context, { cover }, params) {
    const checks: ElementCheck[] = params.fields.map((field) => ({
      element: field.element,
      passed: field.need === 'all' ? field.fields.every((name) => filled(cover[name])) : field.fields.some((name) => filled(cover[name])),
      message: field.message,
      ...(field.inText ? { acrossDocument: (other: SectionContext) => inOpening(other, field.inText ?? []) } : {}),
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
