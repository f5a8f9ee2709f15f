import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadTemplates } from '../../../electron/core/templates/loadTemplates.js';
import { checkDraft, createIncrementalChecker, ruleRegistry, ruleUseProblems } from '../../../shared/completeness/index.js';
import { mentionsRule } from '../../../shared/completeness/rules/generic.js';
import { compile } from '../../../shared/completeness/rules/params.js';
import { emptyCover } from '../../../shared/model/draft.js';
import type { Template } from '../../../shared/template/template.js';
import { doc, p, paras, table } from './fixtures/build.js';
import { completeDraft } from './fixtures/completeStrategy.js';
import { draftWith, failed, runRule } from './fixtures/run.js';
import { testTemplate } from './fixtures/template.js';

const guidance = { summary: 'What this part is for.', include: ['What it holds.'], goodLooksLike: ['Plain words.'], questions: ['Is it clear?'] };

/** A pack folder written as a pack author would write it, from JSON alone. */
function writePack(dir: string, files: Record<string, unknown>): void {
  fs.mkdirSync(dir, { recursive: true });
  for (const [name, content] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), JSON.stringify(content, null, 2));
}

/** A small pack of another kind of document: a school's anti-bullying policy. */
const POLICY_PACK = {
  id: 'anti-bullying-policy',
  name: 'Anti-bullying policy',
  description: 'A short school policy on bullying, for tests.',
  nation: 'Wales',
  version: 1,
  sections: [
    { id: 'front', title: 'Front page', status: 'required', kind: 'cover', appendix: false, roles: [], guidance },
    { id: 'what-we-do', title: 'What we do about bullying', status: 'required', kind: 'text', appendix: false, roles: [], guidance },
    { id: 'the-law', title: 'The law', status: 'recommended', kind: 'text', appendix: true, roles: ['law'], guidance },
  ],
};

const POLICY_RULES = {
  sections: {
    front: [{ rule: 'cover-fields', params: { fields: [{ element: 'school', fields: ['council'], message: 'Name the school.' }] } }],
    'what-we-do': [
      { rule: 'mentions', params: { element: 'reporting', anyOf: ['\\breport\\w*\\b', '\\btell\\b'], message: 'Say how a pupil reports bullying.' } },
      { rule: 'mentions', params: { element: 'online', anyOf: ['\\bonline\\b', '\\bcyber-?bullying\\b'], message: 'Cover bullying online.', severity: 'info' } },
      { rule: 'mentions-together', params: { element: 'follow-up', allOf: ['\\bwithin\\b', '\\bdays?\\b'], message: 'Say how soon a report is followed up.' } },
    ],
    'the-law': [{ rule: 'cites-instruments', params: { instruments: ['education-act-2002'] } }],
  },
  document: [{ rule: 'placeholders' }, { rule: 'principles', params: { message: 'The policy never says how it will {text} ({citation}).' } }],
};

const POLICY_LAW = {
  instruments: [
    {
      id: 'education-act-2002',
      title: 'Education Act 2002',
      citation: '2002 c. 32',
      kind: 'act',
      nations: ['Wales'],
      year: 2002,
      commencement: 'in-force',
      source: 'https://www.legislation.gov.uk/ukpga/2002/32',
      recognisedBy: ['\\bEducation Act\\s+2002\\b'],
    },
  ],
  principles: [{ id: 'safe', citation: 'the policy guidance', text: 'keep every pupil safe', cues: ['\\bsafe(?:ty)?\\b'] }],
};

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cps-rules-'));
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
  vi.restoreAllMocks();
});

function loadOne(files: Record<string, unknown>): ReturnType<typeof loadTemplates> {
  writePack(path.join(dir, 'pack'), files);
  return loadTemplates(dir);
}

describe('the rule registry', () => {
  it('refuses a second rule with the same id instead of silently replacing the first', () => {
    expect(() => ruleRegistry([mentionsRule, { ...mentionsRule }])).toThrow(/Two completeness rules are registered as "mentions"/);
  });
});

describe('patterns from a pack', () => {
  it('match case-insensitively, and Unicode classes mean letters', () => {
    expect(compile(String.raw`\bquorum\b`).test('The QUORUM is three.')).toBe(true);
    expect(compile(String.raw`^\p{Lu}\p{Ll}+$`).test('Zoë')).toBe(true);
    expect(compile(String.raw`^\p{Lu}\p{Ll}+$`).test('p{Lu}')).toBe(false);
  });
});

