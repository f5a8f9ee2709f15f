import { mention } from './mentions.js';
import type { SectionRule } from './sectionRule.js';

export const governanceRule: SectionRule = {
  sectionId: 'governance',
  check(context) {
    return [
      mention(context, 'board-name', [/\bcorporate parenting (?:board|panel|committee|group|partnership|forum)\b/i], 'Name the body that leads corporate parenting, for example the Corporate Parenting Board.'),
      mention(context, 'chair', [/\bchair(?:ed|s|person)?\b/i], 'Say who chairs the Board (usually the Lead Member).'),
      mention(context, 'accountability', [/\breports? (?:to|into)\b/i, /\baccountable to\b/i, /\banswerable to\b/i, /\breporting (?:line|to)\b/i], 'Say to whom the Board reports and is accountable (for example Cabinet or Full Council).'),
      mention(
        context,
        'holds-partners-to-account',
        [/\bhold\w*\b.{0,60}\bto account\b/i, /\bchalleng\w*\b/i, /\bscrutin\w*\b/i],
        'Explain how the Board holds the council and its partners to account (reports it asks for, challenge, escalation).',
      ),
    ];
  },
};
