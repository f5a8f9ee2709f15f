import { findTogether, mention, mentionTogether } from './mentions.js';
import type { SectionRule } from './sectionRule.js';

const CHILDREN_IN_CARE_COUNCIL = [/\bchildren in care (?:council|forum|group|panel)\b/i, /\bCiCC\b/i, /\b(?:young people|children)['’]?s? (?:council|forum|panel|group)\b/i, /\byouth (?:council|forum|panel)\b/i];
const CARE_LEAVERS_GROUP = [/\bcare[- ](?:leavers?|experienced)['’]?\s*(?:forum|group|council|panel|network|board|voice|ambassadors?)\b/i];
const BOARD = /\b(?:board|panel|committee)\b/i;
const REACH = /\b(?:attend\w*|present\w*|report\w*|bring|brings|take|takes|feed\w*|share\w*|raise\w*|sit|sits|member\w*|represent\w*|hear\w*|listen\w*|views?)\b/i;

export const participationRule: SectionRule = {
  sectionId: 'participation',
  check(context) {
    return [
      mention(context, 'children-in-care-council', CHILDREN_IN_CARE_COUNCIL, 'Describe the Children in Care Council (by its local name) and how children can join it.'),
      mention(context, 'care-leavers-group', CARE_LEAVERS_GROUP, 'Describe the care leavers\' group or forum and what it does.'),
      mentionTogether(context, 'views-reach-board', [BOARD, REACH], 'Explain how children\'s and young people\'s views reach the Corporate Parenting Board (who attends, what is reported, how often).'),
      {
        element: 'feedback',
        passed:
          findTogether(context, [/\b(?:you said,? we did|feed ?back|told|tell|let (?:them|you|young people|children) know|report back|what (?:has )?changed|what happened|as a result)\b/i]) !== undefined,
        message: 'Say how young people are told what changed because of what they said (for example "You said, we did").',
      },
    ];
  },
};
