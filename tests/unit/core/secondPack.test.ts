import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { useCore } from './apiHarness.js';
import { paragraphDoc, tempDir } from './fixtures.js';

/**
 * A second kind of document, written as JSON alone by someone who never read
 * the code: a council's local offer for care leavers. Nothing in the app knows
 * its sections; the pack says what they are, what each must mention, and how
 * the document is named and adopted.
 */
const POCKET_PACK = {
  pack: {
    id: 'local-offer',
    name: 'Local offer for care leavers',
    description: 'What every care leaver can expect from the council, published under the Children and Social Work Act 2017.',
    nation: 'England',
    version: 1,
    export: { approvingBody: 'Cabinet', documentName: 'local offer for care leavers' },
    localNames: [{ id: 'leaving-care-team', label: 'Your leaving care team', examples: ['Next Steps'] }],
    sections: [
      { id: 'title', title: 'Title page', status: 'required', kind: 'cover', appendix: false, guidance: guidance('Who publishes the offer.') },
      { id: 'money', title: 'Money', status: 'required', kind: 'text', appendix: false, guidance: guidance('Grants and allowances.'), starter: 'Set out the [grants] a care leaver can claim.' },
      { id: 'help', title: 'Where to get help', status: 'recommended', kind: 'text', appendix: false, guidance: guidance('Who to call.') },
    ],
  },
  rules: {
    sections: {
      money: [
        { rule: 'mentions', params: { element: 'setting-up-home', anyOf: ['setting[- ]up[- ]home'], message: 'Say how much the setting-up-home allowance is.' } },
        { rule: 'mentions', params: { element: 'bursary', anyOf: ['bursar(y|ies)'], message: 'Mention the higher education bursary.' } },
      ],
      help: [{ rule: 'mentions', params: { element: 'team', anyOf: ['leaving care team'], orLocalName: 'leaving-care-team', message: 'Say how to reach the leaving care team.' } }],
    },
    document: [],
  },
};

function guidance(summary: string) {
  return { summary, include: ['What a care leaver needs to know.'], goodLooksLike: ['Plain words.'], questions: ['Would a care leaver understand it?'] };
}

const core = useCore();

/** A core over a templates folder holding only the pocket pack, written as its author would write the files. */
function start() {
  const templatesDir = tempDir('cps-packs-');
  const folder = path.join(templatesDir, 'local-offer');
  fs.mkdirSync(folder);
  fs.writeFileSync(path.join(folder, 'pack.json'), JSON.stringify(POCKET_PACK.pack, null, 2));
  fs.writeFileSync(path.join(folder, 'rules.json'), JSON.stringify(POCKET_PACK.rules, null, 2));
  return core(undefined, templatesDir).call;
}

describe('a second pack, made of JSON alone', () => {
  it('drafts, checks with its own rules and the council\'s own names, and exports under its own name', async () => {
    const call = start();
    expect((await call('templates.list', {})).templates.map((template) => template.id)).toEqual(['local-offer']);

    const draft = await call('drafts.create', { templateId: 'local-offer', council: 'Northfield Borough Council' });
    expect(draft.sections.map((section) => section.id)).toEqual(['money', 'help']);

    const before = await call('drafts.check', { id: draft.id });
    expect(before.findings.filter((finding) => finding.section === 'money').map((finding) => finding.rule)).toEqual(['money.missing']);

    await call('drafts.updateSection', { id: draft.id, sectionId: 'money', baseRevision: 0, doc: paragraphDoc('Every care leaver gets a setting up home allowance of £3,000.') });
    const after = await call('drafts.check', { id: draft.id });
    const money = after.findings.filter((finding) => finding.section === 'money');
    expect(money.map((finding) => [finding.rule, finding.message])).toEqual([['money.bursary', 'Mention the higher education bursary.']]);
    expect(after.sections.map((section) => section.id)).toEqual(['title', 'money', 'help']);

    await call('drafts.updateSection', { id: draft.id, sectionId: 'help', baseRevision: 0, doc: paragraphDoc('Call Next Steps on any weekday.') });
    const ruleOf = async (section: string) => (await call('drafts.check', { id: draft.id })).findings.filter((finding) => finding.section === section).map((finding) => finding.rule);
    expect(await ruleOf('help')).toEqual(['help.team']);
    await call('settings.update', { localNames: { 'local-offer': { 'leaving-care-team': 'Next Steps' } } });
    expect(await ruleOf('help')).toEqual([]);

    const docx = await call('drafts.export', { id: draft.id, format: 'docx', final: false });
    expect(docx.fileName).toBe('Northfield Borough Council local offer for care leavers (DRAFT).docx');
    const core = await (await JSZip.loadAsync(Buffer.from(docx.dataBase64, 'base64'))).file('docProps/core.xml')?.async('string');
    expect(core).toContain('<dc:subject>Local offer for care leavers</dc:subject>');

    const pdf = await call('drafts.export', { id: draft.id, format: 'pdf', final: false });
    expect(pdf.fileName).toBe('Northfield Borough Council local offer for care leavers (DRAFT).pdf');
    const loaded = await PDFDocument.load(Buffer.from(pdf.dataBase64, 'base64'), { updateMetadata: false });
    expect(loaded.getSubject()).toBe('Local offer for care leavers, Northfield Borough Council');
  });
});
