import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { proposeImport } from '../electron/core/import/proposeImport.js';
import { applyImport } from '../electron/core/import/applyImport.js';
import { choicesFromProposal } from '../electron/core/import/choices.js';

/**
 * Importing last year's strategy: read a generated .docx shaped like the
 * workload in ../shared/reference/measured-here.md (≈ 30,000 words in 19
 * sections, ≈ 190 headings, ≈ 660 list items, five 20 × 5 tables), propose a
 * section for every part and build the sections. Target: < 1 s.
 */

const SECTIONS = 19;
const SUBHEADINGS_PER_SECTION = 9;
const ITEMS_PER_SECTION = 35;
const TABLES = 5;
const RUNS = 5;
const TARGET_MS = 1000;
const HEADINGS = ['Introduction', 'Our vision', 'Local context', 'Our pledge to you', 'Roles and responsibilities', 'Hearing your voice', 'Governance', 'Our priorities', 'Measures of success', 'Monitoring and review'];
const WORDS = ['council', 'children', 'care', 'leavers', 'will', 'support', 'every', 'young', 'person', 'home', 'school', 'health', 'we', 'promise', 'listen', 'and', 'act', 'on', 'what', 'they', 'tell', 'us'];

function sentence(seed: number, length: number): string {
  const words = Array.from({ length }, (_, index) => WORDS[(seed * 7 + index * 3) % WORDS.length] ?? 'care');
  const text = words.join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

function sectionChildren(index: number): (Paragraph | Table)[] {
  const children: (Paragraph | Table)[] = [new Paragraph({ text: `${index + 1}. ${HEADINGS[index % HEADINGS.length] ?? 'Section'}`, heading: HeadingLevel.HEADING_1 })];
  for (let sub = 0; sub < SUBHEADINGS_PER_SECTION; sub += 1) {
    children.push(new Paragraph({ text: `${index + 1}.${sub + 1} Theme ${sub + 1}`, heading: HeadingLevel.HEADING_2 }));
    for (let paragraph = 0; paragraph < 3; paragraph += 1) {
      children.push(new Paragraph({ children: [new TextRun(sentence(index + sub + paragraph, 31)), new TextRun({ text: ' Bold words.', bold: true }), new TextRun(sentence(sub, 10))] }));
    }
    for (let item = 0; item < Math.ceil(ITEMS_PER_SECTION / SUBHEADINGS_PER_SECTION); item += 1) {
      children.push(new Paragraph({ text: sentence(item + sub, 8), bullet: { level: 0 } }));
    }
  }
  if (index < TABLES) {
    const row = (cells: string[]) => new TableRow({ children: cells.map((text) => new TableCell({ children: [new Paragraph(text)] })) });
    children.push(new Table({ rows: Array.from({ length: 20 }, (_, rowIndex) => row(Array.from({ length: 5 }, (_, column) => `${rowIndex * 5 + column} per 10,000`))) }));
  }
  return children;
}

export async function buildBenchDocx(): Promise<Uint8Array> {
  const document = new Document({ sections: [{ children: Array.from({ length: SECTIONS }, (_, index) => sectionChildren(index)).flat() }] });
  return new Uint8Array(await Packer.toBuffer(document));
}

export async function runImportBench(): Promise<{ median: number; words: number; parts: number }> {
  const bytes = await buildBenchDocx();
  const timings: number[] = [];
  let words = 0;
  let parts = 0;
  for (let run = 0; run <= RUNS; run += 1) {
    const started = performance.now();
    const proposal = await proposeImport({ name: 'bench.docx', bytes });
    const applied = applyImport(proposal, choicesFromProposal(proposal));
    const elapsed = performance.now() - started;
    // The first run pays for loading mammoth and compiling; an officer imports once per session, so it is reported apart.
    if (run > 0) timings.push(elapsed);
    else console.log(`import .docx: first (cold) run ${elapsed.toFixed(0)} ms`);
    parts = proposal.parts.length;
    words = applied.sections.reduce((sum, section) => sum + JSON.stringify(section.doc).split(/"text":"/).slice(1).join(' ').split(/\s+/).length, 0);
  }
  timings.sort((a, b) => a - b);
  const median = timings[Math.floor(timings.length / 2)] ?? 0;
  console.log(`import .docx: ${bytes.length} bytes, ≈${words} words, ${parts} parts: median of ${RUNS} ${median.toFixed(0)} ms (target < ${TARGET_MS} ms)`);
  return { median, words, parts };
}
