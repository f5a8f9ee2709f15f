import { z } from 'zod';
import type { SectionContext } from '../sectionContext.js';
import { mentions } from './mentions.js';
import { elementId, message, patterns } from './params.js';
import { sectionRule, type ElementCheck } from './sectionRule.js';

/** A promise is one list item or one sentence outside a list. */
function promises(context: SectionContext): { text: string; from: number; to: number }[] {
  return context.sentences.filter((sentence) => context.blocks[sentence.blockIndex]?.kind !== 'heading');
}

const matchesAny = (list: RegExp[], text: string): boolean => list.some((candidate) => candidate.test(text));

/**
 * A pledge is promises children can hold the council to: said as
 * commitments ("we will"), to "you", about each theme the pack lists, at
 * least one per theme, and without hedges ("try", "where possible").
 */
export const pledgePromisesRule = sectionRule({
  kind: 'section',
  id: 'pledge-promises',
  summary: 'Promises said as commitments, to "you", at least one per theme, about every theme, without hedges.',
  params: z.strictObject({
    commitment: patterns,
    toYou: patterns,
    hedges: patterns,
    themes: z.array(z.strictObject({ element: elementId, name: message, anyOf: patterns })).min(1),
  }),
  elements: (params) => ['concrete-promises', 'addressed-to-you', ...params.themes.map((theme) => theme.element), 'vague-promise'],
  check(context, _env, params) {
    const all = promises(context);
    const commitments = all.filter((promise) => matchesAny(params.commitment, promise.text));
    const toYou = commitments.filter((promise) => matchesAny(params.toYou, promise.text));
    const vague = commitments.find((promise) => matchesAny(params.hedges, promise.text));
    const checks: ElementCheck[] = [
      {
        element: 'concrete-promises',
        passed: commitments.length >= params.themes.length,
        message: `Write the pledge as concrete promises that start "We will …" (found ${commitments.length}; aim for at least one per theme).`,
      },
      {
        element: 'addressed-to-you',
        passed: commitments.length > 0 && toYou.length * 2 >= commitments.length,
        message: 'Address the promises to the children and young people themselves: "We will make sure you …", not "Children will be …".',
      },
      ...params.themes.map((theme): ElementCheck => ({ element: theme.element, passed: mentions(context, ...theme.anyOf), message: `Add promises about ${theme.name}.` })),
    ];
    if (vague) checks.push({ element: 'vague-promise', passed: false, severity: 'info', message: 'This promise hedges ("try", "where possible"); a promise children can hold you to says exactly what you will do.', location: { from: vague.from, to: vague.to } });
    return checks;
  },
});
