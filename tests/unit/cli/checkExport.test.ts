import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/runCli.js';
import type { Draft } from '../../../shared/model/draft.js';
import { tempDir, testTemplatesDir, TEST_TEMPLATE } from '../core/fixtures.js';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function cliSandbox() {
  const dataDir = tempDir();
  const templatesDir = testTemplatesDir();
  const run = async (...argv: string[]): Promise<Run> => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runCli([...argv, '--data-dir', dataDir, '--templates-dir', templatesDir], { stdout: (text) => out.push(text), stderr: (text) => err.push(text) });
    return { code, stdout: out.join('\n'), stderr: err.join('\n') };
  };
  const newDraft = async (...options: string[]): Promise<Draft> => JSON.parse((await run('new', '--template', TEST_TEMPLATE.id, ...options, '--json')).stdout) as Draft;
  return { run, newDraft };
}

function expectOneLineError(result: Run, code: number, pattern: RegExp): void {
  expect(result.code).toBe(code);
  expect(result.stdout).toBe('');
  expect(result.stderr.split('\n')).toHaveLength(1);
  expect(result.stderr).toMatch(pattern);
}

async function docxHeaders(file: string): Promise<string> {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  const names = Object.keys(zip.files).filter((name) => /^word\/header\d+\.xml$/.test(name));
  return (await Promise.all(names.map((name) => zip.file(name)?.async('string') ?? ''))).join('\n');
}

describe('cli: check', () => {
  it('prints exactly the documented JSON, one entry per template section, and exits 0 with findings', async () => {
    const { run, newDraft } = cliSandbox();
    const draft = await newDraft();
    const result = await run('check', draft.id, '--json');
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const printed = JSON.parse(result.stdout) as { score: number; sections: Record<string, unknown>[]; findings: Record<string, unknown>[] };
    expect(Object.keys(printed)).toEqual(['score', 'sections', 'findings']);
    expect(Number.isInteger(printed.score) && printed.score >= 0 && printed.score <= 100).toBe(true);
    expect(printed.sections.map((section) => section['id'])).toEqual(TEST_TEMPLATE.sections.map((section) => section.id));
    for (const section of printed.sections) {
      expect(Object.keys(section)).toEqual(['id', 'status', 'score']);
      expect(['complete', 'incomplete', 'missing']).toContain(section['status']);
    }
    expect(printed.findings.length).toBeGreaterThan(0);
    for (const finding of printed.findings) expect(Object.keys(finding)).toEqual(['severity', 'section', 'rule', 'message']);
    expect(printed.findings).toContainEqual({
      severity: 'error',
      section: 'introduction',
      rule: 'introduction.missing',
      message: '"Introduction" still holds only the starter text. Replace it with your own: this section is required.',
    });
  });

  it('prints findings grouped under their sections for people', async () => {
    const { run, newDraft } = cliSandbox();
    const draft = await newDraft('--title', 'Our plan');
    const result = await run('check', draft.id);
    expect(result.code).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines[0]).toMatch(/^"Our plan" is \d+% complete: \d+ errors?, \d+ warnings?, \d+ notes?\.$/);
    const introduction = lines.indexOf('Introduction: missing (0%)');
    expect(introduction).toBeGreaterThan(0);
    expect(lines[introduction + 1]).toBe('  error   "Introduction" still holds only the starter text. Replace it with your own: this section is required.');
    expect(lines).toContain('Measures of success: missing (0%)');
  });

  it('fails in one line for an unknown draft', async () => {
    const { run } = cliSandbox();
    expectOneLineError(await run('check', 'no-such-draft'), 1, /no strategy with the id "no-such-draft"/);
  });
});

