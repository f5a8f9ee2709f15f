import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/runCli.js';
import type { PortableDraft } from '../../../electron/core/portableDraft.js';
import { buildFixtureDocx, DOCX_EXPECTED, MARKDOWN_EXPECTED, MARKDOWN_FIXTURE, TEXT_FIXTURE } from './fixtures.js';

const TEMPLATES_DIR = path.resolve(__dirname, '../../../templates');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

interface ImportJson {
  draftId: string;
  cover: Record<string, unknown>;
  parts: { heading: string; level: number; section: string; confidence: number }[];
  unsorted: number;
}

/** A fresh library over the shipped templates, and commands run against it in-process as `npm run cli` would. */
function sandbox() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cps-import-data-'));
  const run = async (...argv: string[]): Promise<Run> => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runCli([...argv, '--data-dir', dataDir, '--templates-dir', TEMPLATES_DIR], { stdout: (text) => out.push(text), stderr: (text) => err.push(text) });
    return { code, stdout: out.join('\n'), stderr: err.join('\n') };
  };
  const show = async (id: string) => JSON.parse((await run('show', id)).stdout) as PortableDraft;
  const listed = async (scope: 'active' | 'trash') => JSON.parse((await run('list', ...(scope === 'trash' ? ['--trash'] : []), '--json')).stdout) as unknown[];
  return { run, show, listed };
}

function writeTemp(name: string, bytes: Uint8Array | string): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'cps-import-file-')), name);
  fs.writeFileSync(file, bytes);
  return file;
}

describe('cli: import', () => {
  it('creates a draft from a .docx with the proposed mapping, keeps the Unsorted part with it and prints exactly the documented JSON', async () => {
    const { run, show } = sandbox();
    const result = await run('import', writeTemp('strategy.docx', await buildFixtureDocx()), '--json');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const printed = JSON.parse(result.stdout) as ImportJson;
    expect(Object.keys(printed)).toEqual(['draftId', 'cover', 'parts', 'unsorted']);
    expect(printed.cover).toEqual({ council: 'Northfield Borough Council', title: 'Corporate Parenting Strategy', periodStart: 2021, periodEnd: 2024 });
    expect(printed.parts.map((part) => part.heading)).toEqual(Object.keys(DOCX_EXPECTED));
    expect(printed.parts.every((part) => Object.keys(part).join() === 'heading,level,section,confidence')).toBe(true);
    expect(Object.fromEntries(printed.parts.map((part) => [part.heading, part.section]))).toEqual(DOCX_EXPECTED);
    expect(printed.parts.find((part) => part.heading === 'Quorum')?.level).toBe(2);
    // "Closing Remarks"; the council's name under the title went into the cover.
    expect(printed.unsorted).toBe(1);

    const draft = await show(printed.draftId);
    expect(draft.cover).toMatchObject({ council: 'Northfield Borough Council', periodStart: 2021, periodEnd: 2024 });
    const text = (id: string) => draft.sections.find((section) => section.id === id)?.text ?? '';
    expect(text('local-context')).toContain('Care leavers in work or study');
    expect(text('unsorted')).toContain('Thank you to everyone who helped to write this.');
    expect(draft.sections.at(-1)).toMatchObject({ id: 'unsorted', title: 'Unsorted (imported, still to be sorted)' });
  });

  it('imports Markdown through the same path, and the check then reminds the officer of nothing unsorted', async () => {
    const { run, show } = sandbox();
    const result = await run('import', writeTemp('old.md', MARKDOWN_FIXTURE), '--json');
    expect(result.code).toBe(0);
    const printed = JSON.parse(result.stdout) as ImportJson;
    expect(Object.fromEntries(printed.parts.map((part) => [part.heading, part.section]))).toEqual(MARKDOWN_EXPECTED);
    expect(printed.unsorted).toBe(0);
    const draft = await show(printed.draftId);
    expect(draft.sections.some((section) => section.id === 'unsorted')).toBe(false);
    expect(draft.sections.find((section) => section.id === 'pledge')?.text).toContain('We will answer your calls within a day.');
    const check = JSON.parse((await run('check', printed.draftId, '--json')).stdout) as { findings: { rule: string }[] };
    expect(check.findings.some((finding) => finding.rule === 'unsorted.remaining')).toBe(false);
  });

  it('puts a file with no headings wholly in Unsorted, says why, and the check counts it', async () => {
    const { run, show } = sandbox();
    const file = writeTemp('notes.txt', 'We looked after many children this year and we want to do better.\n\nThe board met four times.\n');
    const result = await run('import', file);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/1 part in Unsorted\./);
    expect(result.stdout).toMatch(/No headings were found/);
    const id = /as draft (\S+)/.exec(result.stdout)?.[1] ?? '';
    expect((await show(id)).sections.find((section) => section.id === 'unsorted')?.text).toContain('The board met four times.');
    const check = JSON.parse((await run('check', id, '--json')).stdout) as { findings: { severity: string; section: string; rule: string; message: string }[] };
    expect(check.findings).toContainEqual({
      severity: 'warning',
      section: 'unsorted',
      rule: 'unsorted.remaining',
      message: expect.stringMatching(/^1 part of the imported document is still unsorted/) as unknown as string,
    });
  });

  it('prints the mapping for people', async () => {
    const { run } = sandbox();
    const result = await run('import', writeTemp('strategy.txt', TEXT_FIXTURE));
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Imported strategy\.txt as draft /);
    expect(result.stdout).toContain('3. Our Values  →  vision');
  });

  it('creates nothing when the file is refused', async () => {
    const { run, listed } = sandbox();
    const result = await run('import', writeTemp('strategy.docx', '%PDF-1.4 not really a document'), '--json');
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/strategy\.docx was not imported: .*PDF/);
    expect(await listed('active')).toEqual([]);
    expect(await listed('trash')).toEqual([]);
  });

  it('refuses a missing file and an unknown template in one line', async () => {
    const { run, listed } = sandbox();
    const missing = await run('import', path.join(os.tmpdir(), 'no-such-strategy-file.docx'));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/no such file/);
    const unknown = await run('import', writeTemp('old.md', MARKDOWN_FIXTURE), '--template', 'no-such-template');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/no template "no-such-template"/);
    expect(await listed('active')).toEqual([]);
  });
});
