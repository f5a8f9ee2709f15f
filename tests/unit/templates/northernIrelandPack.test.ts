import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { ruleUseProblems } from '../../../shared/completeness/registry.js';
import { loadTemplates } from '../../../electron/core/templates/loadTemplates.js';
import { proposeImport } from '../../../electron/core/import/proposeImport.js';
import { bytesOf, sectionsByHeading } from '../import/helpers.js';
import { sectionWithRole, type Template } from '../../../shared/template/template.js';
import { useCore } from '../core/apiHarness.js';
import { paragraphDoc } from '../core/fixtures.js';

/**
 * The Northern Ireland pack: a Health and Social Care Trust's strategy under
 * the Children (Northern Ireland) Order 1995, made of JSON alone. It must
 * load cleanly, stand on Northern Ireland's law, speak of its bodies and
 * schemes (GEM, RQIA, VOYPIC, NICCY), be adopted by the Trust Board, and be
 * drafted, checked, read and exported through the same API as England's.
 */

const templatesDir = fileURLToPath(new URL('../../../templates/', import.meta.url));
const PACK_ID = 'northern-ireland-strategy';
const CHILDREN_ORDER = 'Children (Northern Ireland) Order 1995';

/** Words and bodies that belong to England's corporate parenting (or a council's), not a Trust's in Northern Ireland. */
const ENGLAND_ONLY: readonly RegExp[] = [
  /\bEngland\b|\bEnglish\b/i,
  /\bOfsted\b/i,
  /\bFull Council\b/i,
  /\bCabinet\b/i,
  /\bLead Member\b/i,
  /\bcouncillors?\b/i,
  /\bChildren and Social Work Act\b/i,
  /\bChildren Act 1989\b/i,
  /\bChildren \(Leaving Care\) Act 2000\b/i,
  /\bChildren['’]s Wellbeing and Schools Act\b/i,
  /\bDepartment for Education\b|\bDfE\b/,
  /\bStaying (?:Put|Close)\b/i,
  /\blocal offer\b/i,
  /\bvirtual school\b/i,
  /\bintegrated care board\b|\bICB\b/,
  /\bSSDA ?903\b/,
  /\bWorking Together to Safeguard\b/i,
  /\bCare Leaver Covenant\b/i,
  /\bstatistical neighbours?\b/i,
  /\bWales\b|\bWelsh\b|\bScotland\b|\bScottish\b/,
];

/** Keys whose values are patterns or ids, not words a reader sees. */
const NOT_TEXT = new Set(['pattern', 'anyOf', 'allOf', 'cues', 'words', 'recognisedBy', 'subject', 'header', 'column', 'review', 'commitment', 'toYou', 'hedges', 'youngPeople', 'voting', 'roles', 'id', 'rule', 'element', 'source', 'instrument', 'instruments', 'orLocalName', 'fields']);

function readerText(value: unknown, where: string): { where: string; text: string }[] {
  if (typeof value === 'string') return [{ where, text: value }];
  if (Array.isArray(value)) return value.flatMap((item, index) => readerText(item, `${where}[${index}]`));
  if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => (NOT_TEXT.has(key) ? [] : readerText(item, `${where}.${key}`)));
  return [];
}

const packFile = (file: string): unknown => JSON.parse(fs.readFileSync(path.join(templatesDir, PACK_ID, file), 'utf8'));

/** The pack's own words; terminology.json counts only for what it tells the writer to use (its "why" names England's schemes on purpose). */
function ownText() {
  const terminology = packFile('terminology.json') as { discouraged: { prefer: string }[]; superseded: { now: string }[] };
  return [
    ...readerText(packFile('pack.json'), 'pack.json'),
    // A mis-cited law's reason names the other nation's Act on purpose, as terminology.json's "why" does.
    ...readerText(packFile('rules.json'), 'rules.json').filter(({ where }) => !/\.citations\[\d+\]\.why$/.test(where)),
    ...readerText(packFile('law.json'), 'law.json'),
    ...readerText({ prefer: terminology.discouraged.map((entry) => entry.prefer), now: terminology.superseded.map((entry) => entry.now) }, 'terminology.json'),
  ];
}

function northernIreland(): Template {
  const { templates, problems } = loadTemplates(templatesDir);
  expect(problems).toEqual([]);
  const template = templates.find((candidate) => candidate.id === PACK_ID);
  if (!template) throw new Error(`${PACK_ID} was not loaded`);
  return template;
}

const pack = northernIreland();

