import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { NodeJSON } from '../shared/model/draft.js';
import type { Template } from '../shared/template/template.js';
import { createDraftStore } from '../electron/core/storage/draftStore.js';
import { openLibrary } from '../electron/core/storage/openLibrary.js';

/**
 * One autosave as the app does it: validate the section against the schema,
 * derive its plain text, and write it with its revision-log entry in one
 * transaction. Measured on a generated draft shaped like the workload in
 * ../shared/reference/measured-here.md (19 sections of ~1,600 words,
 * ~190 headings, ~660 list items, five 20 × 5 tables). Target: < 5 ms.
 */

const SECTIONS = 19;
const WORDS = ['council', 'children', 'care', 'leavers', 'will', 'support', 'every', 'young', 'person', 'home', 'school', 'health', 'we', 'promise', 'listen', 'and', 'act', 'on', 'what', 'they', 'tell', 'us'];
const SAVES = 200;
const WARM_UP = 20;

export async function runAutosaveBench(): Promise<{ p50: number; p95: number }> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cps-bench-autosave-'));
  const library = openLibrary(dataDir);
  try {
    const store = createDraftStore(library.database(), { author: () => 'Benchmark' });
    const draft = store.create(benchTemplate(), { title: 'Benchmark strategy' });
    let words = 0;
    const docs = draft.sections.map((section, index) => {
      const doc = sectionDoc(index);
      words += countWords(doc);
      store.updateSection(draft.id, section.id, 0, doc);
      return doc;
    });
    const target = draft.sections[SECTIONS >> 1];
    const targetDoc = docs[SECTIONS >> 1];
    if (!target || !targetDoc) throw new Error('the generated draft has no middle section');

    const timings: number[] = [];
    for (let save = 0; save < WARM_UP + SAVES; save += 1) {
      const edited = typed(targetDoc, save);
      const started = performance.now();
      store.updateSection(draft.id, target.id, save + 1, edited);
      const elapsed = performance.now() - started;
      if (save >= WARM_UP) timings.push(elapsed);
    }
    timings.sort((a, b) => a - b);
    const result = { p50: percentile(timings, 0.5), p95: percentile(timings, 0.95) };
    console.log(
      `autosave: one section of ${countWords(targetDoc)} words in a ${words}-word draft, ${SAVES} saves: p50 ${result.p50.toFixed(2)} ms, p95 ${result.p95.toFixed(2)} ms (target < 5 ms)`,
    );
    return result;
  } finally {
    library.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

function benchTemplate(): Template {
  const guidance = { summary: 'Benchmark.', include: ['Text'], goodLooksLike: ['Text'], questions: ['Text?'] };
  return {
    id: 'bench',
    name: 'Benchmark',
    description: 'Generated for the autosave benchmark.',
    nation: 'England',
    version: 1,
    sections: [
      { id: 'cover', title: 'Title page', status: 'required', kind: 'cover', appendix: false, guidance },
      ...Array.from({ length: SECTIONS }, (_, index) => ({
        id: `section-${index + 1}`,
        title: `Section ${index + 1}`,
        status: 'required' as const,
        kind: 'text' as const,
        appendix: false,
        guidance,
      })),
    ],
  };
}

/** ~1,600 words: 10 headings, 10 paragraphs of ~120 words, 35 list items of ~8 words, and a 20 × 5 table in every fourth section. */
function sectionDoc(section: number): NodeJSON {
  let seed = section * 7919 + 1;
  const sentence = (count: number) =>
    Array.from({ length: count }, () => {
      seed = (seed * 48271) % 2147483647;
      return WORDS[seed % WORDS.length];
    }).join(' ');
  const paragraph = (text: string): NodeJSON => ({ type: 'paragraph', content: [{ type: 'text', text }] });
  const content: NodeJSON[] = [];
  for (let part = 0; part < 10; part += 1) {
    content.push({ type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: sentence(4) }] });
    content.push(paragraph(`${sentence(120)}.`));
    if (part < 5) content.push({ type: 'bullet_list', content: Array.from({ length: 7 }, () => ({ type: 'list_item', content: [paragraph(sentence(8))] })) });
  }
  if (section % 4 === 0) {
    const row = (cell: 'table_header' | 'table_cell'): NodeJSON => ({
      type: 'table_row',
      content: Array.from({ length: 5 }, () => ({ type: cell, content: [paragraph(sentence(2))] })),
    });
    content.push({ type: 'table', content: [row('table_header'), ...Array.from({ length: 19 }, () => row('table_cell'))] });
  }
  return { type: 'doc', content };
}

/** The section after a keystroke or two: the last paragraph gains a word. */
function typed(doc: NodeJSON, save: number): NodeJSON {
  const content = [...(doc.content ?? [])];
  const lastParagraph = content.map((node) => node.type).lastIndexOf('paragraph');
  content[lastParagraph] = { type: 'paragraph', content: [{ type: 'text', text: `${textOf(content[lastParagraph])} edit${save}` }] };
  return { ...doc, content };
}

function textOf(node: NodeJSON | undefined): string {
  if (!node) return '';
  return node.text ?? (node.content ?? []).map(textOf).join(' ');
}

function countWords(doc: NodeJSON): number {
  return textOf(doc).split(/\s+/).filter(Boolean).length;
}

function percentile(sorted: number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))] ?? Number.NaN;
}