describe('a pack whose rules.json is wrong', () => {
  it('is reported with the file and field of each unknown rule or bad params, and not loaded', () => {
    const rules = {
      sections: {
        'what-we-do': [
          { rule: 'mention', params: {} },
          { rule: 'mentions', params: { element: 'reporting', anyOf: [], message: 'Say how.' } },
          { rule: 'placeholders' },
        ],
        front: [{ rule: 'cover-fields', params: { fields: [{ element: 'school', fields: ['headteacher'], message: 'Name the school.' }] } }],
      },
      document: [{ rule: 'mentions', params: {} }],
    };
    const { templates, problems } = loadOne({ 'pack.json': POLICY_PACK, 'rules.json': rules });
    expect(templates).toEqual([]);
    const file = path.join(dir, 'pack', 'rules.json');
    expect(problems.every((problem) => problem.file === file)).toBe(true);
    const byField = new Map(problems.map((problem) => [problem.field, problem.message]));
    expect(byField.get('sections.what-we-do[0].rule')).toMatch(/there is no rule "mention"/);
    expect(byField.get('sections.what-we-do[1].params.anyOf')).toBeDefined();
    expect(byField.get('sections.what-we-do[2].rule')).toMatch(/checks the whole document: list it under "document"/);
    expect(byField.get('sections.front[0].params.fields[0].fields[0]')).toBeDefined();
    expect(byField.get('document[0].rule')).toMatch(/checks a section: list it under "sections"/);
  });

  it('is reported when a pattern does not compile or two checks of a section report the same element', () => {
    const rules = {
      sections: {
        'what-we-do': [
          { rule: 'mentions', params: { element: 'reporting', anyOf: ['(unclosed'], message: 'Say how.' } },
          { rule: 'mentions', params: { element: 'online', anyOf: ['online'], message: 'Online.' } },
          { rule: 'mentions', params: { element: 'online', anyOf: ['internet'], message: 'Internet.' } },
        ],
      },
    };
    const { problems } = loadOne({ 'pack.json': POLICY_PACK, 'rules.json': rules });
    expect(problems.map((problem) => problem.field)).toEqual(['sections.what-we-do[0].params.anyOf[0]', 'sections.what-we-do[2].params']);
    expect(problems[1]?.message).toMatch(/"online" is already checked in this section by sections\.what-we-do\[1\]/);
  });

  it('is still checked when built in code: the broken use is one info finding and the other checks run', () => {
    const template: Template = { ...testTemplate, rules: { ...testTemplate.rules, sections: { ...testTemplate.rules.sections, vision: [{ rule: 'no-such-rule' }, ...(testTemplate.rules.sections.vision ?? [])] } } };
    expect(ruleUseProblems(template).map((problem) => problem.field)).toEqual(['sections.vision[0].rule']);
    // Alone in the draft, so the vision's elements are not found in another section instead.
    const report = checkDraft(draftWith('vision', paras('This section describes the document.'), { ...completeDraft, sections: [] }), template);
    const vision = report.findings.filter((finding) => finding.section === 'vision').map((finding) => [finding.rule, finding.severity]);
    expect(vision).toEqual([
      ['vision.ambition', 'warning'],
      ['vision.good-parent-test', 'warning'],
      ['vision.rule-invalid', 'info'],
    ]);
  });
});

describe('several rules on one section', () => {
  it('all run, in the order rules.json lists them', () => {
    expect(failed(runRule('introduction', paras('This document sets out our plans.')))).toEqual(['looked-after-child', 'care-leaver', 'shared-duty', 'statutory-basis']);
    expect(testTemplate.rules.sections.introduction?.length).toBe(4);
  });

  it('keep running when one of them throws', () => {
    const check = mentionsRule.check.bind(mentionsRule);
    vi.spyOn(mentionsRule, 'check').mockImplementation((context, env, params) => {
      if ((params as { element: string }).element === 'looked-after-child') throw new Error('boom');
      return check(context, env, params);
    });
    const report = checkDraft(draftWith('introduction', paras('This document sets out our plans.')), testTemplate);
    const introduction = report.findings.filter((finding) => finding.section === 'introduction').map((finding) => finding.rule);
    expect(introduction).toEqual(['introduction.care-leaver', 'introduction.shared-duty', 'introduction.statutory-basis', 'introduction.rule-failed']);
    expect(report.sections.find((section) => section.id === 'introduction')?.status).toBe('incomplete');
  });
});

