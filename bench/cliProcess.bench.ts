import './esmBuilds.js';
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Method, Request, Response } from '../shared/api/contract.js';
import { dispatch } from '../shared/api/dispatch.js';
import type { Draft } from '../shared/model/draft.js';
import { createCore, type Core } from '../electron/core/createCore.js';
import { draftAsMarkdown } from './docxExport.bench.js';
import { generateLargeDraft } from './fixtures/generateLargeDraft.js';
import { countWords, median } from './statistics.js';

/**
 * The command line as a user meets it: whole processes of the built CLI
 * (dist/electron/cli.cjs, what `npm run cli` runs), timed from spawn to
 * exit, each after one unmeasured run (as a second use would find the disk
 * cache and the CLI's code cache). Start-up is `--version` (the process and
 * the command line, nothing else) and a command that opens the library and
 * prints (`templates`); the exports write the 30,000-word workload to .docx
 * and .pdf. Beside them, in the same run and also as whole processes: pandoc
 * turning the same content as Markdown into a .docx, and LibreOffice
 * converting our .docx to PDF. Figures and goals are printed, not asserted.
 */

const RUNS = 7;
const START_UP_GOAL_MS = 300;

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CLI = path.join(root, 'dist/electron/cli.cjs');

function timeProcess(command: string, args: readonly string[]): number {
  const started = performance.now();
  execFileSync(command, args, { stdio: 'ignore', timeout: 120_000 });
  return performance.now() - started;
}

/** Median of `RUNS` whole processes, after one unmeasured run that warms the disk cache as a second use would. */
function medianProcess(command: string, args: readonly string[], runs = RUNS): number {
  timeProcess(command, args);
  return median(Array.from({ length: runs }, () => timeProcess(command, args)));
}

async function call<M extends Method>(core: Core, method: M, request: Request<M>): Promise<Response<M>> {
  const result = await dispatch(core.handlers, method, request);
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  return result.value as Response<M>;
}

/** A library holding the benchmark workload, written through the same API the app uses, over the shipped templates. */
async function libraryWithWorkload(dataDir: string): Promise<{ id: string; draft: Draft }> {
  const workload = generateLargeDraft();
  const core = createCore({ dataDir, templatesDir: path.join(root, 'templates') });
  try {
    const created = await call(core, 'drafts.create', { templateId: 'england-strategy', title: workload.title, council: workload.cover.council });
    const known = new Set(created.sections.map((section) => section.id));
    for (const section of workload.sections) {
      const current = created.sections.find((candidate) => candidate.id === section.id);
      if (current === undefined || !known.has(section.id)) continue;
      await call(core, 'drafts.updateSection', { id: created.id, sectionId: section.id, baseRevision: current.revision, doc: section.doc });
    }
    return { id: created.id, draft: await call(core, 'drafts.open', { id: created.id }) };
  } finally {
    core.close();
  }
}

const available = (command: string) => spawnSync(command, ['--version'], { stdio: 'ignore' }).status === 0;

export async function runCliBench(): Promise<Record<string, number>> {
  if (!fs.existsSync(CLI)) {
    console.log('cli: dist/electron/cli.cjs is missing; run `npm run build` first');
    return {};
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cli-bench-'));
  try {
    const dataDir = path.join(dir, 'library');
    const { id, draft } = await libraryWithWorkload(dataDir);
    const words = draft.sections.reduce((sum, section) => sum + countWords(section.doc), 0);
    const cli = (...args: string[]) => [CLI, ...args, '--data-dir', dataDir];
    const docx = path.join(dir, 'strategy.docx');
    const pdf = path.join(dir, 'strategy.pdf');

    const nodeMs = medianProcess(process.execPath, ['-e', '0']);
    const versionMs = medianProcess(process.execPath, [CLI, '--version']);
    const startUpMs = medianProcess(process.execPath, cli('templates'));
    const docxMs = medianProcess(process.execPath, cli('export', id, '--format', 'docx', '--out', docx, '--force'));
    const pdfMs = medianProcess(process.execPath, cli('export', id, '--format', 'pdf', '--out', pdf, '--force'));
    const result: Record<string, number> = { words, nodeMs, versionMs, startUpMs, docxMs, pdfMs };
    console.log(`cli: whole processes, median of ${RUNS}; ≈${words} words; load average ${os.loadavg().map((load) => load.toFixed(2)).join(' ')}`);
    console.log(`cli: start-up (\`--version\`) ${versionMs.toFixed(0)} ms, (\`templates\`) ${startUpMs.toFixed(0)} ms (goal < ${START_UP_GOAL_MS} ms; bare \`node -e 0\` takes ${nodeMs.toFixed(0)} ms)`);

    if (available('pandoc')) {
      const markdown = path.join(dir, 'strategy.md');
      const template = JSON.parse(fs.readFileSync(path.join(root, 'templates/england-strategy/pack.json'), 'utf8')) as Parameters<typeof draftAsMarkdown>[1];
      fs.writeFileSync(markdown, draftAsMarkdown(draft, template));
      result['pandocMs'] = medianProcess('pandoc', ['-f', 'markdown', '-t', 'docx', '-o', path.join(dir, 'pandoc.docx'), markdown]);
      console.log(`cli: export --format docx ${docxMs.toFixed(0)} ms; pandoc Markdown → .docx ${result['pandocMs'].toFixed(0)} ms (goal: ours ≤ pandoc's)`);
    } else {
      console.log(`cli: export --format docx ${docxMs.toFixed(0)} ms; pandoc is not installed, comparison skipped`);
    }

    if (available('libreoffice')) {
      const profile = `-env:UserInstallation=file://${path.join(dir, 'profile')}`;
      const outdir = path.join(dir, 'libreoffice');
      // Three runs: LibreOffice takes tens of seconds here, and the first (unmeasured) one only creates its profile.
      result['libreOfficeMs'] = medianProcess('libreoffice', [profile, '--headless', '--convert-to', 'pdf', '--outdir', outdir, docx], 3);
      console.log(`cli: export --format pdf ${pdfMs.toFixed(0)} ms; LibreOffice .docx → PDF ${result['libreOfficeMs'].toFixed(0)} ms (goal: ours ≤ half, ${(result['libreOfficeMs'] / 2).toFixed(0)} ms)`);
    } else {
      console.log(`cli: export --format pdf ${pdfMs.toFixed(0)} ms; LibreOffice is not installed, comparison skipped`);
    }
    return result;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === path.resolve(fileURLToPath(import.meta.url))) {
  runCliBench().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
