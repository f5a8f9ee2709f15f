import './esmBuilds.js';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDraftStore } from '../electron/core/storage/draftStore.js';
import { openLibrary } from '../electron/core/storage/libraryFile.js';
import { generateLargeDraft, largeDraftTemplate } from './fixtures/generateLargeDraft.js';
import { percentile } from './statistics.js';

/**
 * The library list with 500 drafts of the 30,000-word workload in it, read
 * in process as `drafts.list` reads it (goal: < 10 ms). Its anchor, in the
 * same run on the same database: the cheapest query that could answer it,
 * reading the drafts table alone (no sign-off counts). Then again with a
 * council's logo on every cover, as drafts copied from one another carry it:
 * the list shows no logo, so it should not pay for reading it.
 */

const DRAFTS = 500;
const RUNS = 30;
/** Reading 500 logos is slow by nature, so fewer runs. */
const LOGO_RUNS = 10;
/** About what a council's crest is as a PNG: 100 kB, so 133 kB in the cover as base64. */
const LOGO_BYTES = 100_000;
const TARGET_MS = 10;

export function runDraftListBench(): Record<string, number> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cps-bench-list-'));
  const library = openLibrary(dataDir);
  try {
    const db = library.database();
    const store = createDraftStore(db, { author: () => 'Benchmark' });
    const large = generateLargeDraft();
    const first = store.create(largeDraftTemplate(), { title: large.title });
    for (const section of large.sections) store.updateSection(first.id, section.id, 0, section.doc);
    for (let copy = 1; copy < DRAFTS; copy += 1) store.duplicate(first.id);
    const time = (read: () => unknown, runs = RUNS): number[] => {
      for (let warm = 0; warm < 3; warm += 1) read();
      return Array.from({ length: runs }, () => {
        const started = performance.now();
        read();
        return performance.now() - started;
      });
    };
    const bare = db.prepare('SELECT id, template_id, cover_json, created_at, updated_at, trashed_at FROM drafts WHERE trashed_at IS NULL ORDER BY updated_at DESC, id');
    const listed = store.list('active').length;
    if (listed !== DRAFTS) throw new Error(`the list shows ${listed} drafts, not ${DRAFTS}`);
    const list = time(() => store.list('active'));
    const anchor = time(() => bare.all());
    const logo = `data:image/png;base64,${crypto.randomBytes(LOGO_BYTES).toString('base64')}`;
    db.prepare("UPDATE drafts SET cover_json = json_set(cover_json, '$.logo', ?)").run(logo);
    const listWithLogos = time(() => store.list('active'), LOGO_RUNS);
    const anchorWithLogos = time(() => bare.all(), LOGO_RUNS);
    const result = {
      listP50Ms: percentile(list, 50),
      listP95Ms: percentile(list, 95),
      draftsTableP50Ms: percentile(anchor, 50),
      listWithLogosP50Ms: percentile(listWithLogos, 50),
      draftsTableWithLogosP50Ms: percentile(anchorWithLogos, 50),
    };
    console.log(
      `library list of ${DRAFTS} drafts (30,000 words each), in process: p50 ${result.listP50Ms.toFixed(2)} ms, p95 ${result.listP95Ms.toFixed(2)} ms (goal < ${TARGET_MS} ms); the drafts table alone, no sign-off counts: p50 ${result.draftsTableP50Ms.toFixed(2)} ms`,
    );
    console.log(
      `  with a ${LOGO_BYTES / 1000} kB logo on every cover: list p50 ${result.listWithLogosP50Ms.toFixed(1)} ms; the drafts table alone, covers and all: p50 ${result.draftsTableWithLogosP50Ms.toFixed(1)} ms`,
    );
    return result;
  } finally {
    library.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === path.resolve(fileURLToPath(import.meta.url))) {
  runDraftListBench();
}
