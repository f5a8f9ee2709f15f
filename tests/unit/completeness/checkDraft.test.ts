import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkDraft, DOCUMENT_SECTION } from '../../../shared/completeness/index.js';
import { pledgePromisesRule } from '../../../shared/completeness/rules/pledge.js';
import { docFromJSON } from '../../../shared/model/docJson.js';
import { emptyCover, type NodeJSON } from '../../../shared/model/draft.js';
import { doc, h, p, paras, table, ul } from './fixtures/build.js';
import { completeDraft } from './fixtures/completeStrategy.js';
import { draftWith } from './fixtures/run.js';
import { PLEDGE_STARTER, testTemplate } from './fixtures/template.js';

afterEach(() => vi.restoreAllMocks());

describe('checkDraft', () => {
  it('passes the complete strategy with no errors or warnings', () => {
    const report = checkDraft(completeDraft, testTemplate);
    expect(report.findings.filter((finding) => finding.severity !== 'info')).toEqual([]);
    expect(report.sections.every((section) => section.status === 'complete' && section.score === 100)).toBe(true);
    expect(report.score).toBe(100);
    expect(report.principles.every((principle) => principle.addressedIn.length > 0)).toBe(true);
  });

  it('lists every template section in template order, whether the draft has it or not', () => {
    const report = checkDraft({ cover: emptyCover(), sections: [] }, testTemplate);
    expect(report.sections.map((section) => section.id)).toEqual(testTemplate.sections.map((section) => section.id));
  });

  it('gives an error for every required section of an empty draft, a warning for recommended and info for optional', () => {
    const report = checkDraft({ cover: emptyCover(), sections: testTemplate.sections.map((section) => ({ id: section.id, doc: doc() })) }, testTemplate);
    for (const section of testTemplate.sections) {
      const missing = report.findings.find((finding) => finding.rule === `${section.id}.missing`);
      expect(missing?.severity, section.id).toBe(section.status === 'required' ? 'error' : section.status === 'recommended' ? 'warning' : 'info');
    }
    expect(report.sections.every((section) => section.status === 'missing' && section.score === 0)).toBe(true);
    expect(report.score).toBe(0);
  });

  it('treats a section that holds only its starter as missing, and any own line as written', () => {
    const starterOnly = doc(h('Your home'), ul('We will [write a promise about where you live].'), h('Your education'), ul('We will [write a promise about school].'));
    const report = checkDraft(draftWith('pledge', starterOnly), testTemplate);
    expect(report.sections.find((section) => section.id === 'pledge')?.status).toBe('missing');
    expect(report.findings.find((finding) => finding.rule === 'pledge.missing')?.message).toContain('starter text');

    const edited = doc(...(starterOnly.content ?? []), ul('We will visit you every month.'));
    expect(checkDraft(draftWith('pledge', edited), testTemplate).sections.find((section) => section.id === 'pledge')?.status).toBe('incomplete');
  });

  it('uses the starter text supplied by the caller when given', () => {
    const starterOnly = paras('Write your pledge here.');
    const report = checkDraft(draftWith('pledge', starterOnly), testTemplate, { starterText: { pledge: 'Write your pledge here.' } });
    expect(report.sections.find((section) => section.id === 'pledge')?.status).toBe('missing');
    expect(PLEDGE_STARTER).not.toContain('Write your pledge here');
  });

  it('caps optional sections at info and leaves them out of the score until written', () => {
    const report = checkDraft(draftWith('contact', null), testTemplate);
    expect(report.findings.filter((finding) => finding.section === 'contact').map((finding) => finding.severity)).toEqual(['info']);
    expect(report.score).toBe(100);
    const poor = checkDraft(draftWith('contact', paras('Please get in touch.')), testTemplate);
    expect(poor.findings.find((finding) => finding.rule === 'contact.contact-point')?.severity).toBe('info');
    expect(poor.score).toBeLessThan(100);
  });

  it('weights the overall score and keeps it below 100 while any error remains', () => {
    const report = checkDraft(draftWith('introduction', paras('This is the introduction to the [Council name] strategy.')), testTemplate);
    expect(report.findings.some((finding) => finding.severity === 'error' && finding.rule === 'placeholder')).toBe(true);
    expect(report.score).toBeLessThan(100);
    expect(report.score).toBeGreaterThan(80);
  });

  it('accepts editor documents as well as JSON, with the same result', () => {
    const nodes = completeDraft.sections.map((section) => {
      const parsed = docFromJSON(section.doc as NodeJSON);
      if (!parsed.ok) throw new Error(parsed.message);
      return { id: section.id, doc: parsed.doc };
    });
    expect(checkDraft({ ...completeDraft, sections: nodes }, testTemplate)).toEqual(checkDraft(completeDraft, testTemplate));
  });

  it('reports readability for both forewords and the child-friendly pledge', () => {
    const report = checkDraft(completeDraft, testTemplate);
    expect(report.readability['foreword-young-people']?.ceiling).toBe(12);
    expect(report.readability['foreword-leadership']?.longestSentences[0]?.words).toBeGreaterThan(10);
    expect(report.findings.filter((finding) => finding.rule.endsWith('.reading-age')).map((finding) => [finding.section, finding.severity])).toEqual([
      ['foreword-young-people', 'info'],
      ['foreword-leadership', 'info'],
      ['pledge-child-friendly', 'info'],
    ]);
  });

  it('turns a rule that throws into an info finding and still runs the others', () => {
    vi.spyOn(pledgePromisesRule, 'check').mockImplementation(() => {
      throw new Error('boom');
    });
    const report = checkDraft(completeDraft, testTemplate);
    expect(report.findings).toContainEqual(expect.objectContaining({ severity: 'info', section: 'pledge', rule: 'pledge.rule-failed' }));
    expect(report.sections.find((section) => section.id === 'roles')?.status).toBe('complete');
  });

  describe('bad input never throws', () => {
    it('a 2,000-row measures table', () => {
      const rows = Array.from({ length: 2000 }, (_, index) => [String((index % 3) + 1), `Indicator ${index}`, '1', '2024', '2', '2026', 'Data', index % 7 === 0 ? '' : 'Team']);
      const report = checkDraft(draftWith('measures', doc(table('measures', [['Priority', 'Indicator', 'Baseline', 'Baseline date', 'Target', 'Target date', 'Source', 'Owner'], ...rows]))), testTemplate);
      expect(report.findings.find((finding) => finding.rule === 'measures.owner')?.message).toContain('and 281 more');
    });
    it('Unicode names and text with no sentence breaks', () => {
      const text = paras(`${'wir sind hier und wir reden über unser leben '.repeat(200)}Zoë Ní Bhriain und Łukasz Żółw`);
      const report = checkDraft(draftWith('foreword-young-people', text), testTemplate);
      const named = report.findings.filter((finding) => finding.rule === 'young-person-named').map((finding) => finding.message);
      expect(named.some((message) => message.includes('Łukasz Żółw'))).toBe(true);
      expect(report.readability['foreword-young-people']?.sentences).toBe(1);
    });
    it('content that does not fit the schema', () => {
      const report = checkDraft(draftWith('vision', { type: 'doc', content: [{ type: 'video' }] }), testTemplate);
      expect(report.findings.find((finding) => finding.rule === 'vision.missing')?.message).toContain('could not be read');
    });
  });

  it('files principle findings under the document pseudo-section', () => {
    const report = checkDraft({ cover: emptyCover(), sections: [{ id: 'vision', doc: paras('Our ambition is simple.') }] }, testTemplate);
    const principles = report.findings.filter((finding) => finding.rule.startsWith('principle'));
    expect(principles.length).toBeGreaterThan(0);
    expect(principles.every((finding) => finding.section === DOCUMENT_SECTION)).toBe(true);
    expect(report.findings[report.findings.length - 1]?.section).toBe(DOCUMENT_SECTION);
  });

  it('keeps a finding location inside its section', () => {
    const vision = doc(p('Our ambition is that every child thrives.'), p('Would this be good enough for my child? TBC'));
    const report = checkDraft(draftWith('vision', vision), testTemplate);
    const location = report.findings.find((finding) => finding.rule === 'placeholder')?.location;
    const parsed = docFromJSON(vision);
    if (!parsed.ok || !location) throw new Error('expected a placeholder finding');
    expect(location).toEqual({ from: 84, to: 87 });
    expect(parsed.doc.textBetween(location.from, location.to)).toBe('TBC');
  });
});
