import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { afterEach, describe, expect, it } from 'vitest';
import type { Method, Request, Response } from '../../../shared/api/contract.js';
import { dispatch } from '../../../shared/api/dispatch.js';
import { ApiFailure, type ApiError } from '../../../shared/api/errors.js';
import type { ImportProposal } from '../../../shared/import/types.js';
import type { Draft, NodeJSON } from '../../../shared/model/draft.js';
import { createCore, type Core } from '../../../electron/core/createCore.js';
import { completeCover, completeSections } from '../completeness/fixtures/completeStrategy.js';
import { testTemplate as fullTemplate } from '../completeness/fixtures/template.js';
import { paragraphDoc, snapshot, tempDir, TEST_TEMPLATE } from './fixtures.js';

const cores: Core[] = [];
afterEach(() => cores.splice(0).forEach((core) => core.close()));

/** A core over the small test template and a template with every section of the common structure. */
function start() {
  const dataDir = tempDir();
  const templatesDir = tempDir('cps-templates-');
  for (const template of [TEST_TEMPLATE, fullTemplate]) fs.writeFileSync(path.join(templatesDir, `${template.id}.json`), JSON.stringify(template));
  const core = createCore({ dataDir, templatesDir });
  cores.push(core);
  const call = async <M extends Method>(method: M, payload: Request<M>): Promise<Response<M>> => {
    const result = await dispatch(core.handlers, method, payload);
    if (!result.ok) throw new Error(`${method} failed: ${result.error.code}: ${result.error.message}`);
    return result.value as Response<M>;
  };
  const fail = async (method: Method, payload: unknown): Promise<ApiError> => {
    const result = await dispatch(core.handlers, method, payload);
    if (result.ok) throw new Error(`${method} succeeded but should have failed`);
    return result.error;
  };
  return { core, dataDir, call, fail, state: () => snapshot(path.join(dataDir, 'library.sqlite')) };
}

type Api = ReturnType<typeof start>;

/** Every section of the draft marked ready by an officer, then approved by a manager (new libraries ask for two people). */
async function approveAll({ call }: Api, draftId: string): Promise<void> {
  const draft = await call('drafts.open', { id: draftId });
  await call('settings.update', { author: 'Officer Kim' });
  for (const section of draft.sections) await call('drafts.setSectionState', { id: draftId, sectionId: section.id, state: 'ready-for-review' });
  await call('settings.update', { author: 'Manager Lee' });
  await call('drafts.approveSections', { id: draftId, sections: draft.sections.map((section) => ({ sectionId: section.id, baseRevision: section.revision })) });
}

/** The complete fixture strategy, written and approved through the API. */
async function completeApprovedDraft(api: Api): Promise<Draft> {
  const { call } = api;
  const draft = await call('drafts.create', { templateId: fullTemplate.id });
  await call('drafts.updateCover', { id: draft.id, baseRevision: draft.coverRevision, cover: completeCover });
  for (const section of completeSections) {
    await call('drafts.updateSection', { id: draft.id, sectionId: section.id, baseRevision: 0, doc: section.doc as NodeJSON });
  }
  await approveAll(api, draft.id);
  return call('drafts.open', { id: draft.id });
}

async function headersOf(bytes: Uint8Array): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const names = Object.keys(zip.files).filter((name) => /^word\/header\d+\.xml$/.test(name));
  return (await Promise.all(names.map((name) => zip.file(name)?.async('string') ?? ''))).join('\n');
}

const base64 = (text: string | Uint8Array) => Buffer.from(text).toString('base64');

const MARKDOWN = [
  '# Introduction',
  '',
  'Why this strategy matters to every councillor.',
  '',
  '# Measures of success',
  '',
  'We will report progress every quarter.',
  '',
  '# Thanks',
  '',
  'With thanks to the people who came to the workshops.',
  '',
].join('\n');

async function proposal({ call }: Api, text = MARKDOWN): Promise<ImportProposal> {
  return call('import.propose', { fileName: 'last-year.md', dataBase64: base64(text) });
}

