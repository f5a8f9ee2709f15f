import { exportDocx } from '../electron/core/export/docx/exportDocx.js';
import { proposeImport } from '../electron/core/import/proposeImport.js';
import { applyImport } from '../electron/core/import/applyImport.js';
import { choicesFromProposal } from '../electron/core/import/choices.js';
import { createTemplateCatalogue } from '../electron/core/templateCatalogue.js';
import { defaultTemplatesDir } from '../electron/core/paths/templatesDir.js';
import { generateLargeDraft, largeDraftTemplate } from './fixtures/generateLargeDraft.js';
import { countWords, median } from './statistics.js';

/**
 * Importing last year's strategy: read a .docx of the shared workload of
 * ../shared/reference/measured-here.md (≈ 30,000 words in 19
 * sections, ≈ 190 headings, ≈ 660 list items, five 20 × 5 tables), propose a
 * section for every part and build the sections. Target: < 1 s.
 */

const RUNS = 5;
const TARGET_MS = 1000;

/** The shared 30,000-word workload, written to .docx by our own Word exporter, as an officer's last strategy would be. */
export async function buildBenchDocx(): Promise<Uint8Array> {
  return exportDocx({ draft: generateLargeDraft(), template: largeDraftTemplate(), markDraft: false });
}

export async function runImportBench(): Promise<{ median: number; words: number; parts: number }> {
  const bytes = await buildBenchDocx();
  const timings: number[] = [];
  let words = 0;
  let parts = 0;
  // Read for the pack the app reads an import for before the officer picks one.
  const template = createTemplateCatalogue(defaultTemplatesDir()).preferred();
  for (let run = 0; run <= RUNS; run += 1) {
    const started = performance.now();
    const proposal = await proposeImport({ name: 'bench.docx', bytes }, { template });
    const applied = applyImport(proposal, choicesFromProposal(proposal));
    const elapsed = performance.now() - started;
    // The first run pays for loading mammoth and compiling; an officer imports once per session, so it is reported apart.
    if (run > 0) timings.push(elapsed);
    else console.log(`import .docx: first (cold) run ${elapsed.toFixed(0)} ms`);
    parts = proposal.parts.length;
    words = applied.sections.reduce((sum, section) => sum + countWords(section.doc), 0);
  }
  const middle = median(timings);
  console.log(`import .docx: ${bytes.length} bytes, ≈${words} words, ${parts} parts: median of ${RUNS} ${middle.toFixed(0)} ms (target < ${TARGET_MS} ms)`);
  return { median: middle, words, parts };
}
