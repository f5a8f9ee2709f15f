import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRef, PDFString, type PDFObject } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/runCli.js';
import type { DraftSummary } from '../../../shared/model/draft.js';
import { TEMPLATES_DIR } from '../../fixtures/shippedTemplate.js';
import { useCore } from '../core/apiHarness.js';
import { paragraphDoc, tempDir } from '../core/fixtures.js';

/**
 * A bilingual (Welsh) draft exports two documents: the English one as
 * before, and a Welsh one made of the council's Welsh texts, whose language
 * is Welsh for Word's spell check and hyphenation and for PDF readers,
 * while the English words the pack prints (title page, section titles) stay
 * tagged English.
 */

const startCore = useCore();
const ENGLISH = 'Every child in our care will have a safe and loving home.';
const WELSH = 'Bydd gan bob plentyn yn ein gofal gartref diogel a chariadus.';

async function bilingualDraft() {
  const api = startCore(tempDir(), TEMPLATES_DIR);
  const draft = await api.call('drafts.create', { templateId: 'wales-strategy', title: 'Strategaeth', council: 'Cyngor Sir Enghraifft' });
  const section = draft.sections.find((each) => each.id !== 'cover' && each.id !== draft.sections[0]?.id);
  if (!section) throw new Error('no text section');
  await api.call('drafts.updateSection', { id: draft.id, sectionId: section.id, baseRevision: section.revision, doc: paragraphDoc(ENGLISH) });
  await api.call('drafts.updateSection', { id: draft.id, sectionId: section.id, baseRevision: 0, doc: paragraphDoc(WELSH), language: 'cy' });
  return { ...api, draft };
}

async function docxParts(dataBase64: string) {
  const zip = await JSZip.loadAsync(Buffer.from(dataBase64, 'base64'));
  const read = async (name: string) => (await zip.file(name)?.async('string')) ?? '';
  return { body: await read('word/document.xml'), styles: await read('word/styles.xml') };
}

/** The w:lang of the document defaults and of one paragraph style. */
function languages(styles: string) {
  const defaults = /<w:docDefaults>[\s\S]*?<\/w:docDefaults>/.exec(styles)?.[0] ?? '';
  const style = (id: string) => new RegExp(`<w:style [^>]*w:styleId="${id}"[\\s\\S]*?</w:style>`).exec(styles)?.[0] ?? '';
  const lang = (xml: string) => /<w:lang w:val="([^"]+)"/.exec(xml)?.[1];
  return { document: lang(defaults), heading1: lang(style('Heading1')), heading2: lang(style('Heading2')), title: lang(style('Title')), contents1: lang(style('TOC1')), contents2: lang(style('TOC2')) };
}

interface Tag {
  role: string;
  lang: string | undefined;
  children: Tag[];
}

function structureOf(pdf: PDFDocument): Tag {
  const context = pdf.context;
  const resolve = (value: PDFObject | undefined): PDFObject | undefined => (value instanceof PDFRef ? context.lookup(value) : value);
  const walk = (dict: PDFDict): Tag => {
    const kids = resolve(dict.get(PDFName.of('K')));
    const list = kids instanceof PDFArray ? kids.asArray() : kids === undefined ? [] : [kids];
    const children = list.map(resolve).filter((kid): kid is PDFDict => kid instanceof PDFDict && kid.get(PDFName.of('S')) !== undefined);
    const lang = resolve(dict.get(PDFName.of('Lang')));
    return { role: String(dict.get(PDFName.of('S'))).replace('/', ''), lang: lang instanceof PDFString ? lang.decodeText() : undefined, children: children.map(walk) };
  };
  const root = context.lookup(pdf.catalog.get(PDFName.of('StructTreeRoot')), PDFDict);
  return walk(context.lookup(root.get(PDFName.of('K')), PDFDict));
}

