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

/**
 * Section id → its rule, refusing a second rule for a section: in a plain Map
 * the later one would silently replace the first and its checks would never
 * run.
 */
export function sectionRuleMap(rules: readonly SectionRule[]): ReadonlyMap<string, SectionRule> {
  const map = new Map<string, SectionRule>();
  for (const rule of rules) {
    if (map.has(rule.sectionId)) throw new Error(`Two completeness rules check the section "${rule.sectionId}"; merge them into one.`);
    map.set(rule.sectionId, rule);
  }
  return map;
}

/** Section id (as in the common structure) → the rule that checks what it must contain. Sections a council adds have no rule. */
export const SECTION_RULES: ReadonlyMap<string, SectionRule> = sectionRuleMap(
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
  ],
);

export type { ElementCheck, SectionRule, SectionRuleEnv } from './sectionRule.js';