describe('drafts.check', () => {
  it('reports every template section and the errors of a new draft', async () => {
    const api = start();
    const draft = await api.call('drafts.create', { templateId: TEST_TEMPLATE.id });
    const report = await api.call('drafts.check', { id: draft.id });
    expect(report.sections.map((section) => section.id)).toEqual(TEST_TEMPLATE.sections.map((section) => section.id));
    expect(report.score).toBeGreaterThanOrEqual(0);
    expect(report.score).toBeLessThan(100);
    expect(report.findings).toContainEqual(expect.objectContaining({ severity: 'error', section: 'introduction', rule: 'introduction.missing' }));
  });

  it('finds no errors in the complete fixture strategy', async () => {
    const api = start();
    const draft = await completeApprovedDraft(api);
    const report = await api.call('drafts.check', { id: draft.id });
    expect(report.findings.filter((finding) => finding.severity === 'error')).toEqual([]);
  });

  it('takes consents from the draft\'s attribution', async () => {
    const api = start();
    const draft = await completeApprovedDraft(api);
    const named = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Our thanks go to Morgan Ellis for leading the youth group this year.' }] }] };
    const section = draft.sections.find((candidate) => candidate.id === 'foreword-young-people');
    await api.call('drafts.updateSection', { id: draft.id, sectionId: 'foreword-young-people', baseRevision: section?.revision ?? 0, doc: named });
    const namedRule = (report: Response<'drafts.check'>) => report.findings.filter((finding) => finding.rule === 'young-person-named');
    expect(namedRule(await api.call('drafts.check', { id: draft.id }))).not.toEqual([]);
    await api.call('drafts.updateAttribution', {
      id: draft.id,
      attribution: { groupName: '', contributors: [{ name: 'Morgan Ellis', consent: { givenBy: 'Morgan Ellis', date: '2025-02-01', recordedBy: 'Sam Reid' } }] },
    });
    expect(namedRule(await api.call('drafts.check', { id: draft.id }))).toEqual([]);
  });

  it('answers not-found for an unknown draft', async () => {
    expect((await start().fail('drafts.check', { id: 'no-such-draft' })).code).toBe('not-found');
  });
});

