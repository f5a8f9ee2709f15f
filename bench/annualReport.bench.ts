import './esmBuilds.js';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateAnnualReport } from '../shared/annualReport/annualReport.js';
import { reportedMeasures } from '../shared/annualReport/reportedMeasures.js';
import { dispatch } from '../shared/api/dispatch.js';
import type { Method, Request, Response } from '../shared/api/contract.js';
import type { ConsultationSessionInput } from '../shared/consultation/consultationLog.js';
import type { NodeJSON } from '../shared/model/draft.js';
import { createCore } from '../electron/core/createCore.js';
import { percentile } from './statistics.js';

/**
 * Creating the Board's annual report from a strategy with 60 measures and a
 * year's consultation log (24 sessions of 5 points): the whole API call as
 * the app makes it (open the strategy, read its measures and log, generate,
 * store the new draft), and the pure generator alone. Target: < 1 s.
 */

const MEASURES = 60;
const SESSIONS = 24;
const RUNS = 15;

const cell = (type: 'table_header' | 'table_cell', text: string): NodeJSON => ({ type, content: [{ type: 'paragraph', ...(text ? { content: [{ type: 'text', text }] } : {}) }] });
const row = (type: 'table_header' | 'table_cell', cells: string[]): NodeJSON => ({ type: 'table_row', content: cells.map((text) => cell(type, text)) });

function measuresDoc(): NodeJSON {
  const rows = Array.from({ length: MEASURES }, (_, index) => [
    String((index % 6) + 1),
    `Indicator ${index + 1}: share of children in care with an up-to-date plan of kind ${index + 1}`,
    `${40 + (index % 30)}%`,
    'March 2025',
    `${60 + (index % 30)}%`,
    'March 2028',
    'SSDA903',
    'Head of service',
  ]);
  return { type: 'doc', content: [{ type: 'table', attrs: { kind: 'measures' }, content: [row('table_header', ['Priority', 'Indicator', 'Baseline', 'Baseline date', 'Target', 'Target date', 'Source', 'Owner']), ...rows.map((cells) => row('table_cell', cells))] }] };
}

function session(index: number): ConsultationSessionInput {
  const month = String((index % 12) + 1).padStart(2, '0');
  return {
    heldOn: `2025-${month}-1${index % 10}`,
    group: index % 2 === 0 ? 'Children in Care Council' : 'Care leavers’ forum',
    participants: 5 + (index % 9),
    consent: { recorded: true, how: 'Written forms' },
    points: Array.from({ length: 5 }, (_, point) => ({
      youSaid: `Point ${point + 1} of session ${index + 1}: we want to be asked before things change, not told afterwards.`,
      concerns: `Priority ${(point % 6) + 1}`,
      weDid: point % 2 === 0 ? 'Reviews now start by asking the young person what they want to talk about.' : '',
      toldOn: point % 2 === 0 ? '2026-04-01' : '',
    })),
  };
}

export async function runAnnualReportBench(): Promise<{ apiP50: number; apiP95: number; generateP50: number }> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cps-bench-annual-report-'));
  const core = createCore({ dataDir, templatesDir: fileURLToPath(new URL('../templates/', import.meta.url)) });
  const call = async <M extends Method>(method: M, payload: Request<M>): Promise<Response<M>> => {
    const result = await dispatch(core.handlers, method, payload);
    if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
    return result.value as Response<M>;
  };
  try {
    const strategy = await call('drafts.create', { templateId: 'england-strategy', title: 'Benchmark strategy', council: 'Benchmark Council' });
    const measures = strategy.sections.find((section) => JSON.stringify(section.doc).includes('"kind":"measures"'));
    if (!measures) throw new Error('the England strategy has no measures table');
    await call('drafts.updateSection', { id: strategy.id, sectionId: measures.id, baseRevision: measures.revision, doc: measuresDoc() });
    for (let index = 0; index < SESSIONS; index += 1) await call('consultations.add', { id: strategy.id, session: session(index) });

    const api: number[] = [];
    let rows = 0;
    for (let run = 0; run < RUNS; run += 1) {
      const started = performance.now();
      const report = await call('drafts.createAnnualReport', { id: strategy.id });
      api.push(performance.now() - started);
      rows = (JSON.stringify(report.sections).match(/"table_row"/g) ?? []).length;
    }

    const opened = await call('drafts.open', { id: strategy.id });
    const progress = await call('progress.get', { id: strategy.id });
    const reportTemplate = await call('templates.get', { id: 'annual-report' });
    const sessions = await call('consultations.list', { id: strategy.id });
    const generate: number[] = [];
    for (let run = 0; run < RUNS * 4; run += 1) {
      const started = performance.now();
      generateAnnualReport({ template: reportTemplate, strategy: opened, measures: reportedMeasures(progress), sessions, today: '2026-06-30' });
      generate.push(performance.now() - started);
    }
    const result = { apiP50: percentile(api, 50), apiP95: percentile(api, 95), generateP50: percentile(generate, 50) };
    console.log(
      `annual report: ${MEASURES} measures, ${SESSIONS} sessions (${rows} table rows in the report): drafts.createAnnualReport p50 ${result.apiP50.toFixed(1)} ms, p95 ${result.apiP95.toFixed(1)} ms (target < 1000 ms); reading the measures and generating alone p50 ${result.generateP50.toFixed(2)} ms`,
    );
    return result;
  } finally {
    core.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === path.resolve(fileURLToPath(import.meta.url))) {
  void runAnnualReportBench();
}
