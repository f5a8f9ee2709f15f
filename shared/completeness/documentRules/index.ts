import { acronymsRule } from './acronyms.js';
import { crossReferencesRule } from './crossReferences.js';
import { discouragedLanguageRule } from './discouragedLanguage.js';
import type { DocumentRule } from './documentRule.js';
import { placeholdersRule } from './placeholders.js';
import { supersededNamesRule } from './supersededNames.js';
import { undatedFiguresRule } from './undatedFigures.js';
import { wellbeingActRule } from './wellbeingAct.js';
import { youngPersonNamesRule } from './youngPersonNames.js';

/** The whole-document rules; the principles are reported separately because they also return where each is addressed. */
export const DOCUMENT_RULES: readonly DocumentRule[] = [
  placeholdersRule,
  crossReferencesRule,
  undatedFiguresRule,
  acronymsRule,
  youngPersonNamesRule,
  discouragedLanguageRule,
  supersededNamesRule,
  wellbeingActRule,
];

export { principleCoverage, principleFindings, scanPrinciples } from './principles.js';
export { cachedScan, type DocumentContext, type DocumentRule, type DocumentSetting, type SectionScan } from './documentRule.js';
