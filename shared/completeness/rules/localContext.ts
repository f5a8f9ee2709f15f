import { DATE_PATTERN } from '../text.js';
import type { SectionContext } from '../sectionContext.js';
import type { TextLocation } from '../types.js';
import { mention, units } from './mentions.js';
import type { ElementCheck, SectionRule } from './sectionRule.js';

const NUMBER = /(?<![\p{L}\p{N}])\d[\d,]*(?:\.\d+)?(?![\p{L}])/u;
const LOOKED_AFTER = /\b(?:looked[- ]after|in (?:our )?care|LAC|CLA|children in care)\b/i;
const CARE_LEAVERS = /\bcare[- ]leavers?\b|\bleaving care\b|\bcare[- ]experienced\b/i;
const PLACEMENTS = /\b(?:placements?|placed|foster(?:ing|ed)?|residential|children['’]s homes?|kinship|connected persons|semi[- ]independent|supported accommodation)\b/i;
const OUTCOMES = /\b(?:attainment|key stage|GCSEs?|exams?|EET|NEET|education,? employment|employment|training|universit\w*|college|attendance|exclusions?|school)\b/i;

/** Dates are numbers too; they are taken out before looking for the figure itself. */
const DATES = /\b\d{1,2}(?:st|nd|rd|th)?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b|\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b|\b(?:19|20)\d{2}(?:[/-]\d{2,4})?\b/gi;

/** A number about a subject in a sentence (or table row) that also says when it was true. */
function datedFigure(context: SectionContext, subject: RegExp): TextLocation | undefined {
  return units(context).find((unit) => subject.test(unit.text) && DATE_PATTERN.test(unit.text) && NUMBER.test(unit.text.replace(DATES, ' ')));
}

function figureCheck(context: SectionContext, element: string, subject: RegExp, message: string): ElementCheck {
  return { element, passed: datedFigure(context, subject) !== undefined, message };
}

export const localContextRule: SectionRule = {
  sectionId: 'local-context',
  check(context) {
    return [
      figureCheck(context, 'looked-after-figure', LOOKED_AFTER, 'Give the number of looked after children with the date it was true, e.g. "… children in care at 31 March 2024".'),
      figureCheck(context, 'care-leaver-figure', CARE_LEAVERS, 'Give the number of care leavers the council supports, with the date it was true.'),
      mention(
        context,
        'comparison',
        [/\bper 10,?000\b/i, /\bnational(?:ly)?\b/i, /\bEngland average\b/i, /\bstatistical neighbours?\b/i, /\bregional(?:ly)?\b/i, /\bcompared (?:with|to)\b/i, /\b(?:higher|lower) than\b/i],
        'Compare your figures with others: a rate per 10,000 children, the national average or your statistical neighbours.',
      ),
      figureCheck(context, 'placement-figures', PLACEMENTS, 'Add dated figures on placements (for example how many children live with foster carers, and placement stability).'),
      figureCheck(context, 'outcome-figures', OUTCOMES, 'Add dated outcome figures, such as educational attainment or the share of care leavers in education, employment or training.'),
    ];
  },
};
