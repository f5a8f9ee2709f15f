import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { ruleUseProblems } from '../../../shared/completeness/registry.js';
import { sectionWithRole, type Template, type TemplateSection } from '../../../shared/template/template.js';
import { loadTemplates } from '../../../electron/core/templates/loadTemplates.js';
import { useCore } from '../core/apiHarness.js';
import { paragraphDoc } from '../core/fixtures.js';

/**
 * The Wales pack: a Welsh council's strategy under Part 6 of the Social
 * Services and Well-being (Wales) Act 2014, made of JSON alone. It must load
 * cleanly, speak of Welsh law, bodies and schemes in its own text, and be
 * drafted, checked and exported through the same API as England's.
 */

const templatesDir = fileURLToPath(new URL('../../../templates/', import.meta.url));

function wales(): Template {
  const { templates, problems } = loadTemplates(templatesDir);
  expect(problems).toEqual([]);
  const template = templates.find((candidate) => candidate.id === 'wales-strategy');
  if (!template) throw new Error('wales-strategy was not loaded');
  return template;
}

const pack = wales();

function ownText(section: TemplateSection): string[] {
  const { summary, include, goodLooksLike, questions } = section.guidance;
  return [section.title, summary, ...include, ...goodLooksLike, ...questions, section.starter ?? ''];
}

