import { noParams } from '../rules/params.js';
import { acronymsRule } from './acronyms.js';
import { crossReferencesRule } from './crossReferences.js';
import { documentRuleDefinition, type DocumentRule, type DocumentRuleDefinition } from './documentRule.js';
import { placeholdersRule } from './placeholders.js';
import { principlesRule } from './principles.js';
import { undatedFiguresRule } from './undatedFigures.js';
import { youngPersonNamesRule } from './youngPersonNames.js';

/** A rule that takes no params and is the same for every template. */
const fixed = (id: string, rule: DocumentRule): DocumentRuleDefinition => documentRuleDefinition({ kind: 'document', id, params: noParams, create: () => rule });

/** Every whole-document check a pack can list, by rule id. */
export const DOCUMENT_RULES: readonly DocumentRuleDefinition[] = [
  fixed('placeholders', placeholdersRule),
  fixed('cross-references', crossReferencesRule),
  fixed('undated-figures', undatedFiguresRule),
  fixed('acronyms', acronymsRule),
  fixed('young-person-names', youngPersonNamesRule),
  documentRuleDefinition({ kind: 'document', id: 'principles', params: noParams, create: (_params, template) => principlesRule(template.law.principles) }),
];

export { cachedScan, type DocumentContext, type DocumentRule, type DocumentRuleDefinition, type DocumentSetting, type SectionScan } from './documentRule.js';
