import { describe, expect, it } from 'vitest';
import { boardConsistencyRule } from '../../../shared/completeness/documentRules/boardConsistency.js';
import { compileRules } from '../../../shared/completeness/registry.js';
import { readSection } from '../../../shared/completeness/sectionContext.js';
import type { SectionRuleEnv } from '../../../shared/completeness/rules/index.js';
import type { Template } from '../../../shared/template/template.js';
import { paras } from './fixtures/build.js';
import { completeCover } from './fixtures/completeStrategy.js';
import { runDocumentRule } from './fixtures/runDocumentRule.js';
import { templateWith, testTemplate } from './fixtures/template.js';

/** The Board keeps one name and one chair from the first page to its terms of reference. */

const rule = boardConsistencyRule({
  names: ['\\bcorporate parenting (?:board|panel|committee)\\b'],
  chairRoles: ['\\b(?:lead|cabinet) member\\b|\\bleader\\b|\\bdirector\\b'],
});
const template = templateWith('governance', 'monitoring', 'board-tor');

describe("the Board's name and chair, the same everywhere", () => {
  it('warns where the Board is called by another name, saying both names and where the first was', () => {
    const findings = runDocumentRule(rule, template, {
      governance: paras('The Corporate Parenting Board oversees this strategy.'),
      'board-tor': paras('The Corporate Parenting Panel meets quarterly.'),
    });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'warning', rule: 'board-name-differs', section: 'board-tor' });
    expect(findings[0]?.message).toContain('Corporate Parenting Panel');
    expect(findings[0]?.message).toContain('Corporate Parenting Board');
    expect(findings[0]?.location).toBeDefined();
  });

  it('warns where another chair is named, and takes two wordings of one role, or the person beside the role, as one chair', () => {
    const differing = runDocumentRule(rule, template, {
      governance: paras('The Corporate Parenting Board is chaired by the Lead Member for Children.'),
      'board-tor': paras('The Board is chaired by the Leader of the Council; the vice-chair is the Director of Children’s Services.'),
    });
    expect(differing.map((finding) => finding.rule)).toEqual(['board-chair-differs']);
    expect(differing[0]?.message).toContain('Leader of the Council');
    const same = runDocumentRule(rule, template, {
      governance: paras('The Corporate Parenting Board is chaired by the Lead Member for Children and reports to Cabinet.'),
      monitoring: paras('The Board, chaired by Councillor Ann Lee, Lead Member, meets quarterly.'),
      'board-tor': paras('Chair: the Lead Member. The vice-chair is the Director of Children’s Services.'),
    });
    expect(same).toEqual([]);
  });

  it('says nothing of a vice-chair, of chairs of other bodies, or of a document naming the Board once', () => {
    expect(
      runDocumentRule(rule, template, {
        governance: paras('The Corporate Parenting Board is chaired by the Lead Member.'),
        monitoring: paras('The school forum is chaired by a headteacher.'),
        'board-tor': paras('The vice-chair is the Director of Children’s Services.'),
      }),
    ).toEqual([]);
  });

  it('is listed in the England pack without problems', () => {
    expect(compileRules(testTemplate).documentProblems).toEqual([]);
    expect(compileRules(testTemplate).document.some((run) => run.rule.id === 'board-consistency')).toBe(true);
  });
});

describe("the yearly report to the pack's approving body", () => {
  /** The England rules as another nation's pack would run them, with its own approving body in pack.json. */
  const approvedBy = (approvingBody: string): Template => ({ ...testTemplate, export: { ...testTemplate.export, approvingBody } });
  const annualReport = (template: Template, text: string) => {
    const run = compileRules(template).sections.get('board-tor')?.runs.find((candidate) => candidate.rule.id === 'annual-report-to-approver');
    if (!run) throw new Error('no annual-report-to-approver rule on board-tor');
    const read = readSection('board-tor', paras(text));
    if (!read.ok) throw new Error(read.message);
    const env: SectionRuleEnv = { template, cover: completeCover, localNames: {}, section: () => undefined };
    return run.rule.check(read.context, env, run.params)[0];
  };

  it("takes the approving body's name from the pack, and says it in the message", () => {
    const trust = approvedBy('Trust Board');
    expect(annualReport(trust, 'Each year the Board presents an annual report to the Trust Board.')?.passed).toBe(true);
    const missing = annualReport(trust, 'The Board reports to the Executive Management Team.');
    expect(missing?.passed).toBe(false);
    expect(missing?.message).toContain('Trust Board');
    expect(missing?.message).not.toContain('Full Council');
  });
});