describe('the export of a bilingual draft', () => {
  it('makes a Welsh Word document of the Welsh texts, Welsh by default and English where the pack’s words are', async () => {
    const { call, draft } = await bilingualDraft();
    const welsh = await call('drafts.export', { id: draft.id, format: 'docx', final: false, language: 'cy' });
    expect(welsh.fileName).toBe('Cyngor Sir Enghraifft corporate parenting strategy (Cymraeg) (DRAFT).docx');
    const { body, styles } = await docxParts(welsh.dataBase64);
    expect(body).toContain(WELSH);
    expect(body).not.toContain(ENGLISH);
    // Section titles and their contents entries stay English; headings written inside the sections are Welsh.
    expect(languages(styles)).toEqual({ document: 'cy-GB', heading1: 'en-GB', heading2: undefined, title: 'en-GB', contents1: 'en-GB', contents2: undefined });

    const english = await call('drafts.export', { id: draft.id, format: 'docx', final: false });
    const englishParts = await docxParts(english.dataBase64);
    expect(englishParts.body).toContain(ENGLISH);
    expect(englishParts.body).not.toContain(WELSH);
    expect(languages(englishParts.styles)).toEqual({ document: 'en-GB', heading1: undefined, heading2: undefined, title: undefined, contents1: undefined, contents2: undefined });
  });

  it('makes a Welsh PDF whose /Lang is Welsh, with the title page and section titles tagged English', async () => {
    const { call, draft } = await bilingualDraft();
    const welsh = await call('drafts.export', { id: draft.id, format: 'pdf', final: false, language: 'cy' });
    expect(welsh.fileName).toBe('Cyngor Sir Enghraifft corporate parenting strategy (Cymraeg) (DRAFT).pdf');
    const pdf = await PDFDocument.load(Buffer.from(welsh.dataBase64, 'base64'), { updateMetadata: false });
    expect((pdf.catalog.get(PDFName.of('Lang')) as PDFString).decodeText()).toBe('cy-GB');
    const tree = structureOf(pdf);
    const sectionTitles = tree.children.filter((tag) => tag.role === 'H1' && tag.lang === 'en-GB');
    expect(sectionTitles.length).toBeGreaterThan(2);
    // The Welsh text is untagged, so it takes the document's language.
    expect(tree.children.some((tag) => tag.role === 'P' && tag.lang === undefined)).toBe(true);

    const english = await call('drafts.export', { id: draft.id, format: 'pdf', final: false });
    const englishPdf = await PDFDocument.load(Buffer.from(english.dataBase64, 'base64'), { updateMetadata: false });
    expect((englishPdf.catalog.get(PDFName.of('Lang')) as PDFString).decodeText()).toBe('en-GB');
    const anyLang = (tag: Tag): boolean => tag.lang !== undefined || tag.children.some(anyLang);
    expect(anyLang(structureOf(englishPdf))).toBe(false);
  });

  it('refuses a Welsh document of an English-only draft, and a language it does not know', async () => {
    const { call, fail } = startCore(tempDir(), TEMPLATES_DIR);
    const draft = await call('drafts.create', { templateId: 'england-strategy' });
    const refused = await fail('drafts.export', { id: draft.id, format: 'docx', final: false, language: 'cy' });
    expect(refused.code).toBe('invalid-request');
    expect(refused.message).toMatch(/English only/);
    expect((await fail('drafts.export', { id: draft.id, format: 'pdf', final: false, language: 'fr' })).code).toBe('invalid-request');
  });
});

describe('cli: export --language', () => {
  async function cli(dataDir: string, ...argv: string[]) {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runCli([...argv, '--data-dir', dataDir, '--templates-dir', TEMPLATES_DIR], { stdout: (text) => out.push(text), stderr: (text) => err.push(text) });
    return { code, stdout: out.join('\n'), stderr: err.join('\n') };
  }

  it('sets a section\'s Welsh text from a file, writes the Welsh document of a bilingual draft, and says plainly when the language is not one it knows', async () => {
    const dataDir = tempDir();
    const draft = JSON.parse((await cli(dataDir, 'new', '--template', 'wales-strategy', '--json')).stdout) as DraftSummary;
    const folder = tempDir('cps-out-');
    const welshFile = path.join(folder, 'gweledigaeth.md');
    fs.writeFileSync(welshFile, WELSH);
    const sectionId = 'vision';
    const set = await cli(dataDir, 'set-section', draft.id, sectionId, '--text', welshFile, '--language', 'cy');
    expect(set.stdout).toBe(`Replaced the Welsh text of section "${sectionId}" of "${draft.title}" (revision 1).`);
    const out = path.join(folder, 'strategaeth.docx');
    const written = await cli(dataDir, 'export', draft.id, '--format', 'docx', '--out', out, '--language', 'cy');
    expect(written.code).toBe(0);
    const parts = await docxParts(fs.readFileSync(out).toString('base64'));
    expect(languages(parts.styles).document).toBe('cy-GB');
    expect(parts.body).toContain(WELSH);

    const unknown = await cli(dataDir, 'export', draft.id, '--format', 'docx', '--out', path.join(folder, 'other.docx'), '--language', 'welsh');
    expect(unknown.code).not.toBe(0);
    expect(unknown.stderr).toMatch(/--language must be en or cy/);
    expect(fs.existsSync(path.join(folder, 'other.docx'))).toBe(false);
  });
});
