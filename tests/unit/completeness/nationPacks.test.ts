import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadTemplates } from '../../../electron/core/templates/loadTemplates.js';
import { checkDraft } from '../../../shared/completeness/index.js';
import { compileRules } from '../../../shared/completeness/registry.js';
import { readSection } from '../../../shared/completeness/sectionContext.js';
import type { ElementCheck, SectionRuleEnv } from '../../../shared/completeness/rules/index.js';
import type { Template } from '../../../shared/template/template.js';
import { DOCUMENT_SECTION } from '../../../shared/completeness/types.js';
import { emptyCover, type NodeJSON } from '../../../shared/model/draft.js';
import { supersededNamesRule } from '../../../shared/completeness/documentRules/supersededNames.js';
import { doc, paras, table } from './fixtures/build.js';
import { runDocumentRule } from './fixtures/runDocumentRule.js';
import { templateWith } from './fixtures/template.js';
import { failed } from './fixtures/run.js';

/** The shipped packs' own rule data, where it differs by nation, run on sections written for these tests. */

const templatesDir = fileURLToPath(new URL('../../../templates/', import.meta.url));
const shipped = loadTemplates(templatesDir);

function pack(id: string): Template {
  const template = shipped.templates.find((candidate) => candidate.id === id);
  if (!template) throw new Error(`no pack ${id}`);
  return template;
}

function runPackRule(template: Template, sectionId: string, json: NodeJSON): ElementCheck[] {
  const runs = compileRules(template).sections.get(sectionId)?.runs ?? [];
  const parsed = readSection(sectionId, json);
  if (!parsed.ok) throw new Error(parsed.message);
  const env: SectionRuleEnv = { template, cover: emptyCover(), localNames: {}, section: () => undefined };
  return runs.flatMap((run) => run.rule.check(parsed.context, env, run.params));
}

describe('a Scottish action plan organised by The Promise’s foundations', () => {
  const scotland = pack('scotland-plan');

  it('takes the Foundation column as the action’s linked priority', () => {
    const byFoundation = doc(table('plain', [['Foundation', 'Action', 'Who leads', 'By when'], ['Family', 'Open a family time house', 'Head of Service', 'March 2027']]));
    expect(failed(runPackRule(scotland, 'action-plan', byFoundation))).not.toContain('table');
  });

  it('still asks for a link to a priority and a foundation when the table has neither', () => {
    const unlinked = doc(table('plain', [['Action', 'Who leads', 'By when'], ['Open a family time house', 'Head of Service', 'March 2027']]));
    expect(failed(runPackRule(scotland, 'action-plan', unlinked))).toContain('table');
  });
});

describe('Scottish bodies and schemes that are no more', () => {
  const withScottishTerms = { ...templateWith('introduction'), terminology: pack('scotland-plan').terminology };
  const outdated = (...lines: string[]): string[] => runDocumentRule(supersededNamesRule, withScottishTerms, { introduction: paras(...lines) }).map((finding) => finding.message);

  it('names what replaced the Named Person scheme and community health partnerships', () => {
    const found = outdated('Every child has a Named Person at school.', 'The local community health partnership funds the nurse.');
    expect(found).toHaveLength(2);
    expect(found[0]).toContain('2019');
    expect(found[1]).toContain('health and social care partnership');
  });

  it('leaves a named personal adviser and today’s partnership alone', () => {
    expect(outdated('Each care leaver has a named personal adviser.', 'The health and social care partnership funds the nurse.')).toEqual([]);
  });
});

describe('a Welsh strategy whose Welsh edition is published apart', () => {
  const welsh = pack('wales-strategy');
  const rule = compileRules(welsh).document.find((run) => run.rule.id === 'translation-missing')?.rule;
  const withWelshRules = { ...welsh, sections: welsh.sections.filter((section) => section.id === 'introduction') };
  const wholeDocument = (text: string) => {
    if (!rule) throw new Error('the Wales pack lists translation-missing');
    return runDocumentRule(rule, withWelshRules, { introduction: paras(text) }).find((finding) => finding.section === DOCUMENT_SECTION);
  };

  it('says so as advice when the document says it is available in Welsh', () => {
    expect(wholeDocument('This strategy is also available in Welsh from the council’s website.')?.severity).toBe('info');
  });

  it('still warns when the document says nothing of a Welsh edition', () => {
    expect(wholeDocument('This strategy sets out what we will do for children in our care.')?.severity).toBe('warning');
  });
});

