import { mention } from './mentions.js';
import type { SectionRule } from './sectionRule.js';

export const introductionRule: SectionRule = {
  sectionId: 'introduction',
  check(context) {
    return [
      mention(context, 'looked-after-child', [/\blooked[- ]after\b/i, /\bchild(?:ren)? in (?:our )?care\b/i], 'Explain who is a looked after child (a child in the care of the council, by a care order or by agreement with their parents).'),
      mention(context, 'care-leaver', [/\bcare[- ]leavers?\b/i, /\bleaving care\b/i, /\bleft care\b/i, /\bcare[- ]experienced\b/i], 'Explain who is a care leaver and that the council\'s duties to them continue up to age 25.'),
      mention(
        context,
        'shared-duty',
        [/\bwhole (?:of the )?council\b/i, /\b(?:every|all|each) (?:elected )?(?:councillors?|members?|officers?|employees?|staff|departments?)\b/i, /\bcouncil as a whole\b/i, /\bpartners?\b/i],
        'Say that the duty is shared by the whole council (every councillor and officer) and by its partners such as health, schools and police.',
      ),
      mention(context, 'statutory-basis', [/\bAct\s+(?:of\s+)?(?:19|20)\d{2}\b/i, /\bstatutory\b/i, /\bby law\b/i, /\blegal (?:duty|duties|responsibilit)/i, /\blegislation\b/i], 'State the statutory basis: the corporate parenting duties in law (for example the Children and Social Work Act 2017).'),
    ];
  },
};
