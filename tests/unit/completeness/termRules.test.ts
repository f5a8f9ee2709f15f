import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../shared/completeness/index.js';
import { discouragedLanguageRule } from '../../../shared/completeness/documentRules/discouragedLanguage.js';
import { quotedSpans } from '../../../shared/completeness/documentRules/quotations.js';
import { supersededNamesRule } from '../../../shared/completeness/documentRules/supersededNames.js';
import { actAdoptionRule, adoptedAfter, type ActAdoptionParams } from '../../../shared/completeness/documentRules/actAdoption.js';
import type { Finding } from '../../../shared/completeness/types.js';
import { docFromJSON } from '../../../shared/model/docJson.js';
import { emptyCover, type CoverFields, type NodeJSON } from '../../../shared/model/draft.js';
import type { LawLibrary, Template, Terminology } from '../../../shared/template/template.js';
import { paras } from './fixtures/build.js';
import { runDocumentRule } from './fixtures/runDocumentRule.js';
import { templateWith } from './fixtures/template.js';

/** As England's rules.json gives them: the Act received Royal Assent on 29 April 2026. */
const WELLBEING_ACT_2026: ActAdoptionParams = { instrument: 'children-wellbeing-schools-act-2026', adoptedAfter: '2026-04-29' };

/**
 * The rules that read the pack's terminology and law library. Each test
 * builds the few terms and instruments it needs, in its own words, so the
 * rules are judged on their behaviour and not on the shipped lists. False
 * alarms matter most: a reviewer stops reading a checker that cries wolf.
 */

const TERMS: Terminology = {
  discouraged: [
    { pattern: 'LAC', prefer: 'children in care', why: 'Young people tell us the label makes them feel like a category' },
    { pattern: 'respite', prefer: 'a short break', why: 'It suggests the child is a burden to be rested from.' },
    { pattern: 'placements?', prefer: 'home', why: 'A child lives in a home, not a placement.' },
    { pattern: 'contact (?:with (?:their|his|her|your) )?(?:family|parents?|brothers?|sisters?|siblings)|family contact', prefer: 'family time', why: 'Seeing family is time together, not an arrangement.' },
  ],
  superseded: [
    { pattern: 'CCGs?|clinical commissioning groups?', now: 'the integrated care board (ICB)', since: 'July 2022', why: 'Integrated care boards took over their work.' },
    { pattern: 'LSCB', now: 'the local safeguarding children partnership', since: '2019', why: 'The partnership replaced the board.' },
    { pattern: 'Working Together (?:to Safeguard Children )?2018', now: 'Working Together to Safeguard Children 2023', since: 'December 2023', why: 'The 2023 edition replaced it.' },
  ],
  acronyms: [],
  universallyKnown: [],
};

const instrument = (id: string, title: string, recognisedBy: string[], extra: Partial<LawLibrary['instruments'][number]> = {}): LawLibrary['instruments'][number] => ({
  id,
  title,
  citation: `${title} citation`,
  kind: 'statutory-guidance',
  nations: ['England'],
  year: 2023,
  commencement: 'in-force',
  source: 'https://example.org/law',
  provisions: [],
  recognisedBy,
  ...extra,
});

const LAW: LawLibrary = {
  instruments: [
    // The old guidance's pattern also reads its title with no year, as the new one's does.
    instrument('guidance-2015', 'Old Guidance 2015', ['Old Guidance(?: \\(?2015\\)?)?'], { supersededBy: 'guidance-2024' }),
    instrument('guidance-2024', 'New Guidance 2024', ['(?:Old|New) Guidance(?: \\(?2024\\)?)?']),
    instrument('children-wellbeing-schools-act-2026', "Children's Wellbeing and Schools Act 2026", ["Children['’]?s Wellbeing and Schools Act", 'CWSA 2026'], {
      kind: 'act',
      citation: '2026 c. 21',
      commencement: 'partly-in-force',
    }),
  ],
  principles: [],
};

const template: Template = { ...templateWith('foreword-young-people', 'introduction', 'vision', 'review-of-previous', 'legislation'), terminology: TERMS, law: LAW };

function textAt(json: NodeJSON, finding: Finding | undefined): string {
  const parsed = docFromJSON(json);
  if (!parsed.ok || !finding?.location) return '';
  return parsed.doc.textBetween(finding.location.from, finding.location.to);
}

/** The words each finding points at, in one section written as paragraphs. */
function flagged(rule: typeof discouragedLanguageRule, ...lines: string[]): string[] {
  const json = paras(...lines);
  return runDocumentRule(rule, template, { introduction: json }).map((finding) => textAt(json, finding));
}

