import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import JSZip from 'jszip';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/runCli.js';
import type { Draft, NodeJSON } from '../../../shared/model/draft.js';
import { doc, p, table } from '../completeness/fixtures/build.js';
import { useCore, type Caller } from './apiHarness.js';
import { tempDir } from './fixtures.js';
import { adopt, EET, MISSING } from '../progress/adoptedStrategy.js';

const start = useCore();
const templatesDir = path.resolve(__dirname, '../../../templates');

const MEASURES = doc(
  p('How we will know the strategy is working.'),
  table('measures', [
    ['Priority', 'Indicator', 'Baseline', 'Baseline date', 'Target', 'Target date', 'Source', 'Owner'],
    ['1', 'Care leavers in education, employment or training', '54%', 'March 2025', '65%', 'March 2028', 'DfE', 'Head of service'],
    ['2', 'Children with three or more moves in a year', '11%', 'March 2025', '8%', 'March 2028', 'SSDA903', 'Head of service'],
  ]),
);

const SESSION = {
  heldOn: '2026-02-14',
  group: 'Children in Care Council',
  participants: 9,
  consent: { recorded: true, how: 'Written forms' },
  points: [{ youSaid: 'We never know who our worker is.', concerns: 'Pledge 2', weDid: '', toldOn: '' }],
};

async function strategyWithLog(call: Caller): Promise<Draft> {
  const draft = await call('drafts.create', { templateId: 'england-strategy', title: 'Our promise 2025 to 2028', council: 'Eastmoor Council' });
  const measures = draft.sections.find((section) => JSON.stringify(section.doc).includes('"kind":"measures"'));
  if (!measures) throw new Error('the England strategy has no measures table');
  await call('drafts.updateSection', { id: draft.id, sectionId: measures.id, baseRevision: measures.revision, doc: MEASURES });
  await call('consultations.add', { id: draft.id, session: SESSION });
  return draft;
}

const textOf = (draft: Draft): string => draft.sections.map((section) => JSON.stringify(section.doc as NodeJSON)).join('\n');

describe('creating the annual report from a strategy', () => {
  it('reports the figures recorded against an adopted strategy: latest, status and a chart per measure, small counts hidden', async () => {
    const { call } = start(tempDir(), templatesDir);
    const strategy = await call('drafts.create', { templateId: 'england-strategy', title: 'Our promise', council: 'Eastmoor Council' });
    await adopt(call, strategy);
    await call('progress.addFigure', { id: strategy.id, measure: EET, period: '2025-26', value: '64%' });
    await call('progress.addFigure', { id: strategy.id, measure: MISSING, period: '2025-26', value: '3' });
    const report = await call('drafts.createAnnualReport', { id: strategy.id });
    const text = textOf(report);
    expect(text).toContain('64% (2025-26)');
    expect(text).toMatch(/fewer than 5 \(2025-26\)/i);
    expect(text).not.toContain('"3 (2025-26)"');
    expect((text.match(/data:image\/svg\+xml/g) ?? []).length).toBe(2);
  });

  it('makes a report draft linked to its strategy, with every measure and the log in it, that is checked and exported like any draft', async () => {
    const { call, databasePath } = start(tempDir(), templatesDir);
    const strategy = await strategyWithLog(call);
    const report = await call('drafts.createAnnualReport', { id: strategy.id });

    expect(report.templateId).toBe('annual-report');
    expect(report.cover).toMatchObject({ council: 'Eastmoor Council', approvingBody: 'Full Council' });
    const text = textOf(report);
    expect(text).toContain('Care leavers in education, employment or training');
    expect(text).toContain('54% (March 2025)');
    expect(text).toContain('No figure recorded yet');
    expect(text).toContain('We never know who our worker is.');
    const db = new BetterSqlite3(databasePath, { readonly: true });
    expect(db.prepare('SELECT report_of FROM drafts WHERE id = ?').get(report.id)).toEqual({ report_of: strategy.id });
    db.close();
    expect((await call('drafts.revisions', { id: report.id })).some((revision) => revision.action === 'section')).toBe(true);

    const findings = (await call('drafts.check', { id: report.id })).findings.map((finding) => finding.rule);
    expect(findings).toEqual(expect.arrayContaining([expect.stringMatching(/\.latest-figure$/), expect.stringMatching(/\.we-did$/)]));

    const docx = await call('drafts.export', { id: report.id, format: 'docx', final: false });
    expect(docx.fileName).toMatch(/^Eastmoor Council corporate parenting board annual report \d{4}-\d{4} \(DRAFT\)\.docx$/);
    const body = await (await JSZip.loadAsync(Buffer.from(docx.dataBase64, 'base64'))).file('word/document.xml')?.async('string');
    expect(body).toContain('Children with three or more moves in a year');
    const pdf = await call('drafts.export', { id: report.id, format: 'pdf', final: false });
    expect((await PDFDocument.load(Buffer.from(pdf.dataBase64, 'base64'), { updateMetadata: false })).getPageCount()).toBeGreaterThan(1);
  });

  it('lists the report pack after the packs a document starts from, naming the strategy packs it reports on', async () => {
    const { call } = start(tempDir(), templatesDir);
    const { templates } = await call('templates.list', {});
    expect(templates[templates.length - 1]).toMatchObject({ id: 'annual-report', annualReportOf: ['england-strategy'] });
    expect(templates.find((template) => template.id === 'england-strategy')).not.toHaveProperty('annualReportOf');
  });

  it('refuses a report made from a report, and a strategy in the bin, writing nothing', async () => {
    const { call, fail, libraryState } = start(tempDir(), templatesDir);
    const strategy = await strategyWithLog(call);
    const report = await call('drafts.createAnnualReport', { id: strategy.id });
    const before = libraryState();
    const fromReport = await fail('drafts.createAnnualReport', { id: report.id });
    expect(fromReport).toMatchObject({ code: 'invalid-request' });
    expect(fromReport.message).toMatch(/has no annual report/);
    await call('drafts.trash', { id: strategy.id });
    const afterTrash = libraryState();
    expect((await fail('drafts.createAnnualReport', { id: strategy.id })).message).toMatch(/in the bin/);
    expect((await fail('drafts.createAnnualReport', { id: 'no-such-draft' })).code).toBe('not-found');
    expect(libraryState()).toBe(afterTrash);
    expect(afterTrash).not.toBe(before);
  });

  it('is there from the command line: annual-report ID prints the new id, or JSON with --json', async () => {
    const dataDir = tempDir();
    const run = async (...argv: string[]) => {
      const out: string[] = [];
      const err: string[] = [];
      const code = await runCli([...argv, '--data-dir', dataDir, '--templates-dir', templatesDir], { stdout: (line) => out.push(line), stderr: (line) => err.push(line) });
      return { code, stdout: out.join('\n'), stderr: err.join('\n') };
    };
    const { call } = start(dataDir, templatesDir);
    const strategy = await strategyWithLog(call);
    const plain = await run('annual-report', strategy.id);
    expect(plain).toMatchObject({ code: 0, stderr: '' });
    expect((await call('drafts.open', { id: plain.stdout })).templateId).toBe('annual-report');
    const json = JSON.parse((await run('annual-report', strategy.id, '--json')).stdout) as Record<string, unknown>;
    expect(json).toMatchObject({ templateId: 'annual-report', reportOf: strategy.id });
    const missing = await run('annual-report', 'no-such-draft');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/no-such-draft/);
  });
});
