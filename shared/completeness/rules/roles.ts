import { mention } from './mentions.js';
import type { SectionRule } from './sectionRule.js';

export const rolesRule: SectionRule = {
  sectionId: 'roles',
  check(context) {
    return [
      mention(context, 'elected-members', [/\b(?:all |every |each )?(?:elected members?|councillors)\b/i], 'Describe the role of elected members: every councillor is a corporate parent.'),
      mention(context, 'lead-member', [/\blead member\b/i, /\bcabinet member\b/i, /\bportfolio holder\b/i], 'Describe the role of the Lead Member for Children\'s Services.'),
      mention(context, 'director', [/\bdirector of children['’]?s services\b/i, /\bDCS\b/, /\bdirector of (?:children|people)\b/i], 'Describe the role of the Director of Children\'s Services.'),
      mention(
        context,
        'council-departments',
        [/\b(?:housing|employment|apprenticeships?|leisure|libraries|council tax|regeneration|culture|human resources|HR|economic development)\b/i],
        'Describe what other council departments do as corporate parents, such as housing, employment and apprenticeships, and leisure.',
      ),
      mention(context, 'health', [/\b(?:health|NHS|ICB|CCG|designated (?:nurse|doctor)|GPs?)\b/i], 'Describe the role of health partners (the NHS, the integrated care board, designated doctor and nurse).'),
      mention(context, 'schools', [/\b(?:schools?|virtual school|head ?teachers?|colleges?)\b/i], 'Describe the role of schools and the Virtual School.'),
      mention(context, 'police', [/\bpolice\b/i], 'Describe the role of the police as a partner.'),
      mention(context, 'foster-carers', [/\b(?:foster carers?|carers|kinship carers?|residential (?:staff|workers))\b/i], 'Describe the role of foster carers and other carers.'),
    ];
  },
};
