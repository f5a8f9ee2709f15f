import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { NodeJSON } from '../shared/model/draft.js';
import { createDraftStore } from '../electron/core/storage/draftStore.js';
import { openLibrary } from '../electron/core/storage/openLibrary.js';
import { generateLargeDraft, largeDraftTemplate } from './fixtures/generateLargeDraft.js';
import { countWords, percentile } from './statistics.js';

/**
 * One autosave as the app does it: validate the section against the schema,
 * derive its plain text, and write it with its revision-log entry in one
 * transaction. Measured on the generated benchmark draft
 * (fixtures/generateLargeDraft.ts, the workload of measured-here.md).
 * Target: < 5 ms.
 */

const SAVES = 200;
const WARM_UP = 20;

export async function runAutosaveBench(): Promise<{ p50: number; p95: number }> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cps-bench-autosave-'));
  const library = openLibrary(dataDir);
  try {
    const store = createDraftStore(library.database(), { author: () => 'Benchmark' });
    const large = generateLargeDraft();
    const draft = store.create(largeDraftTemplate(), { title: large.title });
    let words = 0;
    for (const section of large.sections) {
      words += countWords(section.doc);
      store.updateSection(draft.id, section.id, 0, section.doc);
    }
    const target = large.sections[large.sections.length >> 1];
    if (!target) throw new Error('the generated draft has no middle section');
    const targetDoc = target.doc;

    const timings: number[] = [];
    for (let save = 0; save < WARM_UP + SAVES; save += 1) {
      const edited = typed(targetDoc, save);
      const started = performance.now();
      store.updateSection(draft.id, target.id, save + 1, edited);
      const elapsed = performance.now() - started;
      if (save >= WARM_UP) timings.push(elapsed);
    }
    const result = { p50: percentile(timings, 50), p95: percentile(timings, 95) };
    console.log(
      `autosave: one section of ${countWords(targetDoc)} words in a ${words}-word draft, ${SAVES} saves: p50 ${result.p50.toFixed(2)} ms, p95 ${result.p95.toFixed(2)} ms (target < 5 ms)`,
    );
    return result;
  } finally {
    library.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
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

