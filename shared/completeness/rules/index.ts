import { boardTermsOfReferenceRule } from './boardTermsOfReference.js';
import { contactRule } from './contact.js';
import { coverRule } from './cover.js';
import { forewordLeadershipRule } from './forewordLeadership.js';
import { forewordYoungPeopleRule } from './forewordYoungPeople.js';
import { glossaryRule } from './glossary.js';
import { governanceRule } from './governance.js';
import { introductionRule } from './introduction.js';
import { legislationRule } from './legislation.js';
import { localContextRule } from './localContext.js';
import { measuresRule } from './measures.js';
import { monitoringRule } from './monitoring.js';
import { participationRule } from './participation.js';
import { pledgeRule } from './pledge.js';
import { prioritiesRule } from './priorities.js';
import { relatedDocumentsRule } from './relatedDocuments.js';
import { reviewOfPreviousRule } from './reviewOfPrevious.js';
import { rolesRule } from './roles.js';
import type { SectionRule } from './sectionRule.js';
import { visionRule } from './vision.js';

/** Section id (as in the common structure) → the rule that checks what it must contain. Sections a council adds have no rule. */
export const SECTION_RULES: ReadonlyMap<string, SectionRule> = new Map(
  [
    coverRule,
    forewordYoungPeopleRule,
    forewordLeadershipRule,
    introductionRule,
    visionRule,
    localContextRule,
    legislationRule,
    pledgeRule,
    rolesRule,
    participationRule,
    governanceRule,
    prioritiesRule,
    measuresRule,
    monitoringRule,
    boardTermsOfReferenceRule,
    reviewOfPreviousRule,
    relatedDocumentsRule,
    glossaryRule,
    contactRule,
  ].map((rule) => [rule.sectionId, rule]),
);

export type { ElementCheck, SectionRule, SectionRuleEnv } from './sectionRule.js';
