import { describe, expect, it } from 'vitest';
import { acronymsRule } from '../../../shared/completeness/documentRules/acronyms.js';
import type { Terminology } from '../../../shared/template/template.js';
import { h, p, paras } from './fixtures/build.js';
import { runDocumentRule } from './fixtures/runDocumentRule.js';
import { templateWith, testTemplate } from './fixtures/template.js';

/** The acronym rule knows the sector's acronyms from the pack's terminology, and finds the glossary by its role. */

const terms = (terminology: Partial<Terminology>): Terminology => ({ discouraged: [], superseded: [], acronyms: [], universallyKnown: [], ...terminology });

function acronymFindings(terminology: Terminology, sections: Record<string, ReturnType<typeof paras>>, template = templateWith('introduction', 'vision', 'glossary')) {
  return runDocumentRule(acronymsRule, { ...template, terminology }, sections);
}

describe('acronyms from the pack', () => {
  it('suggests the meaning the pack gives, and none when the pack has none', () => {
    const text = { introduction: paras('Each child has a QRW who visits.') };
    const [withMeaning] = acronymFindings(terms({ acronyms: [{ short: 'QRW', long: 'quality review worker' }] }), text);
    expect(withMeaning?.message).toContain('"quality review worker (QRW)"');
    const [without] = acronymFindings(terms({}), text);
    expect(without?.rule).toBe('acronym-undefined');
    expect(without?.message).toContain('the full name followed by "(QRW)"');
  });

  it('never asks for an acronym the pack calls universally known, its plural in capitals included', () => {
    const text = { introduction: paras('Pupils sit the GCSE exams, and their GPS and the ICT team help.') };
    expect(acronymFindings(terms({ universallyKnown: ['GCSE', 'GP', 'ICT'] }), text)).toEqual([]);
    expect(acronymFindings(terms({ universallyKnown: ['GCSE'] }), text).map((finding) => finding.message.slice(0, 4))).toEqual(['GPS ', 'ICT ']);
  });

  it('takes a long form followed by its acronym and a place’s name in brackets as the definition, but not an acronym among other words', () => {
    const defined = { introduction: paras('Ask the Northern Quality Review Service (NQRS Cymru) for help.', 'The NQRS visits every home.') };
    expect(acronymFindings(terms({}), defined)).toEqual([]);
    const listed = { introduction: paras('Partners attend (NQRS and others).', 'The NQRS visits every home.') };
    expect(acronymFindings(terms({}), listed).map((finding) => finding.message.slice(0, 5))).toEqual(['NQRS ']);
  });

  it('reads a word-like acronym (DfE) only when the pack knows it', () => {
    const text = { introduction: paras('The DfE publishes the figures.') };
    expect(acronymFindings(terms({ acronyms: [{ short: 'DfE', long: 'Department for Education' }] }), text).map((finding) => finding.rule)).toEqual(['acronym-undefined']);
    expect(acronymFindings(terms({}), text)).toEqual([]);
  });

  it('leaves acronyms inside quoted words, and still asks for one used outside them', () => {
    const text = { introduction: paras('One young person said: “my IRO never rings back.”', 'We will make sure each QRW visits.') };
    expect(acronymFindings(terms({}), text).map((finding) => finding.message.slice(0, 4))).toEqual(['QRW ']);
  });

  it('takes definitions from the section with the glossary role, whatever its id', () => {
    const renamed = {
      ...testTemplate,
      sections: testTemplate.sections
        .filter((section) => ['introduction', 'glossary', 'contact'].includes(section.id))
        .map((section) => (section.id === 'glossary' ? { ...section, roles: [] } : section.id === 'contact' ? { ...section, roles: ['glossary' as const] } : section)),
    };
    const sections = { introduction: paras('Each child has a QRW who visits.'), contact: paras('QRW: quality review worker.') };
    expect(acronymFindings(terms({}), sections, renamed)).toEqual([]);
    const asGlossaryId = { introduction: sections.introduction, glossary: sections.contact };
    const [finding] = acronymFindings(terms({}), asGlossaryId, renamed);
    expect(finding?.rule).toBe('acronym-before-definition');
    expect(finding?.message).not.toContain('glossary');
  });
});

describe('headings set in capitals', () => {
  const headed = (heading: string, ...lines: string[]) => ({ type: 'doc', content: [h(heading), ...lines.map(p)] });

  it('reads a heading in capitals as a house style, however short, not as acronyms', () => {
    const sections = { introduction: headed('VIRTUAL SCHOOL', 'The head of the school tracks every pupil.'), vision: headed('FOREWORD', 'We want the best for you.') };
    expect(acronymFindings(terms({}), sections)).toEqual([]);
  });

  it('still asks for an acronym in a heading written in ordinary case, and for one used below a heading in capitals', () => {
    expect(acronymFindings(terms({}), { introduction: headed('How the QRW helps', 'Every child is visited.') }).map((finding) => finding.message.slice(0, 4))).toEqual(['QRW ']);
    expect(acronymFindings(terms({}), { introduction: headed('QUALITY REVIEWS', 'Each child has a QRW who visits.') }).map((finding) => finding.message.slice(0, 4))).toEqual(['QRW ']);
  });
});

describe('capitals run into a paragraph', () => {
  it('reads a caption or heading in capitals joined to the text after it as emphasis, not acronyms', () => {
    const sections = { introduction: paras('SECTION 4: WHO WE LOOK AFTER Most of our children live with foster families.', 'CHART 3: PLACE COUNTS Numbers rose this year.') };
    expect(acronymFindings(terms({}), sections)).toEqual([]);
  });

  it('still asks for an acronym beside a capitalised word that opens a sentence, beside one the pack knows, and alone', () => {
    const sections = { introduction: paras('A QRW visits each home.', 'Health partners run NHS QRTS clinics.', 'Every child has a PLW too.', 'The results for children in care in the table were BCD XYZ (2019) 40% 45% BCD XYZ (2020) 50% 55%') };
    const findings = acronymFindings(terms({ universallyKnown: ['NHS'] }), sections);
    expect(findings.map((finding) => finding.message.slice(0, 4))).toEqual(['QRW ', 'QRTS', 'PLW ', 'BCD ', 'XYZ ']);
  });

  it('leaves a placeholder of repeated X to the placeholder rule', () => {
    expect(acronymFindings(terms({}), { introduction: paras('By 2028, XX% of care leavers will be in work.') })).toEqual([]);
  });
});
