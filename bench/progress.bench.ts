import './esmBuilds.js';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Method, Request, Response } from '../shared/api/contract.js';
import { dispatch } from '../shared/api/dispatch.js';
import { createCore } from '../electron/core/createCore.js';
import { defaultTemplatesDir } from '../electron/core/paths/templatesDir.js';
import { markdownToDoc } from '../shared/model/markdown.js';
import { measureChartSvg } from '../shared/progress/chart.js';
import { makePeriod } from '../shared/progress/period.js';
import { median, percentile } from './statistics.js';

/**
 * Progress on a large strategy: 60 measures, each with five years of
 * quarterly figures (1,200 figures, imported as one CSV file). Measured:
 * `progress.get` through the dispatcher as the progress screen calls it
 * (target < 300 ms), drawing all 60 charts to SVG (printed, no target), and
 * the annual report made from it (target < 1 s) with its PDF, which draws
 * all 60 charts as vectors (target < 2 s), and its Word file (printed).
 */

const MEASURES = 60;
const YEARS = 5;
const RUNS = 20;

export async function runProgressBench(): Promise<{ reportP50: number; reportP95: number; chartsMs: number; importMs: number; annualReportMs: number; reportPdfMs: number; reportDocxMs: number }> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cps-bench-progress-'));
  const core = createCore({ dataDir, templatesDir: defaultTemplatesDir() });
  const call = async <M extends Method>(method: M, request: Request<M>): Promise<Response<M>> => {
    const result = await dispatch(core.handlers, method, request);
    if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
    return result.value as Response<M>;
  };
  try {
    await call('settings.update', { fourEyes: false });
    const draft = await call('drafts.create', { templateId: 'england-strategy', title: 'Benchmark strategy' });
    const template = await call('templates.get', { id: draft.templateId });
    const indicator = (index: number) => `Measure ${index + 1}: ${index % 3 === 0 ? 'children with a stable placement' : index % 3 === 1 ? 'care leavers in suitable homes' : 'children missing from care'}`;
    const rows = Array.from({ length: MEASURES }, (_, index) =>
      index % 3 === 2 ? `| 1 | ${indicator(index)} | 20 | March 2024 | 8 | March 2029 | Local | Head of Service |` : `| 1 | ${indicator(index)} | 60% | March 2024 | 80% | March 2029 | SSDA903 | Head of Service |`,
    );
    const table = ['<!-- table: measures -->', '| Priority | Indicator | Baseline | Baseline date | Target | Target date | Source | Owner |', '|---|---|---|---|---|---|---|---|', ...rows].join('\n');
    for (const section of template.sections) {
      if (section.kind !== 'text' || section.status !== 'required') continue;
      const stored = draft.sections.find((candidate) => candidate.id === section.id);
      const markdown = section.roles.includes('measures') ? table : `Text of ${section.title}.`;
      const receipt = await call('drafts.updateSection', { id: draft.id, sectionId: section.id, baseRevision: stored?.revision ?? 0, doc: markdownToDoc(markdown) });
      await call('drafts.setSectionState', { id: draft.id, sectionId: section.id, state: 'ready-for-review' });
      await call('drafts.setSectionState', { id: draft.id, sectionId: section.id, state: 'approved', baseRevision: receipt.revision });
    }

    const lines = ['Measure,Period,Value,Date,Source'];
    for (let index = 0; index < MEASURES; index += 1) {
      for (let year = 0; year < YEARS; year += 1) {
        for (const quarter of [1, 2, 3, 4] as const) {
          const period = makePeriod(2024 + year, quarter);
          const step = year * 4 + quarter;
          const value = index % 3 === 2 ? Math.max(0, 20 - step) : 60 + step;
          const [y, m, d] = period.end.split('-');
          lines.push(`"${indicator(index)}",${period.label},${value}${index % 3 === 2 ? '' : '%'},${d}/${m}/${y},Performance team`);
        }
      }
    }
    const file = { fileName: 'figures.csv', dataBase64: Buffer.from(lines.join('\n')).toString('base64') };
    const importStarted = performance.now();
    const { added } = await call('progress.import', { id: draft.id, ...file });
    const importMs = performance.now() - importStarted;

    const timings: number[] = [];
    let report = await call('progress.get', { id: draft.id });
    for (let run = 0; run < RUNS; run += 1) {
      const started = performance.now();
      report = await call('progress.get', { id: draft.id });
      timings.push(performance.now() - started);
    }
    const chartsStarted = performance.now();
    let bytes = 0;
    for (const measure of report.measures) bytes += measureChartSvg(measure.measure, measure.figures, { suppressBelow: report.thresholds.suppressBelow }).svg.length;
    const chartsMs = performance.now() - chartsStarted;

    const reportStarted = performance.now();
    const annualReport = await call('drafts.createAnnualReport', { id: draft.id });
    const annualReportMs = performance.now() - reportStarted;
    const charts = (JSON.stringify(annualReport.sections).match(/data:image\/svg\+xml/g) ?? []).length;
    const exportTime = async (format: 'pdf' | 'docx'): Promise<number> => {
      const started = performance.now();
      await call('drafts.export', { id: annualReport.id, format, final: false });
      return performance.now() - started;
    };
    const reportPdfMs = await exportTime('pdf');
    const reportDocxMs = await exportTime('docx');
    const result = { reportP50: median(timings), reportP95: percentile(timings, 95), chartsMs, importMs, annualReportMs, reportPdfMs, reportDocxMs };
    console.log(`Progress: ${report.measures.length} measures, ${added} figures (imported from CSV in ${importMs.toFixed(0)} ms)`);
    console.log(`  progress.get  p50 ${result.reportP50.toFixed(1)} ms, p95 ${result.reportP95.toFixed(1)} ms (target < 300 ms)`);
    console.log(`  all ${report.measures.length} charts to SVG: ${chartsMs.toFixed(1)} ms, ${(bytes / 1024).toFixed(0)} KB`);
    console.log(`  annual report with ${charts} charts: created in ${annualReportMs.toFixed(0)} ms (target < 1000 ms); PDF ${reportPdfMs.toFixed(0)} ms (target < 2000 ms); Word ${reportDocxMs.toFixed(0)} ms`);
    return result;
  } finally {
    core.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === path.resolve(fileURLToPath(import.meta.url))) {
  runProgressBench().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
