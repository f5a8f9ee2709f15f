import { ANNUAL_REPORT_RULES } from './annualReport.js';
import { annualReportToApproverRule, boardMembershipRule, reviewWithinRule } from './boardTermsOfReference.js';
import { coverFieldsRule } from './cover.js';
import { signedRule } from './forewordLeadership.js';
import { firstPersonRule } from './forewordYoungPeople.js';
import { GENERIC_RULES } from './generic.js';
import { glossaryEntriesRule } from './glossary.js';
import { citesInstrumentsRule } from './legislation.js';
import { measuresTableRule } from './measures.js';
import { nextReviewRule } from './monitoring.js';
import { pledgePromisesRule } from './pledge.js';
import { prioritiesListRule } from './priorities.js';
import type { SectionRule } from './sectionRule.js';

/** Every check a pack can run on a section, by rule id; a pack says in `rules.json` which run where, with what words. */
export const SECTION_RULES: readonly SectionRule[] = [
  ...GENERIC_RULES,
  coverFieldsRule,
  firstPersonRule,
  signedRule,
  citesInstrumentsRule,
  pledgePromisesRule,
  prioritiesListRule,
  measuresTableRule,
  nextReviewRule,
  boardMembershipRule,
  reviewWithinRule,
  annualReportToApproverRule,
  glossaryEntriesRule,
  ...ANNUAL_REPORT_RULES,
];

export type { ElementCheck, SectionRule, SectionRuleEnv } from './sectionRule.js';
