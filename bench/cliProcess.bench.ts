import './esmBuilds.js';
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
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
 * converting our .docx to PDF. Each figure is the wall clock and, as the
 * machine is often loaded, the processor time (GNU time's user + system).
 * `--baseline dist/baseline/electron/cli.cjs` times another build beside
 * this one in the same run. Figures and goals are printed, not asserted.
 */

const RUNS = 7;
const START_UP_GOAL_MS = 300;

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CLI = path.join(root, 'dist/electron/cli.cjs');

/** Wall-clock and processor time (user + system, every thread) of one whole process. */
interface ProcessTime {
  ms: number;
  cpuMs: number;
}

const TIME = '/usr/bin/time';
const canTimeCpu = fs.existsSync(TIME);

function timeProcess(command: string, args: readonly string[], cpuFile: string): ProcessTime {
  const started = performance.now();
  // GNU time reports the child's processor time, which a loaded machine stretches far less than the wall clock.
  if (canTimeCpu) execFileSync(TIME, ['-f', '%U %S', '-o', cpuFile, command, ...args], { stdio: 'ignore', timeout: 120_000 });
  else execFileSync(command, args, { stdio: 'ignore', timeout: 120_000 });
  const ms = performance.now() - started;
  if (!canTimeCpu) return { ms, cpuMs: Number.NaN };
  const [user = Number.NaN, system = Number.NaN] = (fs.readFileSync(cpuFile, 'utf8').trim().split('\n').at(-1)?.split(' ') ?? []).map(Number);
  return { ms, cpuMs: (user + system) * 1000 };
}

/** Medians of `RUNS` whole processes, after one unmeasured run that warms the disk cache as a second use would. */
function medianProcess(command: string, args: readonly string[], runs = RUNS): ProcessTime {
  const cpuFile = path.join(os.tmpdir(), `cli-bench-cpu-${process.pid}.txt`);
  try {
    timeProcess(command, args, cpuFile);
    const times = Array.from({ length: runs }, () => timeProcess(command, args, cpuFile));
    return { ms: median(times.map((time) => time.ms)), cpuMs: median(times.map((time) => time.cpuMs)) };
  } finally {
    fs.rmSync(cpuFile, { force: true });
  }
}

const shown = (time: ProcessTime) => `${time.ms.toFixed(0)} ms (processor ${time.cpuMs.toFixed(0)} ms)`;

async function call<M extends Method>(core: Core, method: M, request: Request<M>): Promise<Response<M>> {
  const result = await dispatch(core.handlers, method, request);
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  return result.value as Response<M>;
}

/** A library holding the benchmark workload, written through the same API the app uses, over the shipped templates. */
export async function libraryWithWorkload(dataDir: string): Promise<{ id: string; draft: Draft }> {
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

/** `baseline`: another build's cli.cjs (kept inside this checkout, so it finds node_modules and templates), timed in the same run. */
export async function runCliBench(baseline?: string): Promise<Record<string, number>> {
  if (!fs.existsSync(CLI)) {
    console.log('cli: dist/electron/cli.cjs is missing; run `npm run build` first');
    return {};
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cli-bench-'));
  try {
    const dataDir = path.join(dir, 'library');
    const { id, draft } = await libraryWithWorkload(dataDir);
    const words = draft.sections.reduce((sum, section) => sum + countWords(section.doc), 0);
    const docx = path.join(dir, 'strategy.docx');
    const pdf = path.join(dir, 'strategy.pdf');

    const builds = [{ label: '', cli: CLI }, ...(baseline === undefined ? [] : [{ label: ' (baseline)', cli: path.resolve(baseline) }])];
    const node = medianProcess(process.execPath, ['-e', '0']);
    const result: Record<string, number> = { words, nodeMs: node.ms, nodeCpuMs: node.cpuMs };
    console.log(`cli: whole processes, median of ${RUNS}; ≈${words} words; load average ${os.loadavg().map((load) => load.toFixed(2)).join(' ')}`);
    console.log(`cli: bare \`node -e 0\` ${shown(node)}`);
    for (const build of builds) {
      // Each build keeps its own library folder, so neither finds the other's template and check caches stale at every turn.
      const buildDataDir = build.label === '' ? dataDir : path.join(dir, 'baseline-library');
      if (buildDataDir !== dataDir) fs.cpSync(dataDir, buildDataDir, { recursive: true });
      const args = (...rest: string[]) => [build.cli, ...rest, '--data-dir', buildDataDir];
      const suffix = build.label === '' ? '' : 'Baseline';
      const times = {
        version: medianProcess(process.execPath, [build.cli, '--version']),
        startUp: medianProcess(process.execPath, args('templates')),
        docx: medianProcess(process.execPath, args('export', id, '--format', 'docx', '--out', docx, '--force')),
        pdf: medianProcess(process.execPath, args('export', id, '--format', 'pdf', '--out', pdf, '--force')),
      };
      for (const [name, time] of Object.entries(times)) {
        result[`${name}${suffix}Ms`] = time.ms;
        result[`${name}${suffix}CpuMs`] = time.cpuMs;
      }
      console.log(`cli${build.label}: start-up (\`--version\`) ${shown(times.version)}, (\`templates\`) ${shown(times.startUp)} (goal < ${START_UP_GOAL_MS} ms)`);
      console.log(`cli${build.label}: export --format docx ${shown(times.docx)}; --format pdf ${shown(times.pdf)}`);
    }

    if (available('pandoc')) {
      const markdown = path.join(dir, 'strategy.md');
      const template = JSON.parse(fs.readFileSync(path.join(root, 'templates/england-strategy/pack.json'), 'utf8')) as Parameters<typeof draftAsMarkdown>[1];
      fs.writeFileSync(markdown, draftAsMarkdown(draft, template));
      const pandoc = medianProcess('pandoc', ['-f', 'markdown', '-t', 'docx', '-o', path.join(dir, 'pandoc.docx'), markdown]);
      Object.assign(result, { pandocMs: pandoc.ms, pandocCpuMs: pandoc.cpuMs });
      console.log(`cli: pandoc Markdown → .docx ${shown(pandoc)}; export --format docx / pandoc ${((result['docxMs'] ?? 0) / pandoc.ms).toFixed(2)}×, processor ${((result['docxCpuMs'] ?? 0) / pandoc.cpuMs).toFixed(2)}× (goal ≤ 1×)`);
    } else {
      console.log('cli: pandoc is not installed, Word comparison skipped');
    }

    if (available('libreoffice')) {
      const profile = `-env:UserInstallation=file://${path.join(dir, 'profile')}`;
      const outdir = path.join(dir, 'libreoffice');
      // Three runs: LibreOffice takes seconds here, and the first (unmeasured) one only creates its profile.
      const libreOffice = medianProcess('libreoffice', [profile, '--headless', '--convert-to', 'pdf', '--outdir', outdir, docx], 3);
      Object.assign(result, { libreOfficeMs: libreOffice.ms, libreOfficeCpuMs: libreOffice.cpuMs });
      console.log(`cli: LibreOffice .docx → PDF ${shown(libreOffice)}; export --format pdf / LibreOffice ${((result['pdfMs'] ?? 0) / libreOffice.ms).toFixed(2)}×, processor ${((result['pdfCpuMs'] ?? 0) / libreOffice.cpuMs).toFixed(2)}× (goal ≤ 0.5×)`);
    } else {
      console.log('cli: LibreOffice is not installed, PDF comparison skipped');
    }
    return result;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === path.resolve(fileURLToPath(import.meta.url))) {
  const { values } = parseArgs({ options: { baseline: { type: 'string' } } });
  runCliBench(values.baseline).catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
