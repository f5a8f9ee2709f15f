import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Method, Request, Response } from '../../../shared/api/contract.js';
import { dispatch } from '../../../shared/api/dispatch.js';
import type { ApiResult } from '../../../shared/api/errors.js';
import type { Template } from '../../../shared/template/template.js';
import { CliError, type CommandContext } from '../../../electron/cli/command.js';
import { importCommand } from '../../../electron/cli/commands/import.js';
import { createCore, type Core } from '../../../electron/core/createCore.js';
import { buildFixtureDocx, DOCX_EXPECTED, TEXT_FIXTURE } from './fixtures.js';

const englandTemplate = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../../templates/england-strategy.json'), 'utf8')) as Template;

/** The England template with or without the extra "unsorted" text section the importer needs the store to keep. */
function templatesDir(withUnsorted: boolean): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cps-import-templates-'));
  const [firstText] = englandTemplate.sections.filter((section) => section.kind === 'text');
  const unsorted = firstText && { ...firstText, id: 'unsorted', title: 'Unsorted', status: 'optional' as const, appendix: true, starter: undefined };
  const template = { ...englandTemplate, sections: withUnsorted && unsorted ? [...englandTemplate.sections, unsorted] : englandTemplate.sections };
  fs.writeFileSync(path.join(dir, 'england-strategy.json'), JSON.stringify(template));
  return dir;
}

const cores: Core[] = [];
afterEach(() => cores.splice(0).forEach((core) => core.close()));

async function runImport(file: string, options: { json: boolean; withUnsorted: boolean }) {
  const core = createCore({ dataDir: fs.mkdtempSync(path.join(os.tmpdir(), 'cps-import-data-')), templatesDir: templatesDir(options.withUnsorted) });
  cores.push(core);
  const out: string[] = [];
  const attempt = async <M extends Method>(method: M, request: Request<M>) => (await dispatch(core.handlers, method, request)) as ApiResult<Response<M>>;
  const context: CommandContext = {
    args: [file],
    options: {},
    json: options.json,
    io: { stdout: (text) => out.push(text), stderr: () => undefined },
    resolvePath: (file) => path.resolve(file),
    attempt,
    async call(method, request) {
      const result = await attempt(method, request);
      if (!result.ok) throw new CliError(result.error.message);
      return result.value;
    },
  };
  const run = importCommand.run(context).then(() => null, (error: unknown) => error);
  return { error: await run, stdout: out.join('\n'), attempt };
}

function writeTemp(name: string, bytes: Uint8Array | string): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'cps-import-file-')), name);
  fs.writeFileSync(file, bytes);
  return file;
}

describe('cli: import', () => {
  it('creates a draft with the proposed mapping and prints it as JSON', async () => {
    const file = writeTemp('strategy.docx', await buildFixtureDocx());
    const { error, stdout, attempt } = await runImport(file, { json: true, withUnsorted: true });
    expect(error).toBeNull();
    const printed = JSON.parse(stdout) as { draftId: string; cover: Record<string, unknown>; parts: { heading: string; level: number; section: string; confidence: number }[]; unsorted: number };
    expect(Object.keys(printed)).toEqual(['draftId', 'cover', 'parts', 'unsorted']);
    expect(printed.cover).toEqual({ council: 'Northfield Borough Council', title: 'Corporate Parenting Strategy', periodStart: 2021, periodEnd: 2024 });
    expect(printed.parts.map((part) => part.heading)).toEqual(Object.keys(DOCX_EXPECTED));
    expect(Object.fromEntries(printed.parts.map((part) => [part.heading, part.section]))).toEqual(DOCX_EXPECTED);
    expect(printed.parts.find((part) => part.heading === 'Quorum')?.level).toBe(2);
    // "Closing Remarks"; the council's name under the title went into the cover.
    expect(printed.unsorted).toBe(1);

    const draft = await attempt('drafts.open', { id: printed.draftId });
    if (!draft.ok) throw new Error(draft.error.message);
    expect(draft.value.cover).toMatchObject({ council: 'Northfield Borough Council', periodStart: 2021, periodEnd: 2024 });
    const text = (id: string) => JSON.stringify(draft.value.sections.find((section) => section.id === id)?.doc);
    expect(text('local-context')).toContain('Care leavers in work or study');
    expect(text('unsorted')).toContain('Thank you to everyone who helped to write this.');
  });

  it('prints the mapping for people', async () => {
    const file = writeTemp('strategy.txt', TEXT_FIXTURE);
    const { error, stdout } = await runImport(file, { json: false, withUnsorted: true });
    expect(error).toBeNull();
    expect(stdout).toMatch(/^Imported strategy\.txt as draft /);
    expect(stdout).toContain('3. Our Values  →  vision');
  });

  it('creates nothing when the file is refused', async () => {
    const file = writeTemp('strategy.docx', '%PDF-1.4 not really a document');
    const { error, attempt } = await runImport(file, { json: true, withUnsorted: true });
    expect(error).toBeInstanceOf(CliError);
    expect((error as CliError).message).toMatch(/PDF/);
    const drafts = await attempt('drafts.list', { scope: 'active' });
    expect(drafts.ok && drafts.value).toEqual([]);
  });

  it('creates nothing when the library has nowhere to keep unsorted text', async () => {
    const file = writeTemp('strategy.docx', await buildFixtureDocx());
    const { error, attempt } = await runImport(file, { json: true, withUnsorted: false });
    expect((error as CliError).message).toMatch(/Unsorted/);
    for (const scope of ['active', 'trash'] as const) {
      const drafts = await attempt('drafts.list', { scope });
      expect(drafts.ok && drafts.value).toEqual([]);
    }
  });
});