describe('pack phrasings for roles, the Board holding partners to account, and the annual report', () => {
  const wales = pack('wales-strategy');
  const failing = (sectionId: string, text: string) => failed(runPackRule(wales, sectionId, paras(text)));

  it('reads "every councillor is a corporate parent" as the role of elected members, and asks for it when no councillor is named', () => {
    expect(failing('roles', 'Every councillor is a corporate parent, and the Cabinet Member leads.')).not.toContain('elected-members');
    expect(failing('roles', 'The Director of Social Services leads the work.')).toContain('elected-members');
  });

  it('reads a Board that can ask a partner to explain itself as holding partners to account, and not a Board that only meets them', () => {
    expect(failing('governance', 'The Panel can ask any partner to come and explain its figures.')).not.toContain('holds-partners-to-account');
    expect(failing('governance', 'Partners attend the Panel four times a year.')).toContain('holds-partners-to-account');
  });

  it('reads a report taken to the council once a year as the annual report', () => {
    expect(failing('monitoring', 'The Panel takes a report on progress to full Council once a year.')).not.toContain('annual-report');
    expect(failing('monitoring', 'The Panel looks at progress at every meeting.')).toContain('annual-report');
  });
});

describe('a Scottish plan: young people’s views reaching the Partnership', () => {
  const scotland = pack('scotland-plan');
  const failing = (text: string) => failed(runPackRule(scotland, 'participation', paras(text)));

  it('reads seats and a standing item on the corporate parenting Partnership as the way views reach decisions', () => {
    expect(failing('The young people’s group has two seats on the Corporate Parenting Partnership and a standing item at each meeting.')).not.toContain('views-reach-decisions');
  });

  it('still asks how views reach decisions when the group only meets on its own', () => {
    expect(failing('The young people’s group meets every fortnight at the youth centre.')).toContain('views-reach-decisions');
  });
});

describe('another nation’s Acts cited as the source of the duties, and words young people dislike', () => {
  const findingsOf = (template: Template, rule: string, text: string) =>
    checkDraft({ cover: emptyCover(), sections: [{ id: 'introduction', doc: paras(text) }] }, template).findings.filter((finding) => finding.rule === rule);

  it('warns a Northern Ireland or Welsh strategy that names an English Act as its legal basis, saying which law applies', () => {
    const [ni] = findingsOf(pack('northern-ireland-strategy'), 'miscited-law', 'Our duty to each child we look after is set out in the Children Act 1989.');
    expect(ni?.severity).toBe('warning');
    expect(ni?.message).toContain('Children (Northern Ireland) Order 1995');
    const [wales] = findingsOf(pack('wales-strategy'), 'miscited-law', 'The Children and Social Work Act 2017 gives us seven principles to follow.');
    expect(wales?.message).toContain('Part 6');
  });

  it('leaves the nation’s own law alone, and the English Act in the English pack', () => {
    expect(findingsOf(pack('northern-ireland-strategy'), 'miscited-law', 'Our duties come from the Children (Northern Ireland) Order 1995.')).toEqual([]);
    expect(findingsOf(pack('wales-strategy'), 'miscited-law', 'Our duties come from Part 6 of the Social Services and Well-being (Wales) Act 2014.')).toEqual([]);
    expect(findingsOf(pack('england-strategy'), 'miscited-law', 'Our duties come from the Children Act 1989 and the Children and Social Work Act 2017.')).toEqual([]);
  });

  it('names the Welsh Government by its name since 2011, and leaves the name alone', () => {
    const [old] = findingsOf(pack('wales-strategy'), 'superseded-names', 'We follow the guidance the Welsh Assembly Government issued on planning for children.');
    expect(old?.message).toContain('the Welsh Government');
    expect(findingsOf(pack('wales-strategy'), 'superseded-names', 'We follow the Welsh Government’s code of practice.')).toEqual([]);
  });

  it('warns on a label for children in every nation’s pack, as England’s does, and not on the words written out', () => {
    for (const id of ['wales-strategy', 'northern-ireland-strategy', 'scotland-plan']) {
      expect(findingsOf(pack(id), 'discouraged-language', 'Our LAC nurse sees every child within a month.').map((finding) => finding.severity)).toEqual(['warning']);
      expect(findingsOf(pack(id), 'discouraged-language', 'Our nurse for children in care sees every child within a month.')).toEqual([]);
    }
  });
});
