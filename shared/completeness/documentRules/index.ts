import { noParams } from '../rules/params.js';
import { acronymsRule } from './acronyms.js';
import { crossReferencesRule } from './crossReferences.js';
import { discouragedLanguageRule } from './discouragedLanguage.js';
import { emptyHeadingsRule } from './emptyHeadings.js';
import { documentRuleDefinition, type DocumentRule, type DocumentRuleDefinition } from './documentRule.js';
import { placeholdersRule } from './placeholders.js';
import { PRINCIPLE_MESSAGE, principlesParamsSchema, principlesRule } from './principles.js';
import { supersededNamesRule } from './supersededNames.js';
import { undatedFiguresRule } from './undatedFigures.js';
import { actAdoptionParamsSchema, actAdoptionRule } from './actAdoption.js';
import { miscitationsParamsSchema, miscitationsRule } from './miscitations.js';
import { periodAgreementParamsSchema, periodAgreementRule } from './periodAgreement.js';
import { youngPersonNamesParamsSchema, youngPersonNamesRule } from './youngPersonNames.js';
import { translationMissingParamsSchema, translationMissingRule } from './translationMissing.js';
import { boardConsistencyParamsSchema, boardConsistencyRule } from './boardConsistency.js';

/** A rule that takes no params and is the same for every template. */
const fixed = (id: string, summary: string, rule: DocumentRule): DocumentRuleDefinition => documentRuleDefinition({ kind: 'document', id, summary, params: noParams, create: () => rule });

/** Every whole-document check a pack can list, by rule id. */
export const DOCUMENT_RULES: readonly DocumentRuleDefinition[] = [
  fixed('placeholders', 'Every placeholder left in the text ([Name], TBC, XX%) is an error.', placeholdersRule),
  fixed('cross-references', 'A reference to a section or appendix the document does not have.', crossReferencesRule),
  fixed('undated-figures', 'A figure with no date or source in its sentence, row or heading.', undatedFiguresRule),
  fixed('empty-headings', 'A heading with no words, or with nothing under it before the next heading of its level: the exports leave it out (advice).', emptyHeadingsRule),
  fixed('acronyms', 'An acronym not spelt out at its first use or in the glossary.', acronymsRule),
  documentRuleDefinition({
    kind: 'document',
    id: 'young-person-names',
    summary: "A young person's full name with no recorded consent: every name in their foreword, and with elsewhere, names anywhere whose surrounding words or heading match youngPeople and not adults.",
    params: youngPersonNamesParamsSchema,
    create: (params) => youngPersonNamesRule(params),
  }),
  documentRuleDefinition({
    kind: 'document',
    id: 'principles',
    summary:
      'Each principle of law.json addressed, and where; message may use {id}, {citation} and {text}. With mapping, a table with a principle column is the evidence (each principle named by a row; unmapped may use {suggestion}, the rows its cues fit), and a strategy with no such column that never names the principles gets unnamed; otherwise the principle\'s cues anywhere.',
    params: principlesParamsSchema.extend({ message: principlesParamsSchema.shape.message.default(PRINCIPLE_MESSAGE) }),
    create: (params, template) => principlesRule(template.law.principles, params),
  }),
  fixed('discouraged-language', 'A word young people dislike (from terminology.json), gently; never in their own foreword or in a quotation.', discouragedLanguageRule),
  fixed('superseded-names', 'A body, document or Act named by an old name (terminology.json, or a law.json instrument with supersededBy).', supersededNamesRule),
  documentRuleDefinition({
    kind: 'document',
    id: 'act-adoption',
    summary: 'A document adopted after the given day (its cover date, else its period start) that never cites the given law.json instrument.',
    params: actAdoptionParamsSchema,
    create: (params) => actAdoptionRule(params),
  }),
  documentRuleDefinition({
    kind: 'document',
    id: 'miscited-law',
    summary: 'A law cited by a title it does not have; each of citations gives the wrong forms (a pattern that must not match the right title) and the correct title.',
    params: miscitationsParamsSchema,
    create: (params) => miscitationsRule(params),
  }),
  documentRuleDefinition({
    kind: 'document',
    id: 'period-agreement',
    summary: "The strategy's years stated in the text (just after words of subject that name this document) differ from the title page's period.",
    params: periodAgreementParamsSchema,
    create: (params) => periodAgreementRule(params),
  }),
  documentRuleDefinition({
    kind: 'document',
    id: 'translation-missing',
    summary: 'A written section with no text in the given other language (cy: Welsh) beside its English, for bilingual packs; message may use {language}.',
    params: translationMissingParamsSchema,
    create: (params) => translationMissingRule(params),
  }),
  documentRuleDefinition({
    kind: 'document',
    id: 'board-consistency',
    summary: "The Board's name (any of names) and its chair (a role of chairRoles, where a sentence about the Board says who chairs it) the same everywhere; two wordings of one role are the same chair.",
    params: boardConsistencyParamsSchema,
    create: (params) => boardConsistencyRule(params),
  }),
];

export { cachedScan, type DocumentContext, type DocumentRule, type DocumentRuleDefinition, type DocumentSetting, type SectionScan } from './documentRule.js';
