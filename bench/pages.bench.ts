import './esmBuilds.js';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { choicesFromProposal } from '../electron/core/import/choices.js';
import { createCore, type Core } from '../electron/core/createCore.js';
import { exportDocx } from '../electron/core/export/docx/exportDocx.js';
import { exportPdf } from '../electron/core/export/pdf/exportPdf.js';
import { printedPages, type PrintedHeading } from '../electron/core/export/pdf/pagination.js';
import { dispatch } from '../shared/api/dispatch.js';
import type { Draft } from '../shared/model/draft.js';
import { HOUSE_FONTS, type HouseFont, DEFAULT_HOUSE_STYLE } from '../shared/model/houseStyle.js';
import type { Template } from '../shared/template/template.js';
import { sampleDraft } from '../tests/fixtures/sampleDraft.js';
import { shippedTemplate, TEMPLATES_DIR } from '../tests/fixtures/shippedTemplate.js';
import { convertWithLibreOffice, findOffice } from '../tests/fixtures/docxInspect.js';

/**
 * Do Word and PDF paginate alike? Each strategy is exported to both
 * formats; LibreOffice turns the Word file into a PDF; then each contents
 * entry's heading is looked for, page by page (pdftotext -layout), after the
 * contents, in both, and the entries found on the same page are counted.
 * The strategies: the reference strategies in ../shared/reference/strategies
 * when present, imported as an officer would, and our own (the sample
 * draft, and the import fixtures). `--font NAME` sets the house font.
 *
 *   npm run bench:pages [-- --font Calibri] [--reference DIR] [--only NAME] [--verbose] [--keep]
 */

/** Beside the repository, as the project's reference material sits; `--reference DIR` names another folder. */
const REFERENCE_DIR = process.argv.includes('--reference') ? path.resolve(process.argv[process.argv.indexOf('--reference') + 1] ?? '') : path.resolve(__dirname, '../../shared/reference/strategies');
const OWN_IMPORTS = path.resolve(__dirname, '../tests/fixtures/import-strategies');
const TEMPLATE_ID = 'england-strategy';

async function call<T>(core: Core, method: string, payload: unknown): Promise<T> {
  const result = await dispatch(core.handlers, method, payload);
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  return result.value as T;
}

async function imported(core: Core, file: string): Promise<Draft> {
  const bytes = fs.readFileSync(file);
  const proposal = await call<object>(core, 'import.propose', { fileName: path.basename(file), dataBase64: bytes.toString('base64') });
  const created = await call<Draft>(core, 'import.apply', { templateId: TEMPLATE_ID, proposal, choices: choicesFromProposal(proposal as never) });
  return call<Draft>(core, 'drafts.open', { id: created.id });
}

/** Lower case, one space between words, typographic quotes and dashes as LibreOffice and we may print them either way. */
function normalised(text: string): string {
  return text
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

function pageTexts(pdf: Uint8Array): string[] {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'pages-bench-')), 'file.pdf');
  fs.writeFileSync(file, pdf);
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  fs.rmSync(path.dirname(file), { recursive: true, force: true });
  return text.split('\f');
}

/** A contents line: a title, leader dots and a page number. */
const CONTENTS_LINE = /(\.\s?){3,}\s*\d+\s*$/m;

/**
 * For each entry, the page (from 1) its heading is on, looked for in order
 * after the contents; undefined when not found. A line that is the heading
 * (perhaps after its number) is preferred, so a short title such as
 * "Corporate parenting" is not found in a sentence on an earlier page; a
 * heading wrapped over two lines is then found in the page's running text.
 */
export function headingPages(pages: readonly string[], entries: readonly PrintedHeading[]): (number | undefined)[] {
  let contentsEnd = 1;
  while (contentsEnd + 1 < pages.length && CONTENTS_LINE.test(pages[contentsEnd + 1] ?? '')) contentsEnd += 1;
  const lines = pages.map((page) => page.split('\n').filter((line) => !CONTENTS_LINE.test(line)).map(normalised));
  const texts = lines.map((pageLines) => pageLines.join(' '));
  const find = (from: number, found: (index: number) => boolean): number | undefined => {
    for (let index = from; index < pages.length; index += 1) if (found(index)) return index;
    return undefined;
  };
  let cursor = contentsEnd + 1;
  return entries.map((entry) => {
    const title = normalised(entry.title);
    const isHeading = (line: string): boolean => line === title || line.replace(/^[0-9a-z]{1,3}[.)]?\s+/, '') === title;
    const index = find(cursor, (page) => (lines[page] ?? []).some(isHeading)) ?? find(cursor, (page) => (texts[page] ?? '').includes(title));
    if (index === undefined) return undefined;
    cursor = index;
    return index + 1;
  });
}