describe('cli: export', () => {
  it('writes a Word file marked DRAFT while the strategy is incomplete, and lists the problems', async () => {
    const { run, newDraft } = cliSandbox();
    const draft = await newDraft();
    const out = path.join(tempDir('cps-out-'), 'strategy.docx');
    const result = await run('export', draft.id, '--format', 'docx', '--out', out);
    expect(result.code).toBe(0);
    const [first, ...problems] = result.stdout.split('\n');
    expect(first).toMatch(new RegExp(`^Wrote ${out.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}, marked DRAFT because of these \\d+ problems:$`));
    expect(problems).toContain('  - "Introduction" is not approved yet (it is marked "Draft").');
    expect(await docxHeaders(out)).toContain('DRAFT');
  });

  it('writes a PDF, and with --final leaves the DRAFT marking off but still names the problems', async () => {
    const { run, newDraft } = cliSandbox();
    const draft = await newDraft();
    const folder = tempDir('cps-out-');
    const pdf = await run('export', draft.id, '--format', 'pdf', '--out', path.join(folder, 'strategy.pdf'), '--json');
    expect(pdf.code).toBe(0);
    expect(JSON.parse(pdf.stdout)).toEqual({ path: path.join(folder, 'strategy.pdf'), markedDraft: true, problems: expect.any(Array) as unknown });
    expect(fs.readFileSync(path.join(folder, 'strategy.pdf')).subarray(0, 5).toString('latin1')).toBe('%PDF-');

    const final = await run('export', draft.id, '--format', 'docx', '--out', path.join(folder, 'final.docx'), '--final');
    expect(final.code).toBe(0);
    expect(final.stdout.split('\n')[0]).toBe(`Wrote ${path.join(folder, 'final.docx')} as final, as asked, although these problems remain:`);
    expect(await docxHeaders(path.join(folder, 'final.docx'))).not.toContain('DRAFT');
  });

  it('resolves a relative --out against the folder the command was run in', async () => {
    const { run, newDraft } = cliSandbox();
    const draft = await newDraft();
    const folder = tempDir('cps-out-');
    const previous = process.env['INIT_CWD'];
    process.env['INIT_CWD'] = folder;
    try {
      expect((await run('export', draft.id, '--format', 'pdf', '--out', 'relative.pdf')).code).toBe(0);
    } finally {
      if (previous === undefined) delete process.env['INIT_CWD'];
      else process.env['INIT_CWD'] = previous;
    }
    expect(fs.existsSync(path.join(folder, 'relative.pdf'))).toBe(true);
  });

  it('rejects an unknown format and a missing --out as usage errors', async () => {
    const { run, newDraft } = cliSandbox();
    const draft = await newDraft();
    const out = path.join(tempDir('cps-out-'), 'strategy.odt');
    expectOneLineError(await run('export', draft.id, '--format', 'odt', '--out', out), 2, /--format must be docx or pdf, not "odt"/);
    expectOneLineError(await run('export', draft.id, '--format', 'docx'), 2, /Missing --out FILE\. Usage: /);
    expectOneLineError(await run('export', draft.id, '--out', out), 2, /Missing --format docx\|pdf\. Usage: /);
    expect(fs.existsSync(out)).toBe(false);
  });

  it('explains a destination it cannot write to, leaving nothing behind', async () => {
    const { run, newDraft } = cliSandbox();
    const draft = await newDraft();
    const folder = tempDir('cps-out-');
    const file = path.join(folder, 'not-a-folder');
    fs.writeFileSync(file, 'a file where a folder should be');
    expectOneLineError(await run('export', draft.id, '--format', 'docx', '--out', path.join(file, 'strategy.docx')), 1, /The folder ".*not-a-folder" does not exist/);
    expect(fs.readdirSync(folder)).toEqual(['not-a-folder']);
  });

  it('fails in one line for an unknown draft', async () => {
    const { run } = cliSandbox();
    expectOneLineError(await run('export', 'no-such-draft', '--format', 'pdf', '--out', path.join(tempDir('cps-out-'), 'x.pdf')), 1, /no strategy with the id/);
  });
});