/** Words that are right in England's pack and wrong in a Welsh council's strategy. */
const ENGLAND_ONLY: RegExp[] = [
  /\bOfsted\b/i,
  /\bStaying Put\b/i,
  /\bStaying Close\b/i,
  /\bChildren and Social Work Act\b/i,
  /\bCSWA\b/,
  /\bChildren['’]s Wellbeing and Schools Act\b/i,
  /\bDepartment for Education\b|\bDfE\b/,
  /\bSSDA ?903\b/i,
  /\bintegrated care boards?\b/i,
  /\bVirtual School\b/i,
  /\bDirector of Children['’]s Services\b/i,
  /\bstatistical neighbours?\b/i,
  /\bAttainment 8\b/i,
  /\bWorking Together to Safeguard\b/i,
  /\bCare Leaver Covenant\b/i,
];

describe('the Wales pack as data', () => {
  it('loads with no problems as a Welsh pack, approved by full council, and its rules compile', () => {
    expect(pack.nation).toBe('Wales');
    expect(pack.export.approvingBody).toBe('Full Council');
    expect(ruleUseProblems(pack)).toEqual([]);
    for (const role of ['young-people-foreword', 'leadership-foreword', 'law', 'glossary', 'measures', 'priorities', 'care-leavers-offer', 'board-terms'] as const) {
      expect(sectionWithRole(pack, role), role).toBeDefined();
    }
  });

  it('gives import cues only for its own sections, and rules only for its own sections', () => {
    const ids = new Set(pack.sections.map((section) => section.id));
    for (const id of Object.keys(pack.importCues.sections)) expect(ids, `import.json names ${id}`).toContain(id);
    for (const id of Object.keys(pack.rules.sections)) expect(ids, `rules.json names ${id}`).toContain(id);
  });

  it('cites Welsh instruments that its law library holds, each with a source and its commencement', () => {
    const instruments = new Map(pack.law.instruments.map((instrument) => [instrument.id, instrument]));
    const cited = (pack.rules.sections[sectionWithRole(pack, 'law')?.id ?? ''] ?? []).flatMap((use) => (use.rule === 'cites-instruments' ? (use.params as { instruments: string[] }).instruments : []));
    expect(cited).toContain('social-services-wellbeing-wales-act-2014');
    for (const id of cited) {
      expect(instruments.get(id)?.nations, id).toContain('Wales');
      expect(instruments.get(id)?.nations, id).not.toEqual(['England']);
    }
    for (const instrument of pack.law.instruments) {
      expect(instrument.nations, instrument.id).toContain('Wales');
      expect(instrument.source, instrument.id).toMatch(/^https:\/\//);
    }
    const housing = instruments.get('homelessness-allocation-wales-act-2026');
    expect(housing?.commencement).toBe('awaiting-commencement');
    expect(pack.law.principles.length).toBeGreaterThan(0);
  });

  it('never names an England-only body, scheme or Act in its own sections', () => {
    const found = pack.sections.flatMap((section) => ownText(section).flatMap((text) => ENGLAND_ONLY.filter((word) => word.test(text)).map((word) => `${section.id}: ${word.source}`)));
    expect(found).toEqual([]);
    expect(pack.name).not.toMatch(/England/);
  });

  it('steers a Welsh writer away from England’s words', () => {
    const steer = (text: string) => pack.terminology.discouraged.find((entry) => new RegExp(entry.pattern, 'iu').test(text))?.prefer;
    expect(steer('Young people can stay under Staying Put until 21.')).toBe('When I am Ready');
    expect(steer('Ofsted judged our services good.')).toMatch(/Care Inspectorate Wales/);
    const citations = pack.rules.document.flatMap((use) => (use.rule === 'miscited-law' ? (use.params as { citations: { pattern: string; correct: string }[] }).citations : []));
    expect(citations.find((citation) => new RegExp(citation.pattern, 'iu').test('the Children and Social Work Act 2017'))?.correct).toMatch(/Social Services and Well-being \(Wales\) Act 2014/);
  });
});

const core = useCore();
const start = () => core(undefined, templatesDir).call;

describe('a Welsh draft through the core API', () => {
  it('is checked against Welsh law and exported to Word and PDF', async () => {
    const call = start();
    const listed = (await call('templates.list', {})).templates.map((template) => template.id);
    expect(listed).toEqual(expect.arrayContaining(['england-strategy', 'wales-strategy']));

    const draft = await call('drafts.create', { templateId: 'wales-strategy', council: 'Cyngor Sir Enghraifft' });
    const law = sectionWithRole(pack, 'law');
    if (!law) throw new Error('the Wales pack has no law section');
    const findingsIn = async (section: string) => (await call('drafts.check', { id: draft.id })).findings.filter((finding) => finding.section === section);

    await call('drafts.updateSection', { id: draft.id, sectionId: law.id, baseRevision: 0, doc: paragraphDoc('Our duties come from the Children and Social Work Act 2017 and we support Staying Put.') });
    const english = await findingsIn(law.id);
    expect(english.map((finding) => finding.rule)).toContain(`${law.id}.social-services-wellbeing-wales-act-2014`);
    expect(english.find((finding) => finding.rule === `${law.id}.social-services-wellbeing-wales-act-2014`)?.message).toMatch(/Social Services and Well-being \(Wales\) Act 2014/);
    const all = (await call('drafts.check', { id: draft.id })).findings;
    expect(all.some((finding) => finding.rule === 'discouraged-language' && /When I am Ready/.test(finding.message))).toBe(true);
    expect(all.some((finding) => finding.rule === 'miscited-law' && /Social Services and Well-being \(Wales\) Act 2014/.test(finding.message))).toBe(true);
    expect(all.map((finding) => finding.message).join('\n')).not.toMatch(/Cite the Children and Social Work Act/);

    await call('drafts.updateSection', {
      id: draft.id,
      sectionId: law.id,
      baseRevision: 1,
      doc: paragraphDoc('Part 6 of the Social Services and Well-being (Wales) Act 2014 sets our duties; the Well-being of Future Generations (Wales) Act 2015 shapes how we work; we signed A Promise from Wales in 2024.'),
    });
    expect((await findingsIn(law.id)).filter((finding) => finding.rule.startsWith(`${law.id}.`))).toEqual([]);

    const docx = await call('drafts.export', { id: draft.id, format: 'docx', final: false });
    expect(docx.fileName).toBe('Cyngor Sir Enghraifft corporate parenting strategy (DRAFT).docx');
    const body = await (await JSZip.loadAsync(Buffer.from(docx.dataBase64, 'base64'))).file('word/document.xml')?.async('string');
    expect(body).toContain('Social Services and Well-being (Wales) Act 2014');

    const pdf = await call('drafts.export', { id: draft.id, format: 'pdf', final: false });
    expect(pdf.fileName).toBe('Cyngor Sir Enghraifft corporate parenting strategy (DRAFT).pdf');
    const loaded = await PDFDocument.load(Buffer.from(pdf.dataBase64, 'base64'), { updateMetadata: false });
    expect(loaded.getPageCount()).toBeGreaterThan(1);
  });
});
