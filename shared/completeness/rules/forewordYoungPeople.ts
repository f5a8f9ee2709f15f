import { z } from 'zod';
import { elementId, message, patterns } from './params.js';
import { sectionRule } from './sectionRule.js';

/**
 * A foreword in young people's own words reads in the first person: the rule
 * counts first-person words (the pack's list) and asks for a few at least.
 */
export const firstPersonRule = sectionRule({
  kind: 'section',
  id: 'first-person',
  summary: 'Passes when the words (first-person pronouns) occur at least atLeast times in all.',
  params: z.strictObject({ element: elementId.default('first-person'), words: patterns, atLeast: z.number().int().positive(), message }),
  elements: (params) => [params.element],
  check(context, _env, params) {
    const found = params.words.reduce((sum, word) => sum + (context.text.match(new RegExp(word.source, `${word.flags}g`))?.length ?? 0), 0);
    return [{ element: params.element, passed: found >= params.atLeast, message: params.message }];
  },
});