describe('quotations', () => {
  it('finds double and single quotation marks, and not apostrophes', () => {
    const text = 'We said “no more labels”, and ‘don’t call us that’ and \'LAC\' too; the carers\' and children\'s views count.';
    expect(quotedSpans(text).map((span) => text.slice(span.start, span.end))).toEqual(['“no more labels”', '‘don’t call us that’', "'LAC'"]);
  });
  it('runs a quotation left open to the end of its paragraph', () => {
    const text = 'She told us: "it felt like respite for them';
    expect(quotedSpans(text)).toEqual([{ start: text.indexOf('"'), end: text.length }]);
  });
});

describe('discouraged language', () => {
  it('suggests a kinder word, gently, where it is first used in a section', () => {
    const json = paras('Our LAC population has grown, and respite care is offered.', 'Most LAC live locally.');
    const findings = runDocumentRule(discouragedLanguageRule, template, { introduction: json });
    expect(findings.map((finding) => textAt(json, finding))).toEqual(['LAC', 'respite']);
    expect(findings.every((finding) => finding.severity === 'info' && finding.rule === 'discouraged-language')).toBe(true);
    expect(findings[0]?.message).toBe('Consider "children in care" instead of "LAC": Young people tell us the label makes them feel like a category.');
  });

  it('warns about a word the pack marks as labelling the child, and only advises on the rest', () => {
    const terms: Terminology = { ...TERMS, discouraged: TERMS.discouraged.map((entry) => (entry.prefer === 'children in care' ? { ...entry, severity: 'warning' as const } : entry)) };
    const json = paras('Our LAC population has grown, and respite care is offered.');
    const findings = runDocumentRule(discouragedLanguageRule, { ...template, terminology: terms }, { introduction: json });
    expect(findings.map((finding) => [textAt(json, finding), finding.severity])).toEqual([
      ['LAC', 'warning'],
      ['respite', 'info'],
    ]);
  });

  it('never questions words inside a quotation', () => {
    expect(flagged(discouragedLanguageRule, '“I hate being called LAC,” one young person told us.', "We no longer say 'respite'.", 'She said: "contact with my family is the best bit')).toEqual([]);
  });

  it('never questions the young people’s own foreword', () => {
    const foreword = paras('Being LAC means respite weekends and contact with family on Saturdays.');
    expect(runDocumentRule(discouragedLanguageRule, template, { 'foreword-young-people': foreword })).toEqual([]);
  });

  it('leaves a word named to reject it, and still questions the same word used', () => {
    expect(flagged(discouragedLanguageRule, 'We will never call you LAC.', 'Instead of respite, carers get a short break.')).toEqual([]);
    expect(flagged(discouragedLanguageRule, 'We do not offer respite care to LAC.')).toEqual(['respite', 'LAC']);
    expect(flagged(discouragedLanguageRule, 'We stopped using the word LAC last year.')).toEqual([]);
    // A rejecting verb further back, with other words between, rejects nothing it is not said of.
    expect(flagged(discouragedLanguageRule, 'Carers should not use respite for LAC.')).toEqual(['LAC']);
  });

  it('finds a phrase broken over two lines, as text pasted from a PDF is', () => {
    expect(flagged(discouragedLanguageRule, 'We arrange contact with your\nparents each week.')).toEqual(['contact with your\nparents']);
  });

  it('tells "contact" for family time from contact details', () => {
    expect(flagged(discouragedLanguageRule, 'Our contact details are below. Contact us or contact the team by email.', 'Contact with their family is arranged weekly.')).toEqual(['Contact with their family']);
  });

  it('leaves a word inside the title of a document or a service', () => {
    expect(flagged(discouragedLanguageRule, 'The Care Planning, Placement and Case Review (England) Regulations 2010 apply.', 'Our Placement Promises say what carers do.')).toEqual([]);
    expect(flagged(discouragedLanguageRule, 'Placement stability matters most.')).toEqual(['Placement']);
    expect(flagged(discouragedLanguageRule, 'She moved to a new placement in May.')).toEqual(['placement']);
  });

  it('finds whole words only', () => {
    expect(flagged(discouragedLanguageRule, 'A lack of places, a lace-up shoe and BLACK history month.')).toEqual([]);
  });

  it('says nothing for a pack without discouraged words', () => {
    const plain = { ...template, terminology: { ...TERMS, discouraged: [] } };
    expect(runDocumentRule(discouragedLanguageRule, plain, { introduction: paras('Our LAC receive respite.') })).toEqual([]);
  });
});

