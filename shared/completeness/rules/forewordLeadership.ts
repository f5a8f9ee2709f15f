import { findPersonNames } from '../names.js';
import { readabilityOfSection } from '../readability.js';
import type { SectionContext } from '../sectionContext.js';
import type { TextLocation } from '../types.js';
import { mention, units } from './mentions.js';
import type { SectionRule } from './sectionRule.js';

const ROLE = /\b(?:Councillor|Cllr\.?|Lead Member|Cabinet Member|Portfolio Holder|Leader of the Council|(?:Executive |Corporate |Strategic )?Director|Chief Executive|Mayor|Chair)\b/i;
const TITLED_NAME = /\b(?:Cllr\.?|Councillor|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Miss)\s+\p{Lu}[\p{L}'’-]+/u;

export const forewordLeadershipRule: SectionRule = {
  sectionId: 'foreword-leadership',
  check(context) {
    const readability = readabilityOfSection(context);
    return [
      mention(context, 'role', ROLE, 'Give the signatory\'s role, for example Lead Member for Children\'s Services or Director of Children\'s Services.'),
      {
        element: 'signed',
        passed: signature(context) !== undefined,
        message: 'Sign the foreword with the name and role of at least one elected member or director.',
      },
      {
        element: 'reading-age',
        passed: false,
        severity: 'info',
        message: `Reading age about ${readability.readingAge} (Flesch-Kincaid grade ${readability.grade}). Children and young people read this too.`,
      },
    ];
  },
};

const hasName = (text: string): boolean => TITLED_NAME.test(text) || findPersonNames(text).length > 0;

/** A name and a role in one sentence, or the usual two short signature lines: the name, then the role. */
function signature(context: SectionContext): TextLocation | undefined {
  const together = units(context).find((unit) => ROLE.test(unit.text) && hasName(unit.text));
  if (together) return together;
  for (let index = 0; index + 1 < context.blocks.length; index += 1) {
    const name = context.blocks[index];
    const role = context.blocks[index + 1];
    if (name && role && name.text.length < 80 && hasName(name.text) && ROLE.test(role.text)) return { from: name.from, to: role.from + role.text.length };
  }
  return undefined;
}
