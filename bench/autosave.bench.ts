import './esmBuilds.js';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import type { NodeJSON } from '../shared/model/draft.js';
import { createDraftStore } from '../electron/core/storage/draftStore.js';
import { openLibrary } from '../electron/core/storage/libraryFile.js';
import { generateLargeDraft, largeDraftTemplate } from './fixtures/generateLargeDraft.js';
import { countWords, percentile } from './statistics.js';

/**
 * One autosave as the app does it: validate the section against the schema,
 * derive its plain text, and write it with its revision-log entry in one
 * transaction. Measured on the generated benchmark draft
 * (fixtures/generateLargeDraft.ts, the workload of measured-here.md).
 * Target: < 5 ms. Also printed: what each save adds to the library, since
 * every save keeps its whole section in the history for as long as the draft
 * is kept. The generated prose has a small vocabulary, so it compresses
 * somewhat better than real strategies do.
 */

const SAVES = 200;
const WARM_UP = 20;

export interface AutosaveResult {
  p50: number;
  p95: number;
  /** Bytes of revision content the log stored per save, on average. */
  contentBytesPerSave: number;
  /** Growth of the database file (pages in use × page size) per save, on average. */
  fileBytesPerSave: number;
}

export async function runAutosaveBench(): Promise<AutosaveResult> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cps-bench-autosave-'));
  const library = openLibrary(dataDir);
  try {
    const db = library.database();
    const store = createDraftStore(db, { author: () => 'Benchmark' });
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

    const lastRevision = latestRevisionId(db);
    const bytesBefore = databaseBytes(db);
    let revision = 1;
    const measureSaves = (): number[] => {
      const timings: number[] = [];
      for (let save = 0; save < WARM_UP + SAVES; save += 1) {
        const edited = typed(targetDoc, revision);
        const started = performance.now();
        store.updateSection(draft.id, target.id, revision, edited);
        revision += 1;
        const elapsed = performance.now() - started;
        if (save >= WARM_UP) timings.push(elapsed);
      }
      return timings;
    };
    // The library runs with synchronous=FULL (storage/libraryFile.ts); the same saves under NORMAL show what that durability costs.
    const timings = measureSaves();
    const saves = WARM_UP + SAVES;
    const result = {
      p50: percentile(timings, 50),
      p95: percentile(timings, 95),
      contentBytesPerSave: storedContentBytes(db, lastRevision) / saves,
      fileBytesPerSave: (databaseBytes(db) - bytesBefore) / saves,
    };
    console.log(
      `autosave: one section of ${countWords(targetDoc)} words (${kilobytes(JSON.stringify(targetDoc).length)} of JSON) in a ${words}-word draft, ${SAVES} saves: p50 ${result.p50.toFixed(2)} ms, p95 ${result.p95.toFixed(2)} ms (target < 5 ms)`,
    );
    db.pragma('synchronous = NORMAL');
    const normal = measureSaves();
    db.pragma('synchronous = FULL');
    console.log(
      `autosave: synchronous=FULL (used) p50 ${result.p50.toFixed(2)} ms, p95 ${result.p95.toFixed(2)} ms; NORMAL would be p50 ${percentile(normal, 50).toFixed(2)} ms, p95 ${percentile(normal, 95).toFixed(2)} ms`,
    );
    console.log(
      `autosave: history per save: ${kilobytes(result.contentBytesPerSave)} of revision content, ${kilobytes(result.fileBytesPerSave)} of library file growth (over ${saves} saves)`,
    );
    return result;
  } finally {
    library.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

function latestRevisionId(db: Database): number {
  return db.prepare<[], { id: number }>('SELECT MAX(id) AS id FROM revisions').get()?.id ?? 0;
}

/** What the log itself holds for the revisions after `afterId`, however each one is stored. */
function storedContentBytes(db: Database, afterId: number): number {
  const sql = 'SELECT SUM(IFNULL(LENGTH(CAST(content_json AS BLOB)), 0) + IFNULL(LENGTH(content_deflated), 0)) AS bytes FROM revisions WHERE id > ?';
  return db.prepare<[number], { bytes: number }>(sql).get(afterId)?.bytes ?? 0;
}

/** Pages in use, including those still in the write-ahead log, so the figure does not wait for a checkpoint. */
function databaseBytes(db: Database): number {
  return (db.pragma('page_count', { simple: true }) as number) * (db.pragma('page_size', { simple: true }) as number);
}

function kilobytes(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
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