describe('the Northern Ireland pack as data', () => {
  it('loads with no problems as a Trust’s strategy adopted by the Trust Board, and its rules compile', () => {
    expect(pack).toMatchObject({ nation: 'Northern Ireland', export: { approvingBody: 'Trust Board', documentName: 'corporate parenting strategy' } });
    expect(ruleUseProblems(pack)).toEqual([]);
    for (const role of ['young-people-foreword', 'leadership-foreword', 'law', 'glossary', 'measures', 'priorities', 'pledge', 'care-leavers-offer', 'board-terms'] as const)
      expect(sectionWithRole(pack, role), role).toBeDefined();
  });

  it('stands on Northern Ireland law only, each instrument with its source and commencement', () => {
    const instruments = new Map(pack.law.instruments.map((instrument) => [instrument.id, instrument]));
    for (const instrument of pack.law.instruments) {
      expect(instrument.nations, instrument.id).toEqual(['Northern Ireland']);
      expect(instrument.source, instrument.id).toMatch(/^https:\/\/www\.(?:legislation\.gov\.uk|health-ni\.gov\.uk|education-ni\.gov\.uk)\//);
    }
    const cited = (pack.rules.sections[sectionWithRole(pack, 'law')?.id ?? ''] ?? []).flatMap((use) => (use.rule === 'cites-instruments' ? (use.params as { instruments: string[] }).instruments : []));
    expect(cited).toEqual(expect.arrayContaining(['children-ni-order-1995', 'children-leaving-care-ni-act-2002', 'childrens-services-cooperation-ni-act-2015', 'a-life-deserved-2021']));
    expect(cited.filter((id) => !instruments.has(id))).toEqual([]);
    expect(instruments.get('adoption-children-ni-act-2022')?.commencement).toBe('partly-in-force');
    expect(pack.law.principles.map((principle) => principle.citation)).toEqual(
      ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].map((letter) => `Children's Services Co-operation Act (Northern Ireland) 2015, s1(2)(${letter})`),
    );
  });

  it('has no England-only (or other nation’s) term in its own text, and the same scan finds them in the England pack', () => {
    expect(ownText().flatMap(({ where, text }) => ENGLAND_ONLY.filter((term) => term.test(text)).map((term) => `${where}: ${String(term)} in "${text}"`))).toEqual([]);
    const england = JSON.stringify(JSON.parse(fs.readFileSync(path.join(templatesDir, 'england-strategy', 'pack.json'), 'utf8')));
    expect(ENGLAND_ONLY.filter((term) => term.test(england)).length).toBeGreaterThan(3);
  });

  it('knows its own acronyms and steers a writer away from England’s words', () => {
    const known = new Map(pack.terminology.acronyms.map((acronym) => [acronym.short, acronym.long]));
    for (const short of ['HSCT', 'RQIA', 'VOYPIC', 'NICCY', 'GEM']) expect(known.get(short), short).toBeDefined();
    const steer = (text: string) => pack.terminology.discouraged.find((entry) => new RegExp(entry.pattern, 'iu').test(text))?.prefer;
    expect(steer('Young people can stay under Staying Put until 21.')).toMatch(/^GEM/);
    expect(steer('Ofsted judged our services good.')).toMatch(/RQIA/);
    const citations = pack.rules.document.flatMap((use) => (use.rule === 'miscited-law' ? (use.params as { citations: { pattern: string; correct: string }[] }).citations : []));
    const cite = (text: string) => citations.find((citation) => new RegExp(citation.pattern, 'iu').test(text))?.correct;
    expect(cite('the Children and Social Work Act 2017')).toMatch(/Children \(Northern Ireland\) Order 1995/);
    expect(cite('the Children Act 1989')).toMatch(/Children \(Northern Ireland\) Order 1995/);
    expect(steer('adopted by Full Council')).toBe('the Trust Board');
    const now = (text: string) => pack.terminology.superseded.find((entry) => new RegExp(entry.pattern, 'iu').test(text))?.now;
    expect(now('the Health and Social Care Board')).toMatch(/Strategic Planning and Performance Group/);
    expect(now('the Education and Library Boards')).toBe('the Education Authority');
  });
});

const core = useCore();
const start = () => core(undefined, templatesDir).call;