describe('superseded names', () => {
  it('names what replaced an old body, once per section', () => {
    const json = paras('The CCG funds therapy. The CCG also chairs the panel, and the LSCB audits it.');
    const findings = runDocumentRule(supersededNamesRule, template, { introduction: json });
    expect(findings.map((finding) => textAt(json, finding))).toEqual(['CCG', 'LSCB']);
    expect(findings[0]).toMatchObject({ severity: 'warning', rule: 'superseded-names' });
    expect(findings[0]?.message).toBe('"CCG" is out of date: since July 2022 it is the integrated care board (ICB). Integrated care boards took over their work.');
  });

  it('leaves the letters alone inside another word', () => {
    expect(flagged(supersededNamesRule, 'The ACCGX code and the CCGLINK system are unrelated.')).toEqual([]);
  });

  it('leaves a sentence that tells the history', () => {
    expect(flagged(supersededNamesRule, 'Integrated care boards replaced clinical commissioning groups in 2022.', 'The partnership (formerly the LSCB) meets monthly.')).toEqual([]);
  });

  it('warns about a citation of replaced guidance from the law library, naming its successor', () => {
    const json = paras('We follow Old Guidance 2015 in every review.');
    const [finding] = runDocumentRule(supersededNamesRule, template, { introduction: json });
    expect(textAt(json, finding)).toBe('Old Guidance 2015');
    expect(finding?.message).toContain('cites Old Guidance 2015, which New Guidance 2024 replaced');
  });

  it('accepts a citation of the current guidance, even one the old pattern could half read', () => {
    expect(flagged(supersededNamesRule, 'We follow New Guidance 2024, Old Guidance (2024) and the Old Guidance in every review.')).toEqual([]);
  });

  it('reports words named both in the terminology and in the law library once', () => {
    const both: Template = { ...template, law: { ...LAW, instruments: [instrument('wt-2018', 'Working Together 2018', ['Working Together 2018'], { supersededBy: 'wt-2023' }), instrument('wt-2023', 'Working Together 2023', ['Working Together 2023'])] } };
    const json = paras('Partners follow Working Together 2018.');
    expect(runDocumentRule(supersededNamesRule, both, { introduction: json }).map((finding) => textAt(json, finding))).toEqual(['Working Together 2018']);
  });
});

describe('the Children’s Wellbeing and Schools Act 2026', () => {
  const cover = (fields: Partial<CoverFields>): CoverFields => ({ ...emptyCover(), ...fields });
  const rule = actAdoptionRule(WELLBEING_ACT_2026);
  const silent = { introduction: paras('We are corporate parents to every child in our care.') };

  it('warns on the legal framework when a strategy adopted after 29 April 2026 never mentions it', () => {
    const findings = runDocumentRule(rule, template, silent, cover({ date: '2026-06-01' }));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'warning', section: 'legislation', rule: 'wellbeing-act-2026' });
    expect(findings[0]?.message).toContain("never mentions the Children's Wellbeing and Schools Act 2026 (2026 c. 21)");
    expect(findings[0]?.message).toContain('check which have commenced');
  });

  it('is satisfied by a mention in any section', () => {
    const cited = { ...silent, vision: paras('The Children’s Wellbeing and Schools Act brings new partners into corporate parenting.') };
    expect(runDocumentRule(rule, template, cited, cover({ date: '2026-06-01' }))).toEqual([]);
  });

  it('says nothing for a strategy adopted before the Act, or when the title page cannot tell', () => {
    expect(runDocumentRule(rule, template, silent, cover({ date: '2025-11-20', periodStart: 2026 }))).toEqual([]);
    expect(runDocumentRule(rule, template, silent, cover({ date: '2026-04-29' }))).toEqual([]);
    expect(runDocumentRule(rule, template, silent, cover({ periodStart: 2026 }))).toEqual([]);
    expect(runDocumentRule(rule, template, silent, cover({}))).toEqual([]);
  });

  it('reads a period that starts after 2026 as adopted after the Act', () => {
    expect(adoptedAfter(cover({ periodStart: 2027 }), '2026-04-29')).toBe(true);
    expect(runDocumentRule(rule, template, silent, cover({ periodStart: 2027, periodEnd: 2030 }))).toHaveLength(1);
  });

  it('says nothing for a pack whose law library does not hold the Act', () => {
    const withoutAct = { ...template, law: { ...LAW, instruments: LAW.instruments.filter((entry) => entry.id !== WELLBEING_ACT_2026.instrument) } };
    expect(runDocumentRule(rule, withoutAct, silent, cover({ date: '2026-06-01' }))).toEqual([]);
  });
});

describe('in the whole check', () => {
  it('reports the pack’s discouraged words and old names with the other findings', () => {
    const input = { cover: emptyCover(), sections: [{ id: 'introduction', doc: paras('Our LAC are supported by the CCG.') }] };
    const rules = checkDraft(input, template).findings.map((finding) => `${finding.rule} ${finding.section}`);
    expect(rules).toContain('discouraged-language introduction');
    expect(rules).toContain('superseded-names introduction');
  });
});
