import './esmBuilds.js';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Draft, NodeJSON } from '../shared/model/draft.js';
import type { Template } from '../shared/template/template.js';
import { buildWordPackage, exportDocx } from '../electron/core/export/docx/exportDocx.js';
import { packDocx } from '../electron/core/export/docx/packDocx.js';
import { printedPages } from '../electron/core/export/pdf/pagination.js';
import { printDocument } from '../electron/core/export/printModel.js';
import { generateLargeDraft, largeDraftTemplate } from './fixtures/generateLargeDraft.js';
import { countWords, median } from './statistics.js';

/**
 * The 30,000-word draft to .docx, warm, median of seven runs; target
 * < 150 ms. Beside it, in the same run, what an officer might otherwise do:
 * pandoc turning the same content, as Markdown, into a .docx (a whole
 * process each time, as it would be run), and the ratio of the two (goal
 * ≤ 0.3× pandoc, issue 19). The export is also split into its stages, so
 * the figure says where its time goes: the print model, the PDF paginator
 * (which gives the contents their page numbers, and is shared with the PDF
 * export) and the Word file itself (body, docx's other parts, zip).
 */

const RUNS = 7;
const TARGET_MS = 150;
const PANDOC_RATIO_GOAL = 0.3;

/** Median milliseconds of each stage of a warm export, run one after the other as exportDocx runs them. */
function stageMedians(input: Parameters<typeof exportDocx>[0]): { model: number; pagination: number; word: number } {
  const times = { model: [] as number[], pagination: [] as number[], word: [] as number[] };
  for (let run = 0; run < RUNS; run += 1) {
    let started = performance.now();
    const model = printDocument(input);
    times.model.push(performance.now() - started);
    started = performance.now();
    const printed = printedPages(input, model);
    times.pagination.push(performance.now() - started);
    started = performance.now();
    packDocx(buildWordPackage(input, printed, model));
    times.word.push(performance.now() - started);
  }
  return { model: median(times.model), pagination: median(times.pagination), word: median(times.word) };
}


function inlineMarkdown(node: NodeJSON): string {
  if (node.type === 'hard_break') return '\\\n';
  if (node.type !== 'text') return (node.content ?? []).map(inlineMarkdown).join('');
  let text = node.text ?? '';
  for (const mark of node.marks ?? []) {
    if (mark.type === 'strong') text = `**${text}**`;
    if (mark.type === 'em') text = `*${text}*`;
    if (mark.type === 'link') text = `[${text}](${String(mark.attrs?.['href'] ?? '')})`;
  }
  return text;
}

function blockMarkdown(node: NodeJSON, indent = ''): string {
  const children = node.content ?? [];
  switch (node.type) {
    case 'heading':
      return `${'#'.repeat(Number(node.attrs?.['level'] ?? 2))} ${inlineMarkdown(node)}`;
    case 'paragraph':
      return `${indent}${inlineMarkdown(node)}`;
    case 'bullet_list':
    case 'ordered_list':
      return children
        .map((item, index) => {
          const marker = node.type === 'bullet_list' ? '- ' : `${index + 1}. `;
          const [first, ...rest] = item.content ?? [];
          const nested = rest.map((block) => blockMarkdown(block, `${indent}    `)).join('\n');
          return `${indent}${marker}${first === undefined ? '' : inlineMarkdown(first)}${nested === '' ? '' : `\n${nested}`}`;
        })
        .join('\n');
    case 'table': {
      const rows = children.map((row) => `| ${(row.content ?? []).map((cell) => inlineMarkdown(cell).replace(/\|/g, '\\|')).join(' | ')} |`);
      const columns = (children[0]?.content ?? []).length;
      return [rows[0], `|${' --- |'.repeat(columns)}`, ...rows.slice(1)].join('\n');
    }
    default:
      return children.map((child) => blockMarkdown(child, indent)).join('\n\n');
  }
}

/** The draft as pandoc Markdown: a title, then each section as a level-1 heading with its content. */
export function draftAsMarkdown(draft: Draft, template: Template): string {
  const parts = [`# ${draft.cover.title}`, `${draft.cover.council}, ${draft.cover.periodStart ?? ''} to ${draft.cover.periodEnd ?? ''}`];
  for (const section of template.sections) {
    const stored = draft.sections.find((candidate) => candidate.id === section.id);
    if (stored === undefined) continue;
    parts.push(`# ${section.title}`, blockMarkdown(stored.doc));
  }
  return `${parts.join('\n\n')}\n`;
}


function pandocMedian(markdown: string): number | null {
  if (spawnSync('pandoc', ['--version']).status !== 0) return null;
  const dir = mkdtempSync(join(tmpdir(), 'docx-bench-'));
  try {
    const input = join(dir, 'strategy.md');
    writeFileSync(input, markdown);
    const times: number[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      const started = performance.now();
      execFileSync('pandoc', ['-f', 'markdown', '-t', 'docx', '-o', join(dir, 'strategy.docx'), input]);
      times.push(performance.now() - started);
    }
    return median(times);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function runDocxBench(): Promise<Record<string, number>> {
  const draft = generateLargeDraft();
  const template = largeDraftTemplate();
  const words = draft.sections.reduce((sum, section) => sum + countWords(section.doc), 0);

  const coldStart = performance.now();
  const first = await exportDocx({ draft, template, markDraft: true });
  const cold = performance.now() - coldStart;
  const times: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    const started = performance.now();
    await exportDocx({ draft, template, markDraft: true });
    times.push(performance.now() - started);
  }
  const docxMs = median(times);
  const stages = stageMedians({ draft, template, markDraft: true });
  const result: Record<string, number> = {
    words,
    docxColdMs: cold,
    docxMedianMs: docxMs,
    docxKiB: first.length / 1024,
    modelMs: stages.model,
    paginationMs: stages.pagination,
    wordFileMs: stages.word,
  };
  console.log(`docx export: ≈${words} words, ${(first.length / 1024).toFixed(0)} KiB; first run ${cold.toFixed(0)} ms, median of ${RUNS} warm runs ${docxMs.toFixed(0)} ms (target < ${TARGET_MS} ms); load average ${loadavg()[0]?.toFixed(2)}`);
  console.log(`docx export stages: print model ${stages.model.toFixed(0)} ms, PDF paginator (contents' page numbers) ${stages.pagination.toFixed(0)} ms, Word file ${stages.word.toFixed(0)} ms`);

  const pandocMs = pandocMedian(draftAsMarkdown(draft, template));
  if (pandocMs === null) {
    console.log('docx export: pandoc is not installed; comparison skipped');
  } else {
    result['pandocMedianMs'] = pandocMs;
    result['pandocOverOurs'] = pandocMs / docxMs;
    result['oursOverPandoc'] = docxMs / pandocMs;
    console.log(`docx export: pandoc Markdown → .docx ${pandocMs.toFixed(0)} ms (whole process); ours is ${(docxMs / pandocMs).toFixed(2)}× pandoc's time (goal ≤ ${PANDOC_RATIO_GOAL}×)`);
  }
  return result;
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === resolve(fileURLToPath(import.meta.url))) {
  runDocxBench().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