describe('a Northern Ireland draft through the core API', () => {
  it('is told about missing Northern Ireland law, never to cite an English Act, and exported for the Trust Board', async () => {
    const call = start();
    expect((await call('templates.list', {})).templates.map((template) => template.id)).toContain(PACK_ID);
    const law = sectionWithRole(pack, 'law');
    const introduction = pack.sections.find((section) => section.id === 'introduction');
    if (!law || !introduction) throw new Error('the pack has no law section or introduction');

    const draft = await call('drafts.create', { templateId: PACK_ID, council: 'Northern Glens Health and Social Care Trust' });
    const first = await call('drafts.check', { id: draft.id });
    expect(first.findings.map((finding) => finding.message).filter((message) => /Children and Social Work Act|Children Act 1989|Full Council|Ofsted|Staying Put|England/i.test(message))).toEqual([]);
    expect(first.findings.some((finding) => finding.rule === 'principle-not-addressed' && finding.message.includes("Children's Services Co-operation Act (Northern Ireland) 2015, s1(2)(b)"))).toBe(true);

    const lawFindings = async () => (await call('drafts.check', { id: draft.id })).findings.filter((finding) => finding.section === law.id);
    const english = await call('drafts.updateSection', { id: draft.id, sectionId: law.id, baseRevision: 0, doc: paragraphDoc('Our duties come from the Children Act 1989 and the Children and Social Work Act 2017.') });
    const missing = await lawFindings();
    expect(missing.map((finding) => finding.rule)).toEqual(expect.arrayContaining([`${law.id}.children-ni-order-1995`, `${law.id}.children-leaving-care-ni-act-2002`]));
    expect(missing.find((finding) => finding.rule === `${law.id}.children-ni-order-1995`)?.message).toContain(CHILDREN_ORDER);
    expect(missing.filter((finding) => finding.rule !== 'miscited-law' && /Children and Social Work Act|Children Act 1989/.test(finding.message))).toEqual([]);
    expect(missing.filter((finding) => finding.rule === 'miscited-law').map((finding) => finding.message)).toEqual([
      expect.stringContaining(`Cite the ${CHILDREN_ORDER}.`),
      expect.stringContaining(`Cite the ${CHILDREN_ORDER} and the Children (Leaving Care) Act (Northern Ireland) 2002.`),
    ]);

    await call('drafts.updateSection', {
      id: draft.id,
      sectionId: law.id,
      baseRevision: english.revision,
      doc: paragraphDoc(
        'The Children (Northern Ireland) Order 1995 sets the Trust’s duties to the children it looks after.',
        'The Children (Leaving Care) Act (Northern Ireland) 2002 sets its duties to care leavers.',
        'The Children’s Services Co-operation Act (Northern Ireland) 2015 asks us to co-operate with other children’s authorities.',
        'A Life Deserved (2021) is the regional strategy we follow.',
      ),
    });
    expect((await lawFindings()).filter((finding) => finding.rule.startsWith(`${law.id}.`))).toEqual([]);

    await call('drafts.updateSection', { id: draft.id, sectionId: introduction.id, baseRevision: 0, doc: paragraphDoc('Young people can stay with their carers under Staying Put, and Ofsted inspects us.') });
    const wordings = (await call('drafts.check', { id: draft.id })).findings.filter((finding) => finding.section === introduction.id && finding.rule === 'discouraged-language').map((finding) => finding.message);
    expect(wordings.some((message) => message.includes('"GEM (Going the Extra Mile)" instead of "Staying Put"'))).toBe(true);
    expect(wordings.some((message) => /RQIA.*instead of "Ofsted"/.test(message))).toBe(true);

    const docx = await call('drafts.export', { id: draft.id, format: 'docx', final: false });
    expect(docx.fileName).toBe('Northern Glens Health and Social Care Trust corporate parenting strategy (DRAFT).docx');
    const body = await (await JSZip.loadAsync(Buffer.from(docx.dataBase64, 'base64'))).file('word/document.xml')?.async('string');
    expect(body).toContain(CHILDREN_ORDER);
  });

  it("reads a Trust's strategy into the pack's own sections by the pack's own words", async () => {
    const text = [
      '# A message from our Youth Forum',
      'We wrote this with our VOYPIC worker. We want to be listened to.',
      '# Foreword by the Chair of the Trust Board',
      'As Chair and Chief Executive we promise to do better.',
      '# Going the Extra Mile: staying with your foster carers',
      'GEM lets you stay with your foster carers after you turn 18.',
      '# Terms of reference',
      'The group has a quorum of five and a chair.',
    ].join('\n\n');
    const proposal = await proposeImport({ name: 'strategy.md', bytes: bytesOf(text) }, { template: pack });
    expect(sectionsByHeading(proposal)).toMatchObject({
      'A message from our Youth Forum': 'foreword-young-people',
      'Foreword by the Chair of the Trust Board': 'foreword-leadership',
      'Going the Extra Mile: staying with your foster carers': 'care-leavers-offer',
      'Terms of reference': 'board-tor',
    });
  });

  it('reads a file brought into a draft by the draft’s own pack, and a new draft’s file by the preferred one', async () => {
    const call = start();
    const text = ['# Keeping the promise', 'Plan 24-30 sets out what we must change for care experienced young people.', '# GEM', 'GEM lets you stay with your foster carers after 18.'].join('\n\n');
    const file = { fileName: 'plan.md', dataBase64: Buffer.from(text).toString('base64') };
    const scottish = sectionsByHeading(await call('import.propose', { ...file, templateId: 'scotland-plan' }));
    expect(scottish['Keeping the promise']).toBe('the-promise');
    const ours = sectionsByHeading(await call('import.propose', { ...file, templateId: PACK_ID }));
    expect(ours['GEM']).toBe('care-leavers-offer');
    const preferred = sectionsByHeading(await call('import.propose', file));
    expect(preferred['Keeping the promise']).not.toBe('the-promise');
    await expect(call('import.propose', { ...file, templateId: 'no-such-pack' })).rejects.toThrow(/not-found/);
  });
});
