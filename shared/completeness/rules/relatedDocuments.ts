import { mention } from './mentions.js';
import type { SectionRule } from './sectionRule.js';

const DOCUMENT = /\b(?:strategy|plan|offer|policy|protocol|framework|charter|statement)\b/gi;

export const relatedDocumentsRule: SectionRule = {
  sectionId: 'related-documents',
  check(context) {
    const named = context.text.match(DOCUMENT)?.length ?? 0;
    return [
      { element: 'documents', passed: named >= 2, message: 'List the related strategies and plans by name, for example the placement sufficiency strategy and the care leavers\' local offer.' },
      mention(context, 'sufficiency', [/\bsufficiency\b/i], 'Consider listing the placement sufficiency strategy.'),
      mention(context, 'local-offer', [/\blocal offer\b/i], 'Consider listing the local offer for care leavers.'),
    ];
  },
};