interface Measured {
  name: string;
  entries: number;
  samePage: number;
  pdfPages: number;
  wordPages: number;
  /** The PDF paginator's own page for each entry agrees with what pdftotext finds in the PDF. */
  paginatorRight: number;
}

async function measure(name: string, draft: Draft, template: Template, office: string, font: HouseFont): Promise<Measured> {
  const houseStyle = { ...DEFAULT_HOUSE_STYLE, font };
  const input = { draft, template, markDraft: false, houseStyle };
  const printed = printedPages(input);
  const pdf = await exportPdf(input);
  const docx = await exportDocx(input);
  const word = (await convertWithLibreOffice(office, docx)).pdf;
  if (process.argv.includes('--keep')) {
    fs.writeFileSync(path.join(os.tmpdir(), `${name}.pdf`), pdf);
    fs.writeFileSync(path.join(os.tmpdir(), `${name}.docx`), docx);
    fs.writeFileSync(path.join(os.tmpdir(), `${name}.word.pdf`), word);
  }
  const pdfPages = pageTexts(pdf);
  const wordPages = pageTexts(word);
  const inPdf = headingPages(pdfPages, printed.contents);
  const inWord = headingPages(wordPages, printed.contents);
  if (process.argv.includes('--verbose')) printed.contents.forEach((entry, index) => console.log(`    paginator ${String(entry.page).padStart(3)}  PDF ${String(inPdf[index]).padStart(3)}  Word ${String(inWord[index]).padStart(3)}  ${entry.title}`));
  return {
    name,
    entries: printed.contents.length,
    samePage: inPdf.filter((page, index) => page !== undefined && page === inWord[index]).length,
    paginatorRight: printed.contents.filter((entry, index) => entry.page === inPdf[index]).length,
    pdfPages: pdfPages.filter((page) => page.trim() !== '').length,
    wordPages: wordPages.filter((page) => page.trim() !== '').length,
  };
}

async function main(): Promise<void> {
  const office = findOffice();
  if (office === null) {
    console.log('LibreOffice is not installed: nothing to compare the Word file with.');
    return;
  }
  const fontArgument = process.argv.includes('--font') ? process.argv[process.argv.indexOf('--font') + 1] : 'Arial';
  const font = HOUSE_FONTS.find((candidate) => candidate === fontArgument);
  if (font === undefined) throw new Error(`--font must be one of ${HOUSE_FONTS.join(', ')}`);
  const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pages-bench-'));
  const core = createCore({ dataDir, templatesDir: TEMPLATES_DIR });
  const template = shippedTemplate(TEMPLATE_ID);
  const sources: { name: string; draft: () => Promise<Draft> }[] = [{ name: 'sample (Northshire)', draft: async () => sampleDraft() }];
  for (const file of fs.readdirSync(OWN_IMPORTS).filter((name) => /\.(md|txt)$/.test(name))) sources.push({ name: `own: ${file}`, draft: () => imported(core, path.join(OWN_IMPORTS, file)) });
  if (fs.existsSync(REFERENCE_DIR)) {
    for (const file of fs.readdirSync(REFERENCE_DIR).filter((name) => name.endsWith('.docx'))) sources.push({ name: `reference: ${file}`, draft: () => imported(core, path.join(REFERENCE_DIR, file)) });
  }
  console.log(`Contents entries on the same page in Word (LibreOffice ${font}) and PDF`);
  let entries = 0;
  let same = 0;
  try {
    for (const source of sources.filter((candidate) => only === undefined || candidate.name.includes(only))) {
      const result = await measure(source.name.replace(/[^A-Za-z0-9.-]+/g, '_'), await source.draft(), template, office, font);
      entries += result.entries;
      same += result.samePage;
      console.log(
        `  ${source.name.padEnd(36)} ${String(result.samePage).padStart(3)}/${String(result.entries).padEnd(3)} same page   pages: PDF ${result.pdfPages}, Word ${result.wordPages}   PDF contents right ${result.paginatorRight}/${result.entries}`,
      );
    }
  } finally {
    core.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
  console.log(`  ${'all'.padEnd(36)} ${same}/${entries} (${entries === 0 ? 0 : Math.round((100 * same) / entries)}%)`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
