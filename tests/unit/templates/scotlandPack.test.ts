import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { loadTemplates } from '../../../electron/core/templates/loadTemplates.js';
import { proposeImport } from '../../../electron/core/import/proposeImport.js';
import { bytesOf, sectionsByHeading } from '../import/helpers.js';
import { sectionWithRole, type Template } from '../../../shared/template/template.js';
import { useCore } from '../core/apiHarness.js';
import { paragraphDoc } from '../core/fixtures.js';
import { checkDraft } from '../../../shared/completeness/index.js';
import { UNSORTED } from '../../../shared/import/types.js';
import { emptyCover, type NodeJSON } from '../../../shared/model/draft.js';
import { h, p } from '../completeness/fixtures/build.js';

const templatesDir = fileURLToPath(new URL('../../../templates/', import.meta.url));
const PACK_ID = 'scotland-plan';
const SCOTTISH_ACT = 'Children and Young People (Scotland) Act 2014';

/** Words and bodies that belong to England's corporate parenting, not Scotland's. */
const ENGLAND_ONLY: readonly RegExp[] = [
  /\bEngland\b|\bEnglish\b/i,
  /\bOfsted\b/i,
  /\bFull Council\b/i,
  /\bCabinet\b/i,
  /\bLead Member\b/i,
  /\bDirector of Children['’]s Services\b|\bDCS\b/,
  /\bChildren and Social Work Act\b/i,
  /\bChildren Act 1989\b/i,
  /\bChildren \(Leaving Care\) Act\b/i,
  /\bDepartment for Education\b|\bDfE\b/,
  /\bStaying (?:Put|Close)\b/i,
  /\blocal offer\b/i,
  /\bpersonal advis[eo]r\b/i,
  /\bvirtual school\b/i,
  /\bpersonal education plan\b|\bPEP\b/,
  /\bintegrated care board\b|\bICB\b/,
  /\bSSDA903\b/,
  /\bChildren in Care Council\b|\bCiCC\b/,
  /\bIRO\b|\bindependent reviewing officer\b/i,
  /\bsufficiency\b/i,
];

/** Keys whose values are patterns or ids, not words a reader sees. */
const NOT_TEXT = new Set(['pattern', 'anyOf', 'allOf', 'cues', 'words', 'recognisedBy', 'subject', 'header', 'column', 'review', 'commitment', 'toYou', 'hedges', 'youngPeople', 'voting', 'roles', 'id', 'rule', 'element', 'source', 'instrument', 'instruments', 'orLocalName', 'fields']);

/** Every string a reader of the pack's own text could see (guidance, starters, messages, names), with where it is. */
function readerText(value: unknown, where: string, skip: ReadonlySet<string> = NOT_TEXT): { where: string; text: string }[] {
  if (typeof value === 'string') return [{ where, text: value }];
  if (Array.isArray(value)) return value.flatMap((item, index) => readerText(item, `${where}[${index}]`, skip));
  if (value !== null && typeof value === 'object')
    return Object.entries(value).flatMap(([key, item]) => (skip.has(key) ? [] : readerText(item, `${where}.${key}`, skip)));
  return [];
}

function packFile(pack: string, file: string): unknown {
  return JSON.parse(fs.readFileSync(path.join(templatesDir, pack, file), 'utf8'));
}

/** The pack's own words: terminology.json only counts for what it tells the writer to use (its "why" explains what England does, on purpose). */
function ownText(pack: string) {
  const terminology = packFile(pack, 'terminology.json') as { discouraged: { prefer: string }[]; superseded: { now: string }[] };
  return [
    ...readerText(packFile(pack, 'pack.json'), 'pack.json'),
    // A mis-cited law's reason names the other nation's Act on purpose, as terminology.json's "why" does.
    ...readerText(packFile(pack, 'rules.json'), 'rules.json').filter(({ where }) => !/\.citations\[\d+\]\.why$/.test(where)),
    ...readerText(packFile(pack, 'law.json'), 'law.json'),
    ...readerText({ prefer: terminology.discouraged.map((entry) => entry.prefer), now: terminology.superseded.map((entry) => entry.now) }, 'terminology.json'),
  ];
}

function englandOnlyTerms(pack: string): string[] {
  return ownText(pack).flatMap(({ where, text }) => ENGLAND_ONLY.filter((term) => term.test(text)).map((term) => `${where}: ${String(term)} in "${text}"`));
}

function scotland(): Template {
  const { templates, problems } = loadTemplates(templatesDir);
  expect(problems.filter((problem) => problem.file.includes(PACK_ID))).toEqual([]);
  const template = templates.find((candidate) => candidate.id === PACK_ID);
  if (!template) throw new Error(`${PACK_ID} was not loaded`);
  return template;
}

const core = useCore();
const start = () => core(undefined, templatesDir).call;

describe('the Scotland pack', () => {
  it('loads with no problems, as a Scottish plan adopted by a committee or board', () => {
    const template = scotland();
    expect(template).toMatchObject({ nation: 'Scotland', export: { documentName: 'corporate parenting plan' } });
    expect(template.export.approvingBody).not.toMatch(/full council/i);
    expect(template.sections.filter((section) => section.kind === 'cover')).toHaveLength(1);
    for (const role of ['young-people-foreword', 'leadership-foreword', 'law', 'pledge', 'priorities', 'measures', 'care-leavers-offer', 'glossary'] as const)
      expect(sectionWithRole(template, role), role).toBeDefined();
  });

  it('stands on Scottish law only, each instrument with its source and commencement', () => {
    const { law, rules } = scotland();
    expect(law.instruments.length).toBeGreaterThan(0);
    for (const instrument of law.instruments) {
      expect(instrument.nations, instrument.id).toEqual(['Scotland']);
      expect(instrument.source, instrument.id).toMatch(/^https?:\/\//);
    }
    const cited = Object.values(rules.sections).flat().filter((use) => use.rule === 'cites-instruments').flatMap((use) => (use.params?.instruments as string[] | undefined) ?? []);
    expect(cited).toContain('children-young-people-scotland-act-2014');
    expect(cited.filter((id) => !law.instruments.some((instrument) => instrument.id === id))).toEqual([]);
    expect(law.principles.map((principle) => principle.citation)).toEqual(['a', 'b', 'c', 'd', 'e', 'f'].map((letter) => `${SCOTTISH_ACT}, s58(1)(${letter})`));
  });

  it('has no England-only term in its own text (and the same scan finds them in the England pack)', () => {
    expect(englandOnlyTerms(PACK_ID)).toEqual([]);
    expect(englandOnlyTerms('england-strategy').length).toBeGreaterThan(0);
  });

  it('drafts, checks with Scottish findings and exports under its own name', async () => {
    const call = start();
    const template = scotland();
    const law = sectionWithRole(template, 'law');
    const introduction = template.sections.find((section) => section.id === 'introduction');
    if (!law || !introduction) throw new Error('the pack has no law section or introduction');

    const draft = await call('drafts.create', { templateId: PACK_ID, council: 'Glen Farrow Council' });
    const before = await call('drafts.check', { id: draft.id });
    const messages = before.findings.map((finding) => finding.message);
    expect(messages.filter((message) => /Children and Social Work Act|Full Council|Ofsted|England/i.test(message))).toEqual([]);
    expect(messages.some((message) => message.includes(`${SCOTTISH_ACT}, s58(1)(a)`))).toBe(true);

    const lawFindings = async () => (await call('drafts.check', { id: draft.id })).findings.filter((finding) => finding.section === law.id);
    const englishLaw = await call('drafts.updateSection', { id: draft.id, sectionId: law.id, baseRevision: 0, doc: paragraphDoc('Our plan follows the Children Act 1989.') });
    expect((await lawFindings()).map((finding) => [finding.rule, finding.message])).toContainEqual([`${law.id}.children-young-people-scotland-act-2014`, `Cite the ${SCOTTISH_ACT}, with its year.`]);
    expect((await lawFindings()).filter((finding) => /Children and Social Work Act|Children Act 1989/.test(finding.message))).toEqual([]);

    await call('drafts.updateSection', {
      id: draft.id,
      sectionId: law.id,
      baseRevision: englishLaw.revision,
      doc: paragraphDoc('The Children and Young People (Scotland) Act 2014, Part 9.', 'The Children (Scotland) Act 1995, sections 17 and 29.', 'The United Nations Convention on the Rights of the Child (Incorporation) (Scotland) Act 2024.'),
    });
    expect(await lawFindings()).toEqual([]);

    await call('drafts.updateSection', {
      id: draft.id,
      sectionId: introduction.id,
      baseRevision: 0,
      doc: paragraphDoc('Our duties come from the Children and Social Work Act 2017, and Ofsted inspects us.'),
    });
    const after = await call('drafts.check', { id: draft.id });
    const inIntroduction = (rule: string) => after.findings.filter((finding) => finding.section === introduction.id && finding.rule === rule).map((finding) => finding.message);
    expect(inIntroduction('miscited-law')).toEqual([expect.stringContaining(`Cite the ${SCOTTISH_ACT}, Part 9.`)]);
    expect(inIntroduction('discouraged-language')).toEqual([expect.stringContaining('"the Care Inspectorate" instead of "Ofsted"')]);

    const docx = await call('drafts.export', { id: draft.id, format: 'docx', final: false });
    expect(docx.fileName).toBe('Glen Farrow Council corporate parenting plan (DRAFT).docx');
    const core = await (await JSZip.loadAsync(Buffer.from(docx.dataBase64, 'base64'))).file('docProps/core.xml')?.async('string');
    expect(core).toContain('<dc:subject>Corporate parenting plan</dc:subject>');

    const pdf = await call('drafts.export', { id: draft.id, format: 'pdf', final: false });
    expect(pdf.fileName).toBe('Glen Farrow Council corporate parenting plan (DRAFT).pdf');
    const loaded = await PDFDocument.load(Buffer.from(pdf.dataBase64, 'base64'), { updateMetadata: false });
    expect(loaded.getSubject()).toBe('Corporate parenting plan, Glen Farrow Council');
  });

  it("finds the title page's lines at the top of the plan's text when the cover is empty, and still asks when they are not there", () => {
    const template = scotland();
    const cover = { ...emptyCover(), council: 'Dunmere Council', title: 'Corporate Parenting Plan', periodStart: 2025, periodEnd: 2028 };
    const titlePage = [h('Corporate Parenting Plan 2025–2028'), p('Approved by the Children and Families Committee, 2 May 2025'), p('Owner: Chief Social Work Officer'), p('Version 1.0, June 2025'), p('We are proud of the young people who helped us write this plan, and of everyone who cares for them.')];
    const coverRules = (sections: { id: string; doc: NodeJSON }[]) =>
      Object.fromEntries(checkDraft({ cover, sections }, template).findings.filter((finding) => finding.section === 'cover').map((finding) => [finding.rule, finding.severity]));
    expect(coverRules([{ id: UNSORTED, doc: { type: 'doc', content: titlePage } }])).toMatchObject({ 'cover.owner': 'info', 'cover.approving-body': 'info', 'cover.date-or-version': 'info' });
    expect(coverRules([{ id: UNSORTED, doc: { type: 'doc', content: titlePage.slice(4) } }])).toMatchObject({ 'cover.owner': 'warning', 'cover.approving-body': 'warning', 'cover.date-or-version': 'warning' });
  });

  it('takes the acronyms every UK reader knows as known, and a letter after each meeting saying what will happen as feedback', () => {
    const template = scotland();
    const cover = { ...emptyCover(), council: 'Dunmere Council', title: 'Corporate Parenting Plan', periodStart: 2025, periodEnd: 2028 };
    const findings = (id: string, text: string) => checkDraft({ cover, sections: [{ id, doc: { type: 'doc', content: [p(text)] } }] }, template).findings.filter((finding) => finding.section === id).map((finding) => finding.rule);
    expect(findings('participation', 'HR will train managers. The QZX team will help.')).toContain('acronym-undefined');
    expect(findings('participation', 'HR will train managers.')).not.toContain('acronym-undefined');
    expect(findings('participation', 'Our group meets monthly. After every meeting, the chair writes to the group setting out what will happen next.')).not.toContain('participation.feedback');
    expect(findings('participation', 'Our group meets monthly. The chair writes to the group about the budget.')).toContain('participation.feedback');
  });

  it("reads a Scottish plan into the pack's own sections by the pack's own words", async () => {
    const text = [
      '# A word from our Champions Board',
      'We wrote this with our workers. We want to be listened to.',
      '# Our responsibilities as a corporate parent',
      'Section 58 says we must be alert to anything that harms wellbeing and assess needs.',
      '# Keeping the promise',
      'Plan 24-30 sets out what we must change, foundation by foundation: voice, family, care, people and scaffolding.',
      '# Continuing care and aftercare',
      'Young people can stay in continuing care to 21 and ask for aftercare up to 26.',
      '# Working together with other corporate parents',
      'We collaborate with the health board, Police Scotland and Skills Development Scotland.',
      '# Terms of reference',
      'The group has a quorum of five and a chair.',
    ].join('\n\n');
    const proposal = await proposeImport({ name: 'plan.md', bytes: bytesOf(text) }, { template: scotland() });
    expect(sectionsByHeading(proposal)).toEqual({
      'A word from our Champions Board': 'foreword-care-experienced',
      'Our responsibilities as a corporate parent': 'corporate-parenting-duties',
      'Keeping the promise': 'the-promise',
      'Continuing care and aftercare': 'continuing-care-aftercare',
      'Working together with other corporate parents': 'collaboration',
      'Terms of reference': 'corporate-parenting-group-terms',
    });
  });
});
