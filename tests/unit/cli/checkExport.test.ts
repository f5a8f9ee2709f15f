import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { docxHeaderXml } from '../../fixtures/docxInspect.js';
import { tempDir, TEST_TEMPLATE } from '../core/fixtures.js';
import { cliSandbox, expectOneLineError } from './cliSandbox.js';

const docxHeaders = async (file: string): Promise<string> => (await docxHeaderXml(fs.readFileSync(file))).join('\n');

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
    expectOneLineError(await run('check', 'no-such-draft'), /no strategy with the id "no-such-draft"/, 1);
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

  it('refuses a file name that does not end in the format asked for, and writes nothing', async () => {
    const { run, newDraft } = cliSandbox();
    const draft = await newDraft();
    const folder = tempDir('cps-out-');
    expectOneLineError(await run('export', draft.id, '--format', 'pdf', '--out', path.join(folder, 'strategy.docx')), /not a \.pdf file name, so nothing was written.*ending in \.pdf/, 1);
    expectOneLineError(await run('export', draft.id, '--format', 'docx', '--out', path.join(folder, 'strategy')), /not a \.docx file name/, 1);
    expect(fs.readdirSync(folder)).toEqual([]);
    expect((await run('export', draft.id, '--format', 'pdf', '--out', path.join(folder, 'Strategy.PDF'))).code).toBe(0);
  });

  it('writes a PDF, refuses --final until every section is approved, then leaves the DRAFT marking off but still names the problems', async () => {
    const { run, newDraft } = cliSandbox();
    const draft = await newDraft();
    const folder = tempDir('cps-out-');
    const pdf = await run('export', draft.id, '--format', 'pdf', '--out', path.join(folder, 'strategy.pdf'), '--json');
    expect(pdf.code).toBe(0);
    expect(JSON.parse(pdf.stdout)).toEqual({ path: path.join(folder, 'strategy.pdf'), markedDraft: true, problems: expect.any(Array) as unknown });
    expect(fs.readFileSync(path.join(folder, 'strategy.pdf')).subarray(0, 5).toString('latin1')).toBe('%PDF-');

    const refused = await run('export', draft.id, '--format', 'docx', '--out', path.join(folder, 'final.docx'), '--final');
    expectOneLineError(refused, /^A final version needs every required section approved.*\("Introduction" is not approved yet \(it is marked "[^"]+"\)\)\.$/, 1);
    expect(fs.existsSync(path.join(folder, 'final.docx'))).toBe(false);

    const textSections = TEST_TEMPLATE.sections.filter((candidate) => candidate.kind === 'text');
    const written = path.join(folder, 'written.md');
    fs.writeFileSync(written, 'Written in our own words.\n');
    expect((await run('settings', '--author', 'Officer Kim')).code).toBe(0);
    for (const section of textSections) {
      expectOneLineError(await run('sign-off', draft.id, section.id, '--state', 'ready-for-review'), /only its starter text/, 1);
      expect((await run('set-section', draft.id, section.id, '--text', written)).code).toBe(0);
      expect((await run('sign-off', draft.id, section.id, '--state', 'ready-for-review')).code).toBe(0);
    }
    expectOneLineError(await run('sign-off', draft.id, 'introduction', '--state', 'approved'), /someone else must approve it/, 1);
    expect((await run('settings', '--author', 'Manager Lee')).stdout).toMatch(/^Author: Manager Lee\nFour-eyes review: on\n/);
    for (const section of textSections) {
      const approved = await run('sign-off', draft.id, section.id, '--state', 'approved', '--note', 'Read at the Board');
      expect(approved.stdout).toBe(`Section "${section.id}" of "${draft.title}" is now approved.`);
    }
    const final = await run('export', draft.id, '--format', 'docx', '--out', path.join(folder, 'final.docx'), '--final');
    expect(final.code).toBe(0);
    expect(final.stdout.split('\n')[0]).toBe(`Wrote ${path.join(folder, 'final.docx')} as final, as asked, although these problems remain:`);
    expect(await docxHeaders(path.join(folder, 'final.docx'))).not.toContain('DRAFT');
  });

  it('refuses --final while a placeholder is left, though every section is approved, and writes nothing', async () => {
    const { run, newDraft } = cliSandbox();
    const draft = await newDraft();
    const folder = tempDir('cps-out-');
    const textSections = TEST_TEMPLATE.sections.filter((candidate) => candidate.kind === 'text');
    const written = path.join(folder, 'written.md');
    fs.writeFileSync(written, 'Our figures are due TBC.\n');
    await run('settings', '--author', 'Officer Kim');
    for (const section of textSections) {
      expect((await run('set-section', draft.id, section.id, '--text', written)).code).toBe(0);
      expect((await run('sign-off', draft.id, section.id, '--state', 'ready-for-review')).code).toBe(0);
    }
    await run('settings', '--author', 'Manager Lee');
    for (const section of textSections) expect((await run('sign-off', draft.id, section.id, '--state', 'approved')).code).toBe(0);
    const refused = await run('export', draft.id, '--format', 'pdf', '--out', path.join(folder, 'final.pdf'), '--final');
    expectOneLineError(refused, /^A final version cannot hold placeholders, and 3 are still in the text.*\(Introduction: replace the placeholder "TBC"\)\.$/, 1);
    expect(fs.existsSync(path.join(folder, 'final.pdf'))).toBe(false);
  });

  it('signs off only along the way the app allows, and says so in one line', async () => {
    const { run, newDraft } = cliSandbox();
    const draft = await newDraft();
    expectOneLineError(await run('sign-off', draft.id, 'introduction', '--state', 'approved'), /review/i, 1);
    expectOneLineError(await run('sign-off', draft.id, 'introduction', '--state', 'signed'), /^--state must be one of draft, ready-for-review, approved/, 2);
    expectOneLineError(await run('sign-off', draft.id, 'no-such-section', '--state', 'approved'), /has no text section "no-such-section"/, 1);
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
    expectOneLineError(await run('export', draft.id, '--format', 'odt', '--out', out), /--format must be docx or pdf, not "odt"/, 2);
    expectOneLineError(await run('export', draft.id, '--format', 'docx'), /Missing --out FILE\. Usage: /, 2);
    expectOneLineError(await run('export', draft.id, '--out', out), /Missing --format docx\|pdf\. Usage: /, 2);
    expect(fs.existsSync(out)).toBe(false);
  });

  it('explains a destination it cannot write to, leaving nothing behind', async () => {
    const { run, newDraft } = cliSandbox();
    const draft = await newDraft();
    const folder = tempDir('cps-out-');
    const file = path.join(folder, 'not-a-folder');
    fs.writeFileSync(file, 'a file where a folder should be');
    expectOneLineError(await run('export', draft.id, '--format', 'docx', '--out', path.join(file, 'strategy.docx')), /The folder ".*not-a-folder" does not exist/, 1);
    expect(fs.readdirSync(folder)).toEqual(['not-a-folder']);
  });

  it('refuses to write over the library or into its folder, and the drafts are all still there', async () => {
    const { run, newDraft, dataDir } = cliSandbox();
    const draft = await newDraft('--title', 'Still here');
    for (const name of ['library.sqlite', 'library.sqlite-wal', 'strategy.pdf']) {
      for (const force of [[], ['--force']]) {
        const result = await run('export', draft.id, '--format', 'pdf', '--out', path.join(dataDir, name), ...force);
        expectOneLineError(result, /inside the folder that holds the library.*Choose another folder/, 1);
      }
    }
    const listed = JSON.parse((await run('list', '--json')).stdout) as { id: string; title: string }[];
    expect(listed).toEqual([expect.objectContaining({ id: draft.id, title: 'Still here' })]);
    expect(fs.existsSync(path.join(dataDir, 'strategy.pdf'))).toBe(false);
  });

  it('replaces an existing file only with --force, and then only a file of the format asked for', async () => {
    const { run, newDraft } = cliSandbox();
    const draft = await newDraft();
    const folder = tempDir('cps-out-');
    const out = path.join(folder, 'strategy.docx');
    const notes = path.join(folder, 'notes.md');
    fs.writeFileSync(out, 'last year');
    fs.writeFileSync(notes, 'my notes');
    expectOneLineError(await run('export', draft.id, '--format', 'docx', '--out', out), /already exists and was left as it is.*--force/, 1);
    expect(fs.readFileSync(out, 'utf8')).toBe('last year');
    expectOneLineError(await run('export', draft.id, '--format', 'docx', '--out', notes, '--force'), /not a \.docx file/, 1);
    expect(fs.readFileSync(notes, 'utf8')).toBe('my notes');
    expect((await run('export', draft.id, '--format', 'docx', '--out', out, '--force')).code).toBe(0);
    expect(await docxHeaders(out)).toContain('DRAFT');
  });

  it('fails in one line for an unknown draft', async () => {
    const { run } = cliSandbox();
    expectOneLineError(await run('export', 'no-such-draft', '--format', 'pdf', '--out', path.join(tempDir('cps-out-'), 'x.pdf')), /no strategy with the id/, 1);
  });
});
