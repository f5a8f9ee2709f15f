import { z } from 'zod';
import { findPersonNames } from '../names.js';
import type { SectionContext } from '../sectionContext.js';
import type { TextLocation } from '../types.js';
import { units } from './mentions.js';
import { elementId, message, patterns } from './params.js';
import { sectionRule } from './sectionRule.js';

const TITLED_NAME = /\b(?:Cllr\.?|Councillor|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Miss)\s+\p{Lu}[\p{L}'’-]+/u;

const hasName = (text: string): boolean => TITLED_NAME.test(text) || findPersonNames(text).length > 0;

/** A name and a role in one sentence, or the usual two short signature lines: the name, then the role. */
function signature(context: SectionContext, roles: RegExp[]): TextLocation | undefined {
  const isRole = (text: string): boolean => roles.some((role) => role.test(text));
  const together = units(context).find((unit) => isRole(unit.text) && hasName(unit.text));
  if (together) return together;
  for (let index = 0; index + 1 < context.blocks.length; index += 1) {
    const name = context.blocks[index];
    const role = context.blocks[index + 1];
    if (name && role && name.text.length < 80 && hasName(name.text) && isRole(role.text)) return { from: name.from, to: role.from + role.text.length };
  }
  return undefined;
}

/** Signed by a person named with one of the signatory roles the pack lists. */
export const signedRule = sectionRule({
  kind: 'section',
  id: 'signed',
  summary: 'Passes when a person\'s name and one of the signatory roles stand together, in one sentence or on two signature lines.',
  params: z.strictObject({ element: elementId.default('signed'), roles: patterns, message }),
  elements: (params) => [params.element],
  check(context, _env, params) {
    return [{ element: params.element, passed: signature(context, params.roles) !== undefined, message: params.message }];
  },
});
