import type { SectionContext } from '../sectionContext.js';
import { mention } from './mentions.js';
import type { ElementCheck, SectionRule } from './sectionRule.js';

const COMMITMENT = /\b(?:we will|we['’]ll|we promise|we are going to|we commit to|we shall|I will)\b/i;
const TO_YOU = /\b(?:you|your|yours|yourself)\b/i;
const VAGUE = /\b(?:try|trying|aim to|where possible|if possible|endeavour|hope to|seek to|as far as we can|consider)\b/i;

const THEMES: { element: string; name: string; patterns: RegExp[] }[] = [
  { element: 'theme-home', name: 'your home and placement', patterns: [/\b(?:home|homes|placements?|foster(?:ing)?|carers?|where you live|live with|living with|brothers|sisters|siblings)\b/i] },
  { element: 'theme-education', name: 'education', patterns: [/\b(?:school|education|learn\w*|college|universit\w*|study|studying|PEP|exams?|training|virtual school)\b/i] },
  { element: 'theme-health', name: 'health and wellbeing', patterns: [/\b(?:health\w*|well-?being|mental|emotional|doctors?|dentists?|GP|CAMHS|feelings|happy)\b/i] },
  { element: 'theme-voice', name: 'having a say', patterns: [/\b(?:your (?:views?|voice|say|opinions?|wishes)|have (?:a|your) say|listen\w*|be heard|involve\w*|participat\w*|speak up|advocate|advocacy)\b/i] },
  { element: 'theme-leaving-care', name: 'leaving care and becoming an adult', patterns: [/\b(?:leaving care|leave care|adult\w*|independen\w*|care leavers?|moving on|move on|personal adviser|your own (?:home|flat|place)|jobs?|apprenticeships?|employment|work experience)\b/i] },
];

/** A promise is one list item or one sentence outside a list. */
function promises(context: SectionContext): { text: string; from: number; to: number }[] {
  return context.sentences.filter((sentence) => context.blocks[sentence.blockIndex]?.kind !== 'heading');
}

export const pledgeRule: SectionRule = {
  sectionId: 'pledge',
  check(context) {
    const all = promises(context);
    const commitments = all.filter((promise) => COMMITMENT.test(promise.text));
    const toYou = commitments.filter((promise) => TO_YOU.test(promise.text));
    const vague = all.find((promise) => COMMITMENT.test(promise.text) && VAGUE.test(promise.text));
    const checks: ElementCheck[] = [
      {
        element: 'concrete-promises',
        passed: commitments.length >= THEMES.length,
        message: `Write the pledge as concrete promises that start "We will …" (found ${commitments.length}; aim for at least one per theme).`,
      },
      {
        element: 'addressed-to-you',
        passed: commitments.length > 0 && toYou.length * 2 >= commitments.length,
        message: 'Address the promises to the children and young people themselves: "We will make sure you …", not "Children will be …".',
      },
      ...THEMES.map((theme) => mention(context, theme.element, theme.patterns, `Add promises about ${theme.name}.`)),
    ];
    if (vague) checks.push({ element: 'vague-promise', passed: false, severity: 'info', message: 'This promise hedges ("try", "where possible"); a promise children can hold you to says exactly what you will do.', location: { from: vague.from, to: vague.to } });
    return checks;
  },
};