describe('drafts.export', () => {
  it('marks an incomplete draft DRAFT, lists its problems and names the file from the cover', async () => {
    const api = start();
    const draft = await api.call('drafts.create', { templateId: TEST_TEMPLATE.id, council: 'Exampleshire: North/South' });
    await api.call('drafts.updateCover', { id: draft.id, baseRevision: 0, cover: { ...draft.cover, periodStart: 2025, periodEnd: 2028 } });
    const exported = await api.call('drafts.export', { id: draft.id, format: 'docx', final: false });
    expect(exported.markedDraft).toBe(true);
    expect(exported.fileName).toBe('Exampleshire North South corporate parenting strategy 2025-2028 (DRAFT).docx');
    expect(exported.mimeType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(exported.problems).toContain('"Introduction" still holds only the starter text. Replace it with your own: this section is required.');
    expect(exported.problems).toContain('"Introduction" is not approved yet (it is marked "Draft").');
    expect(await headersOf(Buffer.from(exported.dataBase64, 'base64'))).toContain('DRAFT');
  });

  it('refuses a final version while required sections are not approved, naming them, and writes nothing', async () => {
    const api = start();
    const draft = await api.call('drafts.create', { templateId: TEST_TEMPLATE.id, council: 'Exampleshire' });
    const before = api.state();
    const error = await api.fail('drafts.export', { id: draft.id, format: 'docx', final: true });
    expect(error.code).toBe('not-approved');
    expect(error.message).toMatch(/^A final version needs every required section approved/);
    expect(error.details).toContain('"Introduction" is not approved yet (it is marked "Draft").');
    expect(api.state()).toEqual(before);
  });

  it('exports a confirmed final version of an approved strategy unmarked, still reporting the check problems the user confirmed', async () => {
    const api = start();
    const draft = await api.call('drafts.create', { templateId: TEST_TEMPLATE.id, council: 'Exampleshire' });
    const suggested = { type: 'text', text: ' Suggested later.', marks: [{ type: 'insertion', attrs: { id: 's1', author: 'Kim', at: '2026-03-01T10:00:00.000Z' } }] };
    for (const section of draft.sections) {
      const doc = paragraphDoc('Written in our own words.');
      if (section.id === 'introduction') doc.content?.[0]?.content?.push(suggested);
      await api.call('drafts.updateSection', { id: draft.id, sectionId: section.id, baseRevision: 0, doc });
    }
    await approveAll(api, draft.id);
    const exported = await api.call('drafts.export', { id: draft.id, format: 'docx', final: true });
    expect(exported.markedDraft).toBe(false);
    expect(exported.fileName).toBe('Exampleshire corporate parenting strategy.docx');
    expect(exported.problems).toEqual(['"Introduction" has 1 open suggestion to accept or reject.']);
    expect(await headersOf(Buffer.from(exported.dataBase64, 'base64'))).not.toContain('DRAFT');
  });

  it('exports a complete, approved strategy as final without being asked, in both formats', async () => {
    const api = start();
    const draft = await completeApprovedDraft(api);
    const word = await api.call('drafts.export', { id: draft.id, format: 'docx', final: false });
    expect(word).toMatchObject({ markedDraft: false, problems: [], fileName: 'Riverford Borough Council corporate parenting strategy 2025-2028.docx' });
    const pdf = await api.call('drafts.export', { id: draft.id, format: 'pdf', final: false });
    expect(pdf).toMatchObject({ markedDraft: false, problems: [], mimeType: 'application/pdf' });
    expect(Buffer.from(pdf.dataBase64, 'base64').subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('refuses an unknown format and answers not-found for an unknown draft', async () => {
    const api = start();
    const draft = await api.call('drafts.create', { templateId: TEST_TEMPLATE.id });
    expect((await api.fail('drafts.export', { id: draft.id, format: 'odt', final: false })).code).toBe('invalid-request');
    expect((await api.fail('drafts.export', { id: 'missing', format: 'pdf', final: false })).code).toBe('not-found');
  });
});

describe('exporting to a file', () => {
  it('is no API method, so nothing reachable over IPC or HTTP can write to a path it names', async () => {
    const api = start();
    const draft = await api.call('drafts.create', { templateId: TEST_TEMPLATE.id });
    const file = path.join(tempDir('cps-out-'), 'strategy.pdf');
    const result = await dispatch(api.core.handlers, 'drafts.exportToFile', { id: draft.id, format: 'pdf', final: false, path: file });
    expect(!result.ok && result.error.code).toBe('unknown-method');
    expect(fs.existsSync(file)).toBe(false);
  });

  it('writes the file where the command line asks and says whether it is marked DRAFT', async () => {
    const api = start();
    const draft = await api.call('drafts.create', { templateId: TEST_TEMPLATE.id });
    const file = path.join(tempDir('cps-out-'), 'strategy.pdf');
    const written = await api.core.exportToFile({ id: draft.id, format: 'pdf', final: false, force: false, path: file });
    expect(written.path).toBe(file);
    expect(written.markedDraft).toBe(true);
    expect(written.problems.length).toBeGreaterThan(0);
    expect(fs.readFileSync(file).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('never writes over the library, its -wal and -shm files, or anything else in the data folder, even with force', async () => {
    const api = start();
    const draft = await api.call('drafts.create', { templateId: TEST_TEMPLATE.id, title: 'Kept safe' });
    const before = api.state();
    const names = ['library.sqlite', 'library.sqlite-wal', 'library.sqlite-shm', 'strategy.pdf', path.join('sub', 'strategy.pdf')];
    for (const name of names) {
      for (const force of [false, true]) {
        const target = path.join(api.dataDir, name);
        const failure = await api.core.exportToFile({ id: draft.id, format: 'pdf', final: false, force, path: target }).catch((error: unknown) => error);
        expect(failure, `${name} force=${force}`).toBeInstanceOf(ApiFailure);
        expect((failure as ApiFailure).message).toMatch(/inside the folder that holds the library/);
      }
    }
    expect(fs.existsSync(path.join(api.dataDir, 'strategy.pdf'))).toBe(false);
    expect(api.state()).toBe(before);
    expect((await api.call('drafts.open', { id: draft.id })).title).toBe('Kept safe');
  });

  it('sees through a symbolic link or a relative spelling that leads into the data folder', async () => {
    const api = start();
    const draft = await api.call('drafts.create', { templateId: TEST_TEMPLATE.id });
    const before = api.state();
    const outside = tempDir('cps-out-');
    const link = path.join(outside, 'shortcut');
    fs.symlinkSync(api.dataDir, link, 'dir');
    for (const target of [path.join(link, 'library.sqlite'), path.join(outside, '..', path.basename(api.dataDir), 'library.sqlite')]) {
      const failure = await api.core.exportToFile({ id: draft.id, format: 'docx', final: false, force: true, path: target }).catch((error: unknown) => error);
      expect((failure as ApiFailure).message, target).toMatch(/inside the folder that holds the library/);
    }
    expect(api.state()).toBe(before);
  });

  it('leaves an existing file alone without force, and with force replaces only a file of the format asked for', async () => {
    const api = start();
    const draft = await api.call('drafts.create', { templateId: TEST_TEMPLATE.id });
    const folder = tempDir('cps-out-');
    const existingPdf = path.join(folder, 'Strategy.PDF');
    const notes = path.join(folder, 'notes.txt');
    const word = path.join(folder, 'strategy.docx');
    fs.writeFileSync(existingPdf, 'last year');
    fs.writeFileSync(notes, 'my notes');
    fs.writeFileSync(word, 'a Word file');
    const attempt = (file: string, force: boolean) =>
      api.core.exportToFile({ id: draft.id, format: 'pdf', final: false, force, path: file }).catch((error: unknown) => error as ApiFailure);

    expect(((await attempt(existingPdf, false)) as ApiFailure).message).toMatch(/already exists and was left as it is.*--force/);
    expect(fs.readFileSync(existingPdf, 'utf8')).toBe('last year');
    for (const other of [notes, word, folder]) {
      const failure = (await attempt(other, true)) as ApiFailure;
      expect(failure, other).toBeInstanceOf(ApiFailure);
      expect(failure.code).toBe('export-failed');
    }
    expect(fs.readFileSync(notes, 'utf8')).toBe('my notes');
    expect(fs.readFileSync(word, 'utf8')).toBe('a Word file');

    expect(await attempt(existingPdf, true)).toMatchObject({ path: existingPdf });
    expect(fs.readFileSync(existingPdf).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(fs.readdirSync(folder).sort()).toEqual(['Strategy.PDF', 'notes.txt', 'strategy.docx']);
  });

  it('reports a destination it cannot write to clearly, leaving nothing behind', async () => {
    const api = start();
    const draft = await api.call('drafts.create', { templateId: TEST_TEMPLATE.id });
    const folder = tempDir('cps-out-');
    const notAFolder = path.join(folder, 'a-file');
    fs.writeFileSync(notAFolder, 'I am a file, not a folder');
    const failure = await api.core.exportToFile({ id: draft.id, format: 'docx', final: false, force: false, path: path.join(notAFolder, 'strategy.docx') }).catch((error: unknown) => error);
    expect((failure as ApiFailure).code).toBe('export-failed');
    expect((failure as ApiFailure).message).toMatch(/does not exist|could not be saved/);
    expect(fs.readdirSync(folder)).toEqual(['a-file']);
  });
});

describe('import.propose', () => {
  it('proposes a section for each part of a Markdown file and writes nothing', async () => {
    const api = start();
    const before = api.state();
    const proposed = await proposal(api);
    expect(proposed.fileName).toBe('last-year.md');
    expect(proposed.format).toBe('markdown');
    expect(proposed.parts.map((part) => part.heading?.text)).toEqual(['Introduction', 'Measures of success', 'Thanks']);
    expect(proposed.parts[0]?.section).toBe('introduction');
    expect(api.state()).toBe(before);
  });

  it('refuses a file that is not a strategy, and payloads that are not files', async () => {
    const api = start();
    const refused = await api.fail('import.propose', { fileName: 'old.docx', dataBase64: base64('%PDF-1.7 a PDF renamed') });
    expect(refused.code).toBe('import-failed');
    expect(refused.message).toMatch(/PDF/);
    expect((await api.fail('import.propose', { fileName: 'old.md', dataBase64: 'not base64!' })).code).toBe('invalid-request');
    expect((await api.fail('import.propose', { fileName: 'x'.repeat(256), dataBase64: base64('# A') })).code).toBe('invalid-request');
    expect((await api.fail('import.propose', { fileName: 'old.md', dataBase64: '' })).code).toBe('invalid-request');
  });
});

describe('import.apply', () => {
  it('creates the draft with its cover, its sections and the Unsorted part, logged as an import', async () => {
    const api = start();
    const proposed = await proposal(api);
    const cover = { council: 'Exampleshire', title: 'Corporate Parenting Strategy', periodStart: 2022, periodEnd: 2025 };
    const draft = await api.call('import.apply', { templateId: TEST_TEMPLATE.id, proposal: proposed, choices: { sections: ['introduction', 'measures', 'unsorted'], cover } });
    expect(draft.cover).toMatchObject(cover);
    expect(draft.sections.map((section) => section.id)).toEqual(['introduction', 'measures', 'glossary', 'unsorted']);
    expect(JSON.stringify(draft.sections.find((section) => section.id === 'measures')?.doc)).toContain('We will report progress every quarter.');
    expect(JSON.stringify(draft.sections.find((section) => section.id === 'unsorted')?.doc)).toContain('With thanks to the people');
    const log = await api.call('drafts.revisions', { id: draft.id });
    expect(log.map((entry) => [entry.action, entry.sectionId])).toEqual(
      expect.arrayContaining([['create', null], ['import', null], ['import-section', 'introduction'], ['import-section', 'unsorted']]),
    );
    const listed = await api.call('drafts.list', { scope: 'active' });
    // The pile is not a section anyone signs off.
    expect(listed[0]?.signOff).toEqual({ draft: 3, readyForReview: 0, approved: 0 });

    const check = await api.call('drafts.check', { id: draft.id });
    expect(check.findings).toContainEqual(expect.objectContaining({ severity: 'warning', section: 'unsorted', rule: 'unsorted.remaining' }));
    expect(check.sections.map((section) => section.id)).not.toContain('unsorted');
  });

  it('keeps the Unsorted part editable, and drops it from the draft once it is sorted', async () => {
    const api = start();
    const proposed = await proposal(api);
    const draft = await api.call('import.apply', { templateId: TEST_TEMPLATE.id, proposal: proposed, choices: { sections: ['introduction', 'unsorted', 'unsorted'] } });
    const pile = draft.sections.find((section) => section.id === 'unsorted');
    expect(pile).toBeDefined();
    const check = await api.call('drafts.check', { id: draft.id });
    expect(check.findings.find((finding) => finding.rule === 'unsorted.remaining')?.message).toMatch(/^2 parts of the imported document are still unsorted/);

    await api.call('drafts.updateSection', { id: draft.id, sectionId: 'unsorted', baseRevision: pile?.revision ?? 0, doc: paragraphDoc('Only this is left.') });
    expect((await api.call('drafts.open', { id: draft.id })).sections.find((section) => section.id === 'unsorted')?.doc).toEqual(paragraphDoc('Only this is left.'));
    await api.call('drafts.updateSection', { id: draft.id, sectionId: 'unsorted', baseRevision: (pile?.revision ?? 0) + 1, doc: { type: 'doc', content: [{ type: 'paragraph' }] } });
    const sorted = await api.call('drafts.open', { id: draft.id });
    expect(sorted.sections.map((section) => section.id)).toEqual(['introduction', 'measures', 'glossary']);
    expect((await api.call('drafts.check', { id: draft.id })).findings.some((finding) => finding.section === 'unsorted')).toBe(false);
  });

  it('leaves the Unsorted part out of the exports', async () => {
    const api = start();
    const draft = await api.call('import.apply', { templateId: TEST_TEMPLATE.id, proposal: await proposal(api), choices: { sections: ['introduction', 'measures', 'unsorted'] } });
    const exported = await api.call('drafts.export', { id: draft.id, format: 'docx', final: false });
    const zip = await JSZip.loadAsync(Buffer.from(exported.dataBase64, 'base64'));
    const document = (await zip.file('word/document.xml')?.async('string')) ?? '';
    expect(document).toContain('We will report progress every quarter.');
    expect(document).not.toContain('With thanks to the people');
  });

  it('puts parts chosen for a section the template lacks into Unsorted rather than dropping them', async () => {
    const api = start();
    const draft = await api.call('import.apply', { templateId: TEST_TEMPLATE.id, proposal: await proposal(api), choices: { sections: ['introduction', 'pledge', 'unsorted'] } });
    const pile = JSON.stringify(draft.sections.find((section) => section.id === 'unsorted')?.doc);
    expect(pile).toContain('We will report progress every quarter.');
    expect(pile).toContain('With thanks to the people');
  });

  it('refuses malformed proposals and choices, and content the library cannot keep, writing nothing', async () => {
    const api = start();
    const proposed = await proposal(api);
    const before = api.state();
    const first = proposed.parts[0] as ImportProposal['parts'][number];
    const badLink = { ...first, blocks: [{ type: 'paragraph', content: [{ type: 'text', text: 'click', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] }] }] };
    const invalid: [unknown, string][] = [
      [{ templateId: TEST_TEMPLATE.id, proposal: proposed, choices: { sections: ['introduction'] } }, 'invalid-request'],
      [{ templateId: TEST_TEMPLATE.id, proposal: proposed, choices: { sections: ['introduction', 'Measures', 'unsorted'] } }, 'invalid-request'],
      [{ templateId: TEST_TEMPLATE.id, proposal: { ...proposed, parts: [{ ...first, index: 5 }] }, choices: { sections: ['introduction'] } }, 'invalid-request'],
      [{ templateId: TEST_TEMPLATE.id, proposal: { ...proposed, parts: [{ ...first, parentIndex: 0 }] }, choices: { sections: ['introduction'] } }, 'invalid-request'],
      [{ templateId: TEST_TEMPLATE.id, proposal: { ...proposed, parts: [{ ...first, confidence: 2 }] }, choices: { sections: ['introduction'] } }, 'invalid-request'],
      [{ templateId: TEST_TEMPLATE.id, proposal: { ...proposed, cover: { ...proposed.cover, periodStart: 20 } }, choices: { sections: ['introduction', 'measures', 'unsorted'] } }, 'invalid-request'],
      [{ templateId: 'no-such-template', proposal: proposed, choices: { sections: ['introduction', 'measures', 'unsorted'] } }, 'not-found'],
      [{ templateId: TEST_TEMPLATE.id, proposal: { ...proposed, parts: [badLink] }, choices: { sections: ['introduction'] } }, 'import-failed'],
    ];
    for (const [payload, code] of invalid) expect((await api.fail('import.apply', payload)).code, JSON.stringify(payload).slice(0, 200)).toBe(code);
    expect(api.state()).toBe(before);
  });
});