describe('local names', () => {
  const participation = paras('Our Voice meets every month and the Board hears from it; you said, we did.', 'The care leavers forum meets too.');
  it('let a "mentions" check accept the council\'s own name for a slot', () => {
    expect(failed(runRule('participation', participation))).toContain('children-in-care-council');
    expect(failed(runRule('participation', participation, { localNames: { 'children-in-care-council': 'Our Voice' } }))).not.toContain('children-in-care-council');
    expect(failed(runRule('participation', participation, { localNames: { 'children-in-care-council': 'Voice' } }))).not.toContain('children-in-care-council');
    expect(failed(runRule('participation', participation, { localNames: { 'children-in-care-council': 'Our Voices' } }))).toContain('children-in-care-council');
  });

  it('reach the checker through the check input, and a change of them is checked again', () => {
    const checker = createIncrementalChecker(testTemplate);
    const input = draftWith('participation', participation);
    const rules = (report: ReturnType<typeof checkDraft>): string[] => report.findings.map((finding) => finding.rule);
    expect(rules(checker.update(input))).toContain('participation.children-in-care-council');
    expect(rules(checker.update({ ...input, localNames: { 'children-in-care-council': 'Our Voice' } }))).not.toContain('participation.children-in-care-council');
    expect(rules(checkDraft({ ...input, localNames: { 'children-in-care-council': 'our voice' } }, testTemplate))).not.toContain('participation.children-in-care-council');
  });
});

describe('readability by role', () => {
  it('measures the sections written for young readers against the ceiling, whatever their ids', () => {
    const renamed: Template = {
      ...testTemplate,
      rules: { sections: {}, document: [] },
      sections: testTemplate.sections.map((section) => (section.id === 'foreword-young-people' ? { ...section, id: 'our-words' } : section.id === 'foreword-leadership' ? { ...section, roles: [] } : section)),
    };
    const young = completeDraft.sections.find((section) => section.id === 'foreword-young-people');
    if (!young) throw new Error('the fixture has a young people\'s foreword');
    const report = checkDraft({ ...completeDraft, sections: [...completeDraft.sections, { id: 'our-words', doc: young.doc }] }, renamed);
    expect(Object.keys(report.readability).sort()).toEqual(['our-words', 'pledge-child-friendly']);
    expect(report.readability['our-words']?.ceiling).toBe(12);
    expect(report.readability['pledge-child-friendly']?.ceiling).toBe(12);
  });
});

describe('a second pack, from JSON alone', () => {
  it('loads and is checked with its own rules, words and law', () => {
    const { templates, problems } = loadOne({ 'pack.json': POLICY_PACK, 'rules.json': POLICY_RULES, 'law.json': POLICY_LAW });
    expect(problems).toEqual([]);
    const [pack] = templates;
    if (!pack) throw new Error('the pack loaded');
    const draft = {
      cover: { ...emptyCover(), council: 'Ysgol Test' },
      sections: [
        { id: 'what-we-do', doc: paras('Any pupil can tell a teacher. We follow up [number] reports.') },
        { id: 'the-law', doc: paras('This policy follows the Children Act 1989.') },
      ],
    };
    const report = checkDraft(draft, pack);
    expect(report.findings.map((finding) => [finding.section, finding.rule, finding.severity, finding.message])).toEqual([
      ['what-we-do', 'placeholder', 'error', 'Replace the placeholder "[number]" with the real text.'],
      ['what-we-do', 'what-we-do.follow-up', 'warning', 'Say how soon a report is followed up.'],
      ['what-we-do', 'what-we-do.online', 'info', 'Cover bullying online.'],
      ['the-law', 'the-law.education-act-2002', 'warning', 'Cite the Education Act 2002, with its year.'],
      ['document', 'principle-not-addressed', 'warning', 'The policy never says how it will keep every pupil safe (the policy guidance).'],
    ]);
    expect(report.principles.map((principle) => principle.id)).toEqual(['safe']);

    const better = checkDraft({ ...draft, sections: [{ id: 'what-we-do', doc: doc(p('Any pupil can tell a teacher, online or in person, and is kept safe.'), table('plain', [['Step', 'When'], ['Follow-up', 'Within two days']])) }, { id: 'the-law', doc: paras('The Education Act 2002 applies.') }] }, pack);
    expect(better.findings).toEqual([]);
    expect(better.score).toBe(100);
  });
});
